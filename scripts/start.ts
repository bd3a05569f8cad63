import path from "node:path";
import { createServer } from "vite";
import { loadConfig } from "../api/src/config";
import { startLocalApi } from "../api/src/host/main";
import { generateDemoTenant } from "../api/src/seed/demoTenant";
import { demoTenantId } from "../api/src/seed/demoTenantId";
import { createStorageClients } from "../api/src/store/clients";
import { readHead } from "../api/src/store/commit";
import { importDemoTenant } from "../api/src/store/importTenant";
import { startAzurite } from "./lib/azurite";
import { localSettings } from "./lib/localSettings";

/**
 * `npm start`: Azurite (data kept in .azurite/), the demo company seeded on first run, the API's
 * local host on 7071 with the local identity provider, and the tab on 53000. Ctrl-C stops all.
 */
const tabOrigin = `http://localhost:${localSettings.tabPort}`;

console.log("Starting Azurite (storage emulator)…");
const azurite = await startAzurite({
  location: localSettings.azuriteLocation,
  tablePort: localSettings.tablePort,
  blobPort: localSettings.blobPort,
}).catch((error: unknown) => {
  console.error(`Azurite could not start on ports ${localSettings.blobPort}/${localSettings.tablePort}. Is another Azurite running?`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

const settings = loadConfig({
  AUTH_MODE: "local",
  STORAGE_CONNECTION_STRING: azurite.connectionString,
  TAB_ORIGIN: tabOrigin,
  API_PORT: String(localSettings.apiPort),
});

const storage = createStorageClients(settings);
await storage.ready();
if ((await readHead(storage, demoTenantId)).seq === 0) {
  console.log("First run: seeding the demo company…");
  const demo = generateDemoTenant({ tenantId: demoTenantId, asOf: new Date().toISOString().slice(0, 7) });
  const { written } = await importDemoTenant(storage, demo);
  console.log(`Seeded ${written} entities.`);
}

const api = await startLocalApi({ settings, port: localSettings.apiPort, quiet: true });
const tab = await createServer({
  root: path.join(localSettings.root, "tab"),
  configFile: path.join(localSettings.root, "tab/vite.config.ts"),
  server: { port: localSettings.tabPort, strictPort: true, host: "localhost" },
  logLevel: "warn",
});
await tab.listen();

console.log(`
AI Strategy Board is running with demo data.
  Tab:     ${tabOrigin}/            (sign in as a demo persona; the CIO, Mateo Fernández, manages the portfolio)
  API:     http://127.0.0.1:${api.port}/api/health
  Storage: Azurite, data in ${path.relative(localSettings.root, localSettings.azuriteLocation)}/
Press Ctrl-C to stop.`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping…");
  await Promise.allSettled([tab.close(), api.close()]);
  await azurite.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
