import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";

/**
 * Bundles the API into self-contained CommonJS files: `dist/index.cjs` for the Azure Functions
 * host (package.json "main") and `dist/localHost.cjs` for the local host. One file per entry keeps
 * cold starts short and the deployment free of node_modules. `@azure/functions-core` is provided
 * by the Functions worker at run time.
 */
const root = path.dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: { index: path.join(root, "src/index.ts"), localHost: path.join(root, "src/host/main.ts") },
  outdir: path.join(root, "dist"),
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  minify: false,
  external: ["@azure/functions-core"],
  // Some Azure SDK packages resolve to ESM that reads import.meta.url; give them the bundle's own URL.
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});
console.log("API built to api/dist");
