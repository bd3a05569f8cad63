import type { Stage } from "@domain/schemas/initiative";
import type { AuditItem } from "../../api/types";
import { isStage, stageLabels } from "../../components/labels";

/** One line of an initiative's history, read from its audit events. */
export interface HistoryEntry {
  at: string;
  actorId: string;
  what: string;
  /** The stage it entered, for stage changes and creation. */
  stage: Stage | null;
}

const record = (v: unknown): Record<string, unknown> | null =>
  typeof v === "object" && v !== null ? (v as Record<string, unknown>) : null;
const stageOf = (v: unknown): Stage | null => {
  const stage = record(v)?.stage;
  return typeof stage === "string" && isStage(stage) ? stage : null;
};

/** Fields that change on every write and say nothing to a reader. */
const bookkeeping = new Set(["updatedAt", "updatedBy", "createdAt", "createdBy", "etag", "tenantId", "id"]);

/** Which fields an update changed, by name. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !bookkeeping.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

const fieldNames: Record<string, string> = {
  costLines: "costs",
  benefitLines: "benefits",
  problemStatement: "problem statement",
  outcomeOwnerId: "outcome owner",
  riskOwnerId: "risk owner",
  priorityIds: "priorities",
  valueCategory: "value category",
  aiType: "AI type",
  euAiActTier: "EU AI Act tier",
};

/** The audit events of an initiative (newest first, as the API answers), as readable history. */
export function initiativeHistory(events: readonly AuditItem[]): HistoryEntry[] {
  return events.map((e) => {
    const before = record(e.before);
    const after = record(e.after);
    const from = stageOf(before);
    const to = stageOf(after);
    let what: string;
    if (e.action === "create") what = `Created${to ? ` in stage ${stageLabels[to]}` : ""}`;
    else if (e.action === "delete") what = "Deleted";
    else if (from && to && from !== to) what = `Stage changed: ${stageLabels[from]} → ${stageLabels[to]}`;
    else if (before && after) {
      const fields = changedFields(before, after).map((f) => fieldNames[f] ?? f);
      what = fields.length > 0 ? `Updated ${fields.join(", ")}` : "Updated";
    } else what = e.action === "retire" ? "Retired" : "Updated";
    return { at: e.at, actorId: e.actorId, what, stage: from !== to ? to : null };
  });
}
