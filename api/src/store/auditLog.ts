import { odata } from "@azure/data-tables";
import { auditEvent, type AuditEvent } from "../domain/schemas";
import type { StorageClients } from "./clients";
import { decodeDocument } from "./codec";
import { auditRange } from "./rows";

/**
 * A tenant's audit events in sequence order. An event whose stored document no longer parses is
 * kept as far as it can be read, so the chain check reports it rather than the read failing.
 */
export async function listAuditEvents(
  clients: StorageClients,
  tenantId: string,
  options: { entityId?: string } = {},
): Promise<AuditEvent[]> {
  await clients.ready();
  let filter = odata`PartitionKey eq ${tenantId} and RowKey ge ${auditRange.from} and RowKey lt ${auditRange.to}`;
  if (options.entityId) filter += ` and ${odata`entityId eq ${options.entityId}`}`;
  const out: AuditEvent[] = [];
  for await (const row of clients.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
    const stored = decodeDocument(row);
    const parsed = auditEvent.safeParse(stored);
    // An event that no longer parses was tampered with: keep its place with an empty hash so
    // the chain check names it instead of the whole read failing.
    out.push(parsed.success ? parsed.data : { ...(stored as AuditEvent), seq: Number(row.seq), hash: "" });
  }
  return out.sort((a, b) => a.seq - b.seq);
}
