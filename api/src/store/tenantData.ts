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
import { onCommitted, readHead, type CommitEvent } from "./commit";
import { rowKey } from "./rows";
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

/**
 * A per-process cache of each tenant's entities, keyed by the tenant's data version (the head's
 * sequence number, which every write moves in the same transaction). A version check costs one
 * point read, so the cache is always correct and shares nothing across instances.
 */
export class TenantDataCache {
  private readonly entries = new Map<string, CacheEntry>();
  constructor(
    private readonly clients: StorageClients,
    private readonly maxTenants = 32,
  ) {
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
    const { seq: version } = await readHead(this.clients, tenantId);
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
