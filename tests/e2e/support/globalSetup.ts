import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../../api/src/config";
import { startLocalApi } from "../../../api/src/host/main";
import { generateDemoTenant } from "../../../api/src/seed/demoTenant";
import { demoTenantId } from "../../../api/src/seed/demoTenantId";
import { importDemoTenant } from "../../../api/src/store/importTenant";
import { startAzurite } from "../../../scripts/lib/azurite";
import { localSettings } from "../../../scripts/lib/localSettings";

declare module "vitest" {
  export interface ProvidedContext {
    tabUrl: string;
    apiUrl: string;
  }
}

/**
 * The whole product for browser journeys: Azurite in memory with the demo company, the API's
 * local host with the local identity provider, and the production build of the tab served by
 * Vite's preview server, which forwards /api and /local-auth to the API.
 */
export default async function setup(project: TestProject) {
  const azurite = await startAzurite();
  const settings = loadConfig({ AUTH_MODE: "local", STORAGE_CONNECTION_STRING: azurite.connectionString });
  const api = await startLocalApi({ settings, port: 0, quiet: true });
  await importDemoTenant(api.services.storage, generateDemoTenant({ tenantId: demoTenantId, asOf: new Date().toISOString().slice(0, 7) }));
  const apiUrl = `http://127.0.0.1:${api.port}`;

  const tabRoot = path.join(localSettings.root, "tab");
  // The production build only signs in locally when told so; a real deployment builds with entra.
  process.env.VITE_AUTH_MODE = "local";
  const outDir = mkdtempSync(path.join(os.tmpdir(), "board-tab-"));
  await build({ root: tabRoot, configFile: path.join(tabRoot, "vite.config.ts"), logLevel: "error", build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: tabRoot,
    configFile: path.join(tabRoot, "vite.config.ts"),
    logLevel: "error",
    build: { outDir },
    preview: {
      port: 0,
      strictPort: false,
      host: "127.0.0.1",
      proxy: { "/api": { target: apiUrl }, "/local-auth": { target: apiUrl } },
    },
  });
  const address = server.httpServer.address();
  const port = typeof address === "object" && address ? address.port : 0;
  project.provide("tabUrl", `http://127.0.0.1:${port}`);
  project.provide("apiUrl", apiUrl);

  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    await api.close();
    await azurite.stop();
    rmSync(outDir, { recursive: true, force: true });
  };
}
