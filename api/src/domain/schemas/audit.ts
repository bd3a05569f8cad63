import { z } from "zod";
import { id, personId, timestamp } from "./common";

export const entityTypes = [
  "strategy",
  "initiative",
  "metric",
  "risk",
  "maturity",
  "alignment",
  "decision-right",
  "gate-decision",
  "status-update",
  "snapshot",
] as const;
export const entityType = z.enum(entityTypes);
export type EntityType = z.infer<typeof entityType>;

export const auditActions = ["create", "update", "delete", "retire", "gate", "publish", "supersede"] as const;

/** Append-only; `hash` = SHA-256 over the canonical event without `hash`, chained by `prevHash`. */
export const auditEvent = z.object({
  tenantId: id,
  seq: z.number().int().min(1),
  at: timestamp,
  actorId: personId,
  action: z.enum(auditActions),
  entityType,
  entityId: id,
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEvent = z.infer<typeof auditEvent>;
