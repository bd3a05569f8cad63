import {
  alignmentResponse,
  boardSnapshot,
  decisionRight,
  gateDecision,
  initiative,
  maturityAssessment,
  risk,
  statusUpdate,
  strategyProfile,
  successMetric,
} from "../domain/schemas";
import type { StorageClients } from "./clients";
import type { EntityType } from "../domain/schemas";
import { onCommitted, planningHead, readHead, type CommitEvent, type Head } from "./commit";
import { coalesce } from "./coalesce";
import { indexedFields, rowKey } from "./rows";
import { listEntities, type Stored } from "./repository";

/** Everything of one tenant that the board view is computed from, with each entity's ETag. */
export async function readTenantEntities(clients: StorageClients, tenantId: string) {
  const [strategies, initiatives, metrics, risks, assessments, alignment, decisionRights, gateDecisions, statusUpdates, snapshots] =
    await Promise.all([
      listEntities(clients, tenantId, "strategy", strategyProfile),
      listEntities(clients, tenantId, "initiative", initiative),
      listEntities(clients, tenantId, "metric", successMetric),
      listEntities(clients, tenantId, "risk", risk),
      listEntities(clients, tenantId, "maturity", maturityAssessment),
      listEntities(clients, tenantId, "alignment", alignmentResponse),
      listEntities(clients, tenantId, "decision-right", decisionRight),
      listEntities(clients, tenantId, "gate-decision", gateDecision),
      listEntities(clients, tenantId, "status-update", statusUpdate),
      listEntities(clients, tenantId, "snapshot", boardSnapshot),
    ]);
  return {
    strategy: strategies[0] as Stored<(typeof strategies)[number]> | undefined,
    initiatives,
    metrics,
    risks,
    assessments,
    alignment,
    decisionRights,
    gateDecisions,
    statusUpdates,
    snapshots,
  };
}
export type TenantEntities = Awaited<ReturnType<typeof readTenantEntities>>;

type CacheEntry = { version: number; data: Promise<TenantEntities>; resolved?: TenantEntities };

/** Where each kind of entity lives in TenantEntities; kinds not listed are not part of the board's data. */
const collections = {
  initiative: "initiatives",
  metric: "metrics",
  risk: "risks",
  maturity: "assessments",
  alignment: "alignment",
  "decision-right": "decisionRights",
  "gate-decision": "gateDecisions",
  "status-update": "statusUpdates",
  snapshot: "snapshots",
} as const satisfies Partial<Record<string, keyof TenantEntities>>;

/**
 * Tenant data from documents not yet stored (the seed's), each in its kind's list, for computing
 * on them in memory. They carry no ETags.
 */
export function tenantEntitiesFrom(documents: Iterable<{ kind: EntityType; doc: object }>): TenantEntities {
  const data: Record<string, unknown> = { strategy: undefined };
  for (const field of Object.values(collections)) data[field] = [];
  for (const { kind, doc } of documents) {
    if (kind === "strategy") data.strategy = doc;
    else {
      const field = (collections as Record<string, keyof TenantEntities>)[kind];
      if (field) (data[field] as object[]).push(doc);
    }
  }
  return data as TenantEntities;
}

/** The tenant's data after a commit, sharing every untouched list with the data before it. */
export function applyCommit(data: TenantEntities, event: CommitEvent): TenantEntities | undefined {
  const next: TenantEntities = { ...data };
  for (const change of event.changes) {
    const etag = event.etags.get(rowKey(change.kind, change.id));
    if (change.kind === "strategy") {
      next.strategy = change.after ? ({ ...change.after, etag } as TenantEntities["strategy"]) : undefined;
      continue;
    }
    const field = (collections as Record<string, keyof TenantEntities>)[change.kind];
    if (!field) continue;
    if (change.after !== null && !etag) return undefined;
    // Keep storage's order (row keys ascend by id), so a patched cache equals a fresh read.
    const list = [...(next[field] as { id: string }[])];
    const at = list.findIndex((e) => e.id >= change.id);
    const replaces = at >= 0 && list[at]?.id === change.id;
    const entity = change.after === null ? [] : [{ ...change.after, etag } as unknown as { id: string }];
    if (at < 0) list.push(...entity);
    else list.splice(at, replaces ? 1 : 0, ...entity);
    (next as Record<string, unknown>)[field] = list;
  }
  return next;
}

/** The stored entities of each kind, as TenantEntities holds them. */
type EntityOf = {
  strategy: NonNullable<TenantEntities["strategy"]>;
  initiative: TenantEntities["initiatives"][number];
  metric: TenantEntities["metrics"][number];
  risk: TenantEntities["risks"][number];
  maturity: TenantEntities["assessments"][number];
  alignment: TenantEntities["alignment"][number];
  "decision-right": TenantEntities["decisionRights"][number];
  "gate-decision": TenantEntities["gateDecisions"][number];
  "status-update": TenantEntities["statusUpdates"][number];
  snapshot: TenantEntities["snapshots"][number];
};
export type StoredEntity<K extends EntityType> = EntityOf[K];

/** Every entity of a kind in the tenant's data, in storage's order. */
export function entitiesOf<K extends EntityType>(data: TenantEntities, kind: K): readonly StoredEntity<K>[] {
  if (kind === "strategy") return (data.strategy ? [data.strategy] : []) as StoredEntity<K>[];
  return data[(collections as Record<string, keyof TenantEntities>)[kind] as keyof TenantEntities] as StoredEntity<K>[];
}

/** Each list's entities by id, built once per list (a commit replaces the lists it changes). */
const byId = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** One entity of the tenant's data by id. */
export function entityOf<K extends EntityType>(data: TenantEntities, kind: K, id: string): StoredEntity<K> | undefined {
  const list = entitiesOf(data, kind) as readonly { id: string }[];
  let index = byId.get(list);
  if (!index) byId.set(list, (index = new Map(list.map((e) => [e.id, e]))));
  return index.get(id) as StoredEntity<K> | undefined;
}

/**
 * The entities of a kind whose indexed fields equal the given values, compared as storage compares
 * its index columns (the field's text; empty for null).
 */
export function entitiesWhere<K extends EntityType>(
  data: TenantEntities,
  kind: K,
  where: Partial<Record<string, string>>,
): StoredEntity<K>[] {
  const conditions = Object.entries(where).filter((c): c is [string, string] => c[1] !== undefined);
  for (const [field] of conditions)
    if (!indexedFields[kind].includes(field)) throw new Error(`${kind}.${field} is not an indexed field`);
  return entitiesOf(data, kind).filter((entity) =>
    conditions.every(([field, value]) => {
      const actual = (entity as Record<string, unknown>)[field];
      return (actual === null || actual === undefined ? "" : String(actual)) === value;
    }),
  );
}

/**
 * A per-process cache of each tenant's entities, keyed by the tenant's data version (the head's
 * sequence number, which every write moves in the same transaction), so it is always correct and
 * shares nothing across instances.
 *
 * The version is checked against storage on every read, by a head read that started after the
 * request arrived. Concurrent requests share one: while a head read is on its way, the requests
 * that arrive wait for the next one, which starts as soon as it returns (at most one in flight and
 * one waiting per tenant), so a busy board costs storage a point read per round trip, not one per
 * request. Inside a commit, the plan reads at the head the commit is conditioned on.
 */
export class TenantDataCache {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly heads: (tenantId: string) => Promise<Head>;
  constructor(
    private readonly clients: StorageClients,
    private readonly maxTenants = 32,
  ) {
    this.heads = coalesce((tenantId: string) => readHead(clients, tenantId));
    // Writes made by this process move the cached data along instead of forcing a full re-read.
    onCommitted(clients, (event) => {
      const entry = this.entries.get(event.tenantId);
      if (!entry) return;
      const next = entry.resolved && entry.version === event.fromSeq ? applyCommit(entry.resolved, event) : undefined;
      if (next) this.entries.set(event.tenantId, { version: event.toSeq, data: Promise.resolve(next), resolved: next });
      else this.entries.delete(event.tenantId);
    });
  }

  async get(tenantId: string): Promise<{ version: number; data: TenantEntities }> {
    const { seq: version } = planningHead(tenantId) ?? (await this.heads(tenantId));
    let entry = this.entries.get(tenantId);
    if (!entry || entry.version !== version) {
      const fresh: CacheEntry = { version, data: readTenantEntities(this.clients, tenantId) };
      entry = fresh;
      this.entries.delete(tenantId);
      this.entries.set(tenantId, fresh);
      fresh.data.then(
        (data) => (fresh.resolved = data),
        () => {
          if (this.entries.get(tenantId) === fresh) this.entries.delete(tenantId);
        },
      );
      while (this.entries.size > this.maxTenants) this.entries.delete(this.entries.keys().next().value as string);
    }
    return { version, data: await entry.data };
  }
}
