import { z } from "zod";
import type { AuditChange } from "../../domain/auditDiff";
import { auditChanges } from "../../domain/auditDiff";
import { entityType, personId, type AuditEvent } from "../../domain/schemas";
import { verifyChain } from "../../store/auditChain";
import { readHead } from "../../store/commit";
import { listAuditEvents, readAuditPage } from "../../store/auditLog";
import { readQuery } from "../request";
import type { Reply, RequestContext } from "../route";
import { single } from "./query";

const auditQuery = z.object({
  entityType: single(entityType).optional(),
  entityId: single(z.string().max(64)).optional(),
  actorId: single(personId).optional(),
  /** The `next` of the page before: only events with a lower sequence number. */
  before: single(z.coerce.number().int().min(1)).optional(),
  limit: single(z.coerce.number().int().min(1).max(500)).default(100),
});

/**
 * A page of audit events, newest first, optionally of one kind, entity or person, each with its
 * field-level changes. `next` is the `before` of the following page; a sparse filter may answer
 * fewer than `limit` events with a `next`, as each request reads only part of the log.
 */
export async function listAudit(ctx: RequestContext): Promise<Reply> {
  const query = readQuery(ctx.req, auditQuery);
  const page = await readAuditPage(ctx.services.storage, ctx.principal.tenantId, query);
  const items: (AuditEvent & { changes: AuditChange[] })[] = page.items.map((event) => ({
    ...event,
    changes: auditChanges(event),
  }));
  return { status: 200, body: page.next === undefined ? { items } : { items, next: page.next } };
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
