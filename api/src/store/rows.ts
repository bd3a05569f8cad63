import type { EntityType } from "../domain/schemas";

/** Row keys: `<kind>|<id>` so one range query lists a kind within the tenant's partition. */
export const rowKey = (kind: EntityType, id: string) => `${kind}|${id}`;
export const kindRange = (kind: EntityType) => ({ from: `${kind}|`, to: `${kind}}` }); // '}' sorts right after '|'

export const headRowKey = "meta|head";
export const auditRowKey = (seq: number) => `audit|${String(seq).padStart(12, "0")}`;
export const auditRange = { from: "audit|", to: "audit}" };

/**
 * Fields copied beside the document as plain columns, so that list endpoints can filter on them
 * in storage (always through the SDK's odata helper).
 */
export const indexedFields: Record<EntityType, readonly string[]> = {
  strategy: [],
  initiative: ["department", "stage", "health", "outcomeOwnerId", "riskOwnerId"],
  metric: ["initiativeId"],
  risk: ["initiativeId", "ownerId", "status"],
  maturity: ["period"],
  alignment: ["cycle", "executiveId", "priorityId"],
  "decision-right": ["decisionType"],
  "gate-decision": ["initiativeId"],
  "status-update": ["initiativeId", "period"],
  snapshot: ["period", "status"],
};

export function indexedColumns(kind: EntityType, doc: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of indexedFields[kind]) {
    const value = doc[field];
    out[`ix_${field}`] = value === null || value === undefined ? "" : String(value);
  }
  return out;
}
