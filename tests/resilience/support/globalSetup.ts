import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import startSharedAzurite from "../../../api/test/support/globalSetup";
import { localSettings } from "../../../scripts/lib/localSettings";

declare module "vitest" {
  export interface ProvidedContext {
    /** The API's local host bundled from the current sources, to run as a process of its own. */
    apiBundle: string;
  }
}

/**
 * One in-memory Azurite shared by the suites (each works in its own table; the outage suite
 * starts its own), and the API bundled from the working tree exactly as `api/build.ts` does it,
 * but into a temporary folder so that api/dist is never touched.
 */
export default async function setup(project: TestProject) {
  const stopAzurite = await startSharedAzurite(project);
  const outdir = mkdtempSync(path.join(os.tmpdir(), "board-resilience-api-"));
  await build({
    entryPoints: { localHost: path.join(localSettings.root, "api/src/host/main.ts") },
    outdir,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["@azure/functions-core"],
    define: { "import.meta.url": "__bundleUrl" },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: "warning",
  });
  project.provide("apiBundle", path.join(outdir, "localHost.cjs"));
  return async () => {
    await stopAzurite();
    rmSync(outdir, { recursive: true, force: true });
  };
}
