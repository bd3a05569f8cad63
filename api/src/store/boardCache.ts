import { gzipSync } from "node:zlib";
import { publishedSnapshotCount } from "../domain/snapshotRules";
import type { BoardFilters } from "../domain/boardFilters";
import type { TenantData } from "../domain/tenantData";
import type { TenantDataCache, TenantEntities } from "./tenantData";

/**
 * Computed board views, keyed by the tenant's data version and the request's slicers. A write
 * moves the version, so a cached view is never stale; nothing here is shared across instances.
 */
export class BoardCache<View> {
  private readonly views = new Map<string, { view: View; json?: string; gzip?: Uint8Array }>();
  constructor(
    private readonly tenantData: TenantDataCache,
    private readonly maxViews = 256,
  ) {}

  async get(
    tenantId: string,
    filters: BoardFilters,
    asOf: string,
    today: string,
    compute: (data: TenantData) => View,
  ): Promise<{ view: View; json: () => string; gzip: () => Uint8Array; version: number; entities: TenantEntities }> {
    const { version, data: entities } = await this.tenantData.get(tenantId);
    const key = JSON.stringify([tenantId, version, asOf, today, filters]);
    let cached = this.views.get(key);
    if (cached === undefined) {
      cached = { view: compute(asTenantData(entities)) };
      this.views.set(key, cached);
      while (this.views.size > this.maxViews) this.views.delete(this.views.keys().next().value as string);
    }
    const entry = cached;
    // Serialised once per cached view: at 1,000 initiatives the JSON is the larger half of the work.
    const json = () => (entry.json ??= JSON.stringify(entry.view));
    // Compressed once too: most of the board is repetitive JSON, a tenth of the bytes on the wire.
    const gzip = () => (entry.gzip ??= gzipSync(json(), { level: 6 }));
    return { view: entry.view, json, gzip, version, entities };
  }
}

export function asTenantData(entities: TenantEntities): TenantData {
  const { snapshots, ...data } = entities;
  return { ...data, publishedSnapshots: publishedSnapshotCount(snapshots) };
}
