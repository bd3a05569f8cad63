import { parseArgs } from "node:util";
import { loadConfig } from "../api/src/config";
import { generateDemoTenant } from "../api/src/seed/demoTenant";
import { demoTenantId } from "../api/src/seed/demoTenantId";
import { createStorageClients } from "../api/src/store/clients";
import { importDemoTenant } from "../api/src/store/importTenant";
import { azuriteConnectionString } from "./lib/azurite";
import { localSettings } from "./lib/localSettings";

/**
 * Seeds the demo company into storage (idempotent: what exists is left alone).
 *   npm run seed                          the hand-made company of ~40 initiatives
 *   npm run seed -- --initiatives 1000    a scaled portfolio for benchmarks (its own tenant)
 * Storage comes from STORAGE_CONNECTION_STRING, else the Azurite that `npm start` runs.
 */
const { values } = parseArgs({
  options: {
    initiatives: { type: "string" },
    tenant: { type: "string" },
    seed: { type: "string" },
  },
});
const initiatives = values.initiatives === undefined ? undefined : Number(values.initiatives);
if (initiatives !== undefined && !(Number.isInteger(initiatives) && initiatives > 0 && initiatives <= 100_000)) {
  console.error("--initiatives takes a whole number from 1 to 100000");
  process.exit(2);
}
const tenantId = values.tenant ?? (initiatives === undefined ? demoTenantId : `bench-${initiatives}`);
const settings = loadConfig({
  AUTH_MODE: "local",
  STORAGE_CONNECTION_STRING:
    process.env.STORAGE_CONNECTION_STRING ?? azuriteConnectionString(localSettings.tablePort, localSettings.blobPort),
});
const demo = generateDemoTenant({
  tenantId,
  asOf: new Date().toISOString().slice(0, 7),
  initiatives,
  seed: values.seed === undefined ? undefined : Number(values.seed),
});
const started = performance.now();
const result = await importDemoTenant(createStorageClients(settings), demo);
console.log(
  `Seeded tenant ${tenantId}: ${result.written} entities written, ${result.skipped} already there (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
