import {
  alignmentResponse,
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
import { readHead } from "./commit";
import { listEntities, type Stored } from "./repository";

/** Everything of one tenant that the board view is computed from, with each entity's ETag. */
export async function readTenantEntities(clients: StorageClients, tenantId: string) {
  const [strategies, initiatives, metrics, risks, assessments, alignment, decisionRights, gateDecisions, statusUpdates] =
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
  };
}
export type TenantEntities = Awaited<ReturnType<typeof readTenantEntities>>;

type CacheEntry = { version: number; data: Promise<TenantEntities> };

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
  ) {}

  async get(tenantId: string): Promise<{ version: number; data: TenantEntities }> {
    const { seq: version } = await readHead(this.clients, tenantId);
    let entry = this.entries.get(tenantId);
    if (!entry || entry.version !== version) {
      entry = { version, data: readTenantEntities(this.clients, tenantId) };
      this.entries.delete(tenantId);
      this.entries.set(tenantId, entry);
      entry.data.catch(() => {
        if (this.entries.get(tenantId) === entry) this.entries.delete(tenantId);
      });
      while (this.entries.size > this.maxTenants) this.entries.delete(this.entries.keys().next().value as string);
    }
    return { version, data: await entry.data };
  }
}
