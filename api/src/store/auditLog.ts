import { odata } from "@azure/data-tables";
import { auditEvent, type AuditEvent, type EntityType } from "../domain/schemas";
import type { StorageClients } from "./clients";
import { decodeDocument } from "./codec";
import { readHead } from "./commit";
import { auditRange, auditRowKey } from "./rows";

/**
 * An audit row as an event. One whose stored document no longer parses was tampered with: it keeps
 * its place with an empty hash, so the chain check names it instead of the whole read failing.
 */
function toAuditEvent(row: Record<string, unknown>): AuditEvent {
  const stored = decodeDocument(row);
  const parsed = auditEvent.safeParse(stored);
  return parsed.success ? parsed.data : { ...(stored as AuditEvent), seq: Number(row.seq), hash: "" };
}

/** A tenant's audit events in sequence order: the whole log, for the chain check. */
export async function listAuditEvents(clients: StorageClients, tenantId: string): Promise<AuditEvent[]> {
  await clients.ready();
  const filter = odata`PartitionKey eq ${tenantId} and RowKey ge ${auditRange.from} and RowKey lt ${auditRange.to}`;
  const out: AuditEvent[] = [];
  for await (const row of clients.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
    out.push(toAuditEvent(row));
  }
  return out.sort((a, b) => a.seq - b.seq);
}

export type AuditFilter = { entityType?: EntityType; entityId?: string; actorId?: string };

/** One page of the log, newest first; `next` is the `before` of the page after it, absent at the start of the log. */
export type AuditPage = { items: AuditEvent[]; next?: number };

/**
 * The most sequence numbers one request looks through. A sparse filter may answer fewer than
 * `limit` events (even none) and a `next` to go on from, so that no request reads the whole log.
 */
export const auditScanMax = 5000;
/** Sequence numbers per storage query when a filter thins them out. */
const filteredWindow = 1000;

/**
 * The newest `limit` events before `before` (default: all of them) that match the filter, reading
 * backwards from the head in windows of sequence numbers. Entity type and id are filtered by storage
 * (plain columns beside every audit row), the actor after decoding (older rows have no such column).
 */
export async function readAuditPage(
  clients: StorageClients,
  tenantId: string,
  options: AuditFilter & { limit: number; before?: number },
): Promise<AuditPage> {
  const { limit, before, entityType, entityId, actorId } = options;
  const head = await readHead(clients, tenantId);
  const filtered = entityType !== undefined || entityId !== undefined || actorId !== undefined;
  const window = filtered ? filteredWindow : limit;
  let columns = "";
  if (entityType !== undefined) columns += ` and ${odata`entityType eq ${entityType}`}`;
  if (entityId !== undefined) columns += ` and ${odata`entityId eq ${entityId}`}`;

  const items: AuditEvent[] = [];
  // Sequence numbers are read in [from, upTo), upTo moving down from the head.
  let upTo = Math.min(before ?? Infinity, head.seq + 1);
  const floor = Math.max(1, upTo - auditScanMax);
  while (upTo > floor) {
    const from = Math.max(floor, upTo - window);
    const filter =
      odata`PartitionKey eq ${tenantId} and RowKey ge ${auditRowKey(from)} and RowKey lt ${auditRowKey(upTo)}` + columns;
    const found: AuditEvent[] = [];
    for await (const row of clients.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      const event = toAuditEvent(row);
      if (actorId === undefined || event.actorId === actorId) found.push(event);
    }
    found.sort((a, b) => b.seq - a.seq);
    for (const event of found) {
      items.push(event);
      if (items.length === limit) return { items, ...(event.seq > 1 ? { next: event.seq } : {}) };
    }
    upTo = from;
  }
  return { items, ...(upTo > 1 ? { next: upTo } : {}) };
}
