import { odata } from "@azure/data-tables";
import { snapshotPeriodFor } from "../domain/snapshotSchedule";
import { AppError } from "../errors";
import type { StorageClients } from "./clients";
import { headRowKey } from "./rows";
import { draftSnapshot, type SnapshotServices } from "./snapshots";

/** Who the monthly job acts as in the audit log. */
export const snapshotJobActor = "system.monthly-snapshot";

/** Every tenant that has data: each has exactly one head row, so its partition key is the tenant. */
export async function listTenantIds(storage: StorageClients): Promise<string[]> {
  await storage.ready();
  const ids = new Set<string>();
  const rows = storage.table.listEntities<Record<string, unknown>>({
    queryOptions: { filter: odata`RowKey eq ${headRowKey}`, select: ["PartitionKey"] },
  });
  for await (const row of rows) if (row.partitionKey) ids.add(row.partitionKey);
  return [...ids].sort();
}

export type MonthlyRun = {
  period: string;
  created: string[];
  existing: string[];
  refreshed: string[];
  failed: { tenantId: string; error: string }[];
};

/**
 * The monthly timer's work: the draft of the month just ended (or `period`) for every tenant with
 * data (or just `tenantIds`). A month that already has a snapshot is left alone unless `refresh`
 * asks to regenerate its open draft, so running it twice makes one draft. One tenant's failure
 * does not stop the others.
 */
export async function draftMonthlySnapshots(
  svc: SnapshotServices,
  options: { period?: string; tenantIds?: readonly string[]; refresh?: boolean } = {},
): Promise<MonthlyRun> {
  const period = options.period ?? snapshotPeriodFor(svc.now());
  const known = await listTenantIds(svc.storage);
  const run: MonthlyRun = { period, created: [], existing: [], refreshed: [], failed: [] };
  for (const tenantId of options.tenantIds ?? known) {
    if (!known.includes(tenantId)) {
      run.failed.push({ tenantId, error: "no such tenant: it has no data" });
      continue;
    }
    try {
      const { outcome } = await draftSnapshot(svc, tenantId, snapshotJobActor, period, { onlyIfMissing: !options.refresh });
      run[outcome === "exists" ? "existing" : outcome].push(tenantId);
    } catch (error) {
      // Refreshing a month that is already published leaves it as it is.
      if (error instanceof AppError && error.status === 409) {
        run.existing.push(tenantId);
        continue;
      }
      run.failed.push({ tenantId, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return run;
}

/** One line for the logs. */
export function describeMonthlyRun(run: MonthlyRun): string {
  const parts = [`${run.created.length} drafted`, `${run.existing.length} already there`];
  if (run.refreshed.length > 0) parts.push(`${run.refreshed.length} refreshed`);
  if (run.failed.length > 0) parts.push(`${run.failed.length} failed (${run.failed.map((f) => `${f.tenantId}: ${f.error}`).join("; ")})`);
  return `Board snapshots of ${run.period}: ${parts.join(", ")}`;
}
