import { odata, type TableClient } from "@azure/data-tables";
import { isDeepStrictEqual } from "node:util";
import type { z } from "zod";
import {
  alignmentResponse,
  boardSnapshot,
  auditEvent,
  decisionRight,
  entityTypes,
  gateDecision,
  initiative,
  maturityAssessment,
  risk,
  statusUpdate,
  strategyProfile,
  successMetric,
  type AuditEvent,
  type EntityType,
} from "../../../api/src/domain/schemas";
import { verifyChain } from "../../../api/src/store/auditChain";
import { decodeDocument } from "../../../api/src/store/codec";
import { auditRowKey, headRowKey, indexedColumns } from "../../../api/src/store/rows";

/** The schema each kind of entity is stored under; a new kind without one fails to compile. */
export const storedSchemas = {
  strategy: strategyProfile,
  initiative,
  metric: successMetric,
  risk,
  maturity: maturityAssessment,
  alignment: alignmentResponse,
  "decision-right": decisionRight,
  "gate-decision": gateDecision,
  "status-update": statusUpdate,
  snapshot: boardSnapshot,
} satisfies Record<EntityType, z.core.$ZodType>;

type Doc = Record<string, unknown>;

/** What one tenant's partition holds, read straight from the table, and everything wrong with it. */
export type PartitionState = {
  tenantId: string;
  /** Stored documents by `<kind>|<id>`. */
  entities: Map<string, Doc>;
  /** Audit events in sequence order. */
  events: AuditEvent[];
  /** Every inconsistency found; empty when the partition is sound. */
  problems: string[];
};

const isKind = (value: string): value is EntityType => (entityTypes as readonly string[]).includes(value);

function checkPartition(tenantId: string, rows: Record<string, unknown>[]): PartitionState {
  const problems: string[] = [];
  const entities = new Map<string, Doc>();
  const events: AuditEvent[] = [];
  let head: { seq: number; hash: string } | undefined;

  for (const row of rows) {
    const key = String(row.rowKey);
    if (key === headRowKey) {
      head = { seq: Number(row.seq), hash: String(row.hash) };
      continue;
    }
    let doc: unknown;
    try {
      doc = decodeDocument(row);
    } catch (error) {
      problems.push(`${key}: the stored document cannot be read (${(error as Error).message})`);
      continue;
    }
    const [prefix = "", ...rest] = key.split("|");
    const id = rest.join("|");
    if (prefix === "audit") {
      const parsed = auditEvent.safeParse(doc);
      if (!parsed.success) {
        problems.push(`${key}: not a valid audit event: ${parsed.error.message}`);
        continue;
      }
      if (auditRowKey(parsed.data.seq) !== key || Number(row.seq) !== parsed.data.seq)
        problems.push(`${key}: row key and seq disagree`);
      if (parsed.data.tenantId !== tenantId) problems.push(`${key}: event of tenant ${parsed.data.tenantId}`);
      events.push(parsed.data);
      continue;
    }
    if (!isKind(prefix)) {
      problems.push(`${key}: a row of no known kind`);
      continue;
    }
    const parsed = storedSchemas[prefix].safeParse(doc);
    if (!parsed.success) {
      problems.push(
        `${key}: stored ${prefix} is invalid: ${JSON.stringify(parsed.error.issues).slice(0, 500)}`,
      );
      continue;
    }
    const stored = doc as Doc;
    if (stored.id !== id) problems.push(`${key}: document id '${String(stored.id)}'`);
    if (stored.tenantId !== tenantId)
      problems.push(`${key}: document of tenant '${String(stored.tenantId)}'`);
    for (const [column, value] of Object.entries(indexedColumns(prefix, stored)))
      if (row[column] !== value)
        problems.push(
          `${key}: indexed column ${column} is '${String(row[column])}', the document says '${value}'`,
        );
    entities.set(key, stored);
  }

  events.sort((a, b) => a.seq - b.seq);
  const broken = verifyChain(events);
  if (broken) problems.push(`audit chain broken at seq ${broken.seq} (${broken.reason})`);
  const last = events.at(-1);
  if (last && (!head || head.seq !== last.seq || head.hash !== last.hash))
    problems.push(`head ${JSON.stringify(head)} does not point at the last event (seq ${last.seq})`);
  if (!last && head && head.seq !== 0) problems.push(`head at seq ${head.seq} without any audit event`);

  // Replaying the audit log must give exactly what is stored: every write audited, nothing half-done.
  const replayed = new Map<string, Doc>();
  for (const event of events) {
    const key = `${event.entityType}|${event.entityId}`;
    const previous = replayed.get(key) ?? null;
    if (!isDeepStrictEqual(event.before, previous))
      problems.push(
        `audit seq ${event.seq} (${event.action} ${key}): 'before' is not the state the log had reached`,
      );
    if (event.after === null) replayed.delete(key);
    else replayed.set(key, event.after as Doc);
  }
  for (const [key, doc] of entities)
    if (!isDeepStrictEqual(replayed.get(key), doc))
      problems.push(`${key}: stored state differs from the audit log's replay`);
  for (const key of replayed.keys())
    if (!entities.has(key)) problems.push(`${key}: in the audit log but not stored`);

  return { tenantId, entities, events, problems };
}

/** Reads every row of the table, or of one tenant's partition, and checks each partition. */
export async function readAllPartitions(
  table: TableClient,
  onlyTenant?: string,
): Promise<Map<string, PartitionState>> {
  const byPartition = new Map<string, Record<string, unknown>[]>();
  const queryOptions = onlyTenant === undefined ? {} : { filter: odata`PartitionKey eq ${onlyTenant}` };
  for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions })) {
    const partition = String(row.partitionKey);
    const list = byPartition.get(partition) ?? [];
    list.push(row);
    byPartition.set(partition, list);
  }
  return new Map([...byPartition].map(([tenantId, rows]) => [tenantId, checkPartition(tenantId, rows)]));
}

/** One tenant's partition, checked (empty when the tenant has written nothing). */
export async function readPartition(table: TableClient, tenantId: string): Promise<PartitionState> {
  const all = await readAllPartitions(table, tenantId);
  return all.get(tenantId) ?? { tenantId, entities: new Map(), events: [], problems: [] };
}

/** Entities of one kind in a partition. */
export function entitiesOf(state: PartitionState, kind: EntityType): Doc[] {
  return [...state.entities].filter(([key]) => key.startsWith(`${kind}|`)).map(([, doc]) => doc);
}
