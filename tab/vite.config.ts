import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { chunksOf, reachableChunks } from "./build/chunkGraph";
import { griffelCss } from "./build/griffelCss";

/**
 * Libraries that are heavy and needed only on some pages, in some sign-in modes or inside Teams
 * (TeamsProvider loads teams-js only when the page is framed). They are loaded with `import()`
 * and must never reach what the browser loads before the first render: each gets its own chunk,
 * and the build fails if one is reachable statically.
 */
const lazyLibraries = {
  teams: /[\\/]node_modules[\\/]@microsoft[\\/]teams-js[\\/]/,
  echarts: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/,
  msal: /[\\/]node_modules[\\/]@azure[\\/]msal-(browser|common)[\\/]/,
  graph: /[\\/]node_modules[\\/]@microsoft[\\/]microsoft-graph-client[\\/]/,
} as const;

/** Fluent UI and what it is built on: styles (Griffel), focus management, positioning. */
const fluent =
  /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|rtl-css-js|stylis|@emotion[\\/]hash|use-sync-external-store)[\\/]/;

/**
 * The tab's own code that only the signed-in shell loads (pages, forms, charts, snapshots and their
 * components, and the API's domain rules and schemas they use). One chunk rather than one per
 * page: ~100 small chunks gzip to ~150 KiB, together to ~65, because pages share vocabulary
 * (Fluent components, labels, formats) that separate files compress again and again. The first
 * page after sign-in loads it all instead of its own ~25 KiB; every later page is then instant.
 * Modules the first render needs stay in the entry chunk: these folders are only reached through
 * `import()` (the `keepLibrariesLazy` check fails the build otherwise). The charts' echarts set-up
 * (charts/echarts*.ts) is not part of it: it is what loads echarts, when a chart first draws.
 */
const lazyAppCode =
  /[\\/](tab[\\/]src[\\/](pages|forms|charts|snapshots|components|export)[\\/](?!echarts)|api[\\/]src[\\/]domain[\\/])/;

/**
 * The pages of the build: the tab, and the sign-in redirect page (MSAL's redirect bridge), which
 * only the Entra sign-in opens and which loads nothing of the tab.
 */
const pages = {
  index: fileURLToPath(new URL("index.html", import.meta.url)),
  "auth-end": fileURLToPath(new URL("auth-end.html", import.meta.url)),
};

/**
 * Fails the build when a lazy library, or the lazy app code above, is part of the tab's entry
 * chunk or one it imports statically. The redirect page is not the tab: it is made of MSAL's
 * bridge and nothing else.
 */
function keepLibrariesLazy(): Plugin {
  return {
    name: "keep-libraries-lazy",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = chunksOf(bundle);
      const entries = [...chunks.values()].filter((c) => c.isEntry && c.name === "index").map((c) => c.fileName);
      const initial = reachableChunks(chunks, entries, { lazy: false });
      if (initial.size === 0) this.error("keep-libraries-lazy: the tab's entry chunk (index) was not found");
      for (const fileName of initial) {
        for (const moduleId of chunks.get(fileName)?.moduleIds ?? []) {
          const lib = Object.entries({ ...lazyLibraries, app: lazyAppCode }).find(([, test]) =>
            test.test(moduleId),
          );
          if (lib)
            this.error(`${lib[0]} (${moduleId}) is in the initial chunk ${fileName}; load it with import()`);
        }
      }
    },
  };
}

const apiHost = "http://127.0.0.1:7071";
const server = {
  port: 53000,
  strictPort: true,
  proxy: { "/api": apiHost, "/local-auth": apiHost },
};

export default defineConfig({
  // Fluent's styles as CSS in the page rather than strings in its JavaScript (build/griffelCss.ts).
  plugins: [react(), keepLibrariesLazy(), griffelCss()],
  resolve: {
    // The API's domain (api/src/domain): its zod/mini schemas validate the tab's forms, its rules
    // decide what the tab offers; the rest of the API is never imported.
    alias: { "@domain": fileURLToPath(new URL("../api/src/domain", import.meta.url)) },
  },
  server,
  preview: server,
  build: {
    target: "es2022",
    // Terser, two passes: 4.9 KiB gzip less JavaScript than the default minifier (Oxc) on this
    // build (595.3 → 590.4), for ~9 s more build time. Standard compression and mangling only.
    minify: "terser",
    terserOptions: { ecma: 2020, module: true, compress: { passes: 2 } },
    rolldownOptions: {
      input: pages,
      output: {
        codeSplitting: {
          groups: [
            ...Object.entries(lazyLibraries).map(([name, test]) => ({ name, test, priority: 3 })),
            { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            // Fluent UI in two chunks. What the first render (the sign-in screen) uses is part of the
            // initial load (`$initial`: statically reachable from the entry). The rest (navigation
            // drawer, menus, dropdowns, tables, dialogs) is one chunk loaded with the shell rather than
            // a slice per page: ~40 small shared chunks compressed worse than one, ~28 KiB gzip in all,
            // for ~20 KiB more on the first page after sign-in and none on the next ones.
            { name: "fluent-initial", test: fluent, tags: ["$initial"], priority: 1 },
            { name: "fluent", test: fluent, priority: 0 },
            // The lazy app code, without its dependencies: what the entry and the shared domain
            // schemas hold stays where it is.
            { name: "app", test: lazyAppCode, priority: -1, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
