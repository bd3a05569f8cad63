import { z } from "zod";
import { id, period, personId, stage } from "./schemas";
import type { Initiative, Risk, StatusUpdate, SuccessMetric } from "./schemas";
import type { TenantData } from "./tenantData";

/**
 * A query value as URL parsers hand it over — absent, one string, or repeated — as a list:
 * repeated parameters and comma-separated values both add to it (`?stage=pilot&stage=scaling`
 * equals `?stage=pilot,scaling`), blanks are dropped, duplicates removed. A value that itself
 * contains a comma (a department named "Sales, EMEA") cannot be expressed; departments are
 * short names, and the slicers send what `options.departments` lists.
 */
function toList(value: unknown): unknown {
  if (value === undefined || value === null) return [];
  const parts = typeof value === "string" ? [value] : value;
  if (!Array.isArray(parts) || !parts.every((p) => typeof p === "string")) return value;
  const list = parts
    .flatMap((p: string) => p.split(","))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return [...new Set(list)];
}

const multi = <T extends z.core.$ZodType>(item: T) => z.preprocess(toList, z.array(item).max(50));

/** The first value of a parameter that may have been repeated. */
function single(value: unknown): unknown {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === "string" && first.trim() === "" ? undefined : first;
}

/**
 * The board's slicers, parsed from URL query values. Within one slicer any value matches; the
 * slicers combine with AND. `period` is the as-of month; absent means the caller's current month.
 */
export const boardFilters = z.object({
  department: multi(z.string().min(1).max(100)),
  /** Matches an initiative's outcome owner or its risk owner. */
  owner: multi(personId),
  stage: multi(stage),
  priority: multi(id),
  period: z.preprocess(single, z.optional(period)),
});
export type BoardFilters = z.output<typeof boardFilters>;

/** No slicer set. */
export const noFilters: BoardFilters = { department: [], owner: [], stage: [], priority: [] };

/**
 * Query parameters as the record `boardFilters` parses: a key that occurs more than once maps
 * to all its values in order.
 */
export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0] : values;
  }
  return record;
}

export type FilteredData = {
  initiatives: Initiative[];
  risks: Risk[];
  metrics: SuccessMetric[];
  statusUpdates: StatusUpdate[];
};

/** Whether an initiative passes the slicers (the period is not a slicer of initiatives). */
export function matchesFilters(initiative: Initiative, filters: BoardFilters): boolean {
  const { department, owner, stage: stages, priority } = filters;
  return (
    (department.length === 0 || department.includes(initiative.department)) &&
    (owner.length === 0 ||
      owner.includes(initiative.outcomeOwnerId) ||
      owner.includes(initiative.riskOwnerId)) &&
    (stages.length === 0 || stages.includes(initiative.stage)) &&
    (priority.length === 0 || initiative.priorityIds.some((p) => priority.includes(p)))
  );
}

/**
 * The initiatives in scope and the risks, metrics and status updates that belong to them.
 *
 * Organisation-level risks (no initiative) belong to no department, stage or priority. They are
 * in scope when the owner slicer names their owner; with no owner slicer, only when no
 * department, stage or priority slicer is set either — otherwise a department's view would show
 * risks that are not the department's. Risks that point at an initiative that does not exist
 * are never in scope.
 */
export function applyFilters(data: TenantData, filters: BoardFilters): FilteredData {
  const initiatives = data.initiatives.filter((i) => matchesFilters(i, filters));
  const inScope = new Set(initiatives.map((i) => i.id));
  const narrowed = filters.department.length > 0 || filters.stage.length > 0 || filters.priority.length > 0;
  const orgRiskInScope = (r: Risk) =>
    filters.owner.length > 0 ? filters.owner.includes(r.ownerId) : !narrowed;
  return {
    initiatives,
    risks: data.risks.filter((r) =>
      r.initiativeId === null ? orgRiskInScope(r) : inScope.has(r.initiativeId),
    ),
    metrics: data.metrics.filter((m) => inScope.has(m.initiativeId)),
    statusUpdates: data.statusUpdates.filter((s) => inScope.has(s.initiativeId)),
  };
}
