import { z } from "zod";
import type { AuditChange } from "../../domain/auditDiff";
import { auditChanges } from "../../domain/auditDiff";
import type { AuditEvent } from "../../domain/schemas";
import { verifyChain } from "../../store/auditChain";
import { readHead } from "../../store/commit";
import { listAuditEvents } from "../../store/auditLog";
import { readQuery } from "../request";
import type { Reply, RequestContext } from "../route";
import { single } from "./query";

const auditQuery = z.object({
  entityId: single(z.string().max(64)).optional(),
  limit: single(z.coerce.number().int().min(1).max(500)).default(100),
});

/** The newest audit events first, optionally for one entity, each with its field-level changes. */
export async function listAudit(ctx: RequestContext): Promise<Reply> {
  const { entityId, limit } = readQuery(ctx.req, auditQuery);
  const events = await listAuditEvents(ctx.services.storage, ctx.principal.tenantId, { entityId });
  const items: (AuditEvent & { changes: AuditChange[] })[] = events
    .slice(-limit)
    .reverse()
    .map((event) => ({ ...event, changes: auditChanges(event) }));
  return { status: 200, body: { items } };
}

/** Re-computes the tenant's whole hash chain and names the first event that does not fit. */
export async function verifyAudit(ctx: RequestContext): Promise<Reply> {
  const [events, head] = await Promise.all([
    listAuditEvents(ctx.services.storage, ctx.principal.tenantId),
    readHead(ctx.services.storage, ctx.principal.tenantId),
  ]);
  // The chain must also reach the head: events missing at the end are a gap too.
  const lastSeq = events.at(-1)?.seq ?? 0;
  const broken =
    verifyChain(events) ??
    (lastSeq !== head.seq || (events.at(-1)?.hash ?? head.hash) !== head.hash
      ? { seq: lastSeq + 1, reason: "gap" as const }
      : undefined);
  return {
    status: 200,
    body: broken ? { intact: false, events: events.length, firstBreak: broken } : { intact: true, events: events.length },
  };
}
