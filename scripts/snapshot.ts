import { parseArgs } from "node:util";
import { loadConfig } from "../api/src/config";
import { period as periodSchema } from "../api/src/domain/schemas";
import { createStorageClients } from "../api/src/store/clients";
import { describeMonthlyRun, draftMonthlySnapshots } from "../api/src/store/monthlySnapshots";
import { TenantDataCache } from "../api/src/store/tenantData";
import { azuriteConnectionString } from "./lib/azurite";
import { localSettings } from "./lib/localSettings";

/**
 * Drafts the monthly board snapshot on demand — exactly what the 06:00 UTC timer on the 1st does.
 *   npm run snapshot                                   the month just ended, every tenant with data
 *   npm run snapshot -- --period 2026-05 --tenant <id> one month, one tenant
 *   npm run snapshot -- --refresh                      also regenerate a month's open draft
 * Storage comes from STORAGE_CONNECTION_STRING, else the Azurite that `npm start` runs.
 */
const { values } = parseArgs({
  options: {
    period: { type: "string" },
    tenant: { type: "string", multiple: true },
    refresh: { type: "boolean", default: false },
  },
});
const period = values.period === undefined ? undefined : periodSchema.safeParse(values.period);
if (period && !period.success) {
  console.error("--period takes a month as YYYY-MM");
  process.exit(2);
}
const settings = loadConfig({
  AUTH_MODE: "local",
  STORAGE_CONNECTION_STRING:
    process.env.STORAGE_CONNECTION_STRING ?? azuriteConnectionString(localSettings.tablePort, localSettings.blobPort),
  ...(process.env.TABLE_NAME ? { TABLE_NAME: process.env.TABLE_NAME } : {}),
  ...(process.env.SNAPSHOT_CONTAINER ? { SNAPSHOT_CONTAINER: process.env.SNAPSHOT_CONTAINER } : {}),
});
const storage = createStorageClients(settings);
const run = await draftMonthlySnapshots(
  { storage, tenantData: new TenantDataCache(storage), now: () => new Date() },
  { period: period?.data, tenantIds: values.tenant, refresh: values.refresh },
);
console.log(describeMonthlyRun(run));
for (const tenantId of run.created) console.log(`  drafted   ${tenantId}  (${run.period}.v1)`);
for (const tenantId of run.refreshed) console.log(`  refreshed ${tenantId}`);
for (const tenantId of run.existing) console.log(`  unchanged ${tenantId}  (the month already has a snapshot)`);
process.exit(run.failed.length > 0 ? 1 : 0);
