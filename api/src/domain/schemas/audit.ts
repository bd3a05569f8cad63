import { z } from "./zod";
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
  seq: z.number().check(z.int(), z.gte(1)),
  at: timestamp,
  actorId: personId,
  action: z.enum(auditActions),
  entityType,
  entityId: id,
  before: z.nullable(z.unknown()),
  after: z.nullable(z.unknown()),
  prevHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type AuditEvent = z.infer<typeof auditEvent>;
