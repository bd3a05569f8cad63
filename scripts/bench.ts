import { TableServiceClient } from "@azure/data-tables";
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { previousMonth } from "../api/src/domain/calendar";
import { generateDemoTenant } from "../api/src/seed/demoTenant";
import { demoTenantId } from "../api/src/seed/demoTenantId";
import { createStorageClients, isAzurite } from "../api/src/store/clients";
import { importDemoTenant } from "../api/src/store/importTenant";
import { startAzurite, stopProcess } from "./lib/azurite";
import { localSettings } from "./lib/localSettings";
import { percentile } from "./lib/stats";
import { benchCompute } from "./benchCompute";
import { boardPaints, buildTab, bundleSizes, removeBuild } from "./benchTab";

/**
 * `npm run bench`: seeds a fresh in-memory Azurite (or, with BENCH_STORAGE_CONNECTION_STRING, a
 * fresh table in that account), runs the API's local host in its own process
 * and measures it over loopback with autocannon; times the pure board computation; prints a table
 * and writes bench/results.json. Options: --sizes 100,1000 (API cases), --duration 20 (s per case),
 * --compute-sizes 100,1000,10000, --skip-tab (no tab build, bundle sizes or paints).
 */
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000" },
    "compute-sizes": { type: "string", default: "100,1000,10000" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "20" },
    "skip-tab": { type: "boolean", default: false },
  },
});
const apiSizes = values.sizes.split(",").map(Number);
const computeSizes = values["compute-sizes"].split(",").map(Number);
const duration = Number(values.duration);
const connections = Number(values.connections);
const asOf = new Date().toISOString().slice(0, 7);

type Row = { case: string; n: number; p50?: number; p95?: number; p99?: number; rps?: number; ms?: number; note?: string };
const rows: Row[] = [];

async function firstOk(url: string, headers: Record<string, string> = {}, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      const res = await fetch(url, { headers });
      if (res.ok) {
        await res.arrayBuffer();
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs} ms`);
}

/** Runs one load case; percentiles come from every response's own latency, not from a histogram's buckets. */
async function load(name: string, n: number, opts: autocannon.Options) {
  const latencies: number[] = [];
  // Without a callback autocannon returns its tracker, which is also a promise of the result.
  const run = autocannon({ duration, connections, ...opts });
  (run as unknown as autocannon.Instance).on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await run;
  latencies.sort((x, y) => x - y);
  const at = (p: number) => percentile(latencies, p);
  const failed = result.non2xx + result.errors + result.timeouts;
  rows.push({
    case: name,
    n,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    rps: Math.round(latencies.length / duration),
    note: failed > 0 ? `${failed} non-2xx/errors` : undefined,
  });
}

/**
 * Updates with If-Match, on twice as many initiatives as connections: a request takes an
 * initiative no other request is writing (autocannon clears a request's context after each
 * response, so the pool, not the context, says which are free), sends the ETag it last got back,
 * and flips the health, so that every update is a real change.
 */
async function loadUpdates(
  name: string,
  n: number,
  base: string,
  auth: Record<string, string>,
  targets: string[],
  writers: number,
) {
  const etags = new Map<string, string>();
  for (const id of targets) etags.set(id, (await fetch(`${base}/api/initiatives/${id}`, { headers: auth })).headers.get("etag") as string);
  const free = [...targets];
  const atRisk = new Set<string>();
  await load(name, n, {
    url: base,
    connections: Math.min(writers, targets.length),
    requests: [
      {
        setupRequest: (req, context) => {
          const id = free.shift() as string;
          (context as { id?: string }).id = id;
          const health = atRisk.has(id) ? "on-track" : "at-risk";
          return {
            ...req,
            method: "PATCH",
            path: `/api/initiatives/${id}`,
            headers: { ...auth, "content-type": "application/json", "if-match": etags.get(id) as string },
            body: JSON.stringify({ health }),
          };
        },
        onResponse: (_status, body, context) => {
          const id = (context as { id?: string }).id as string;
          const updated = JSON.parse(body) as { etag?: string; health?: string };
          if (updated.etag) etags.set(id, updated.etag);
          if (updated.health === "at-risk") atRisk.add(id);
          else if (updated.health) atRisk.delete(id);
          free.push(id);
        },
      },
    ],
  });
}

/**
 * The monthly board snapshot at this portfolio size, through the running API: drafting the month
 * just ended (target ≤ 2 s at 1,000 initiatives), refreshing the draft, publishing it, and the
 * size of the document.
 */
async function benchSnapshot(base: string, auth: Record<string, string>, n: number) {
  const period = previousMonth(asOf);
  const timed = async (label: string, url: string, headers: Record<string, string>, body?: unknown) => {
    const started = performance.now();
    const res = await fetch(url, { method: "POST", headers: { ...auth, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await res.json()) as { id?: string; etag?: string; size?: number };
    const ms = performance.now() - started;
    if (!res.ok) throw new Error(`${label} answered ${res.status}: ${JSON.stringify(json)}`);
    return { ms, snapshot: json };
  };
  const json = { "content-type": "application/json" };
  progress(`N=${n}: board snapshot of ${period}…`);
  const created = await timed("POST /api/snapshots", `${base}/api/snapshots`, json, { period });
  const megabytes = ((created.snapshot.size ?? 0) / 1024 / 1024).toFixed(2);
  rows.push({ case: "POST /api/snapshots (draft a month)", n, ms: Math.round(created.ms), note: `target ≤ 2000 ms; document ${megabytes} MB` });
  const refreshed = await timed("POST /api/snapshots", `${base}/api/snapshots`, json, { period });
  rows.push({ case: "POST /api/snapshots (refresh the draft)", n, ms: Math.round(refreshed.ms), note: `document ${megabytes} MB` });
  const published = await timed("publish", `${base}/api/snapshots/${refreshed.snapshot.id}/publish`, { "if-match": refreshed.snapshot.etag ?? "" });
  rows.push({ case: "POST /api/snapshots/{id}/publish", n, ms: Math.round(published.ms) });
}

/**
 * Where one size is measured: a fresh in-memory Azurite by default; with
 * BENCH_STORAGE_CONNECTION_STRING set, a fresh table and container in that account (for example a
 * real Azure Storage account), removed again afterwards.
 */
async function storageFor(n: number) {
  const external = process.env.BENCH_STORAGE_CONNECTION_STRING;
  if (!external) {
    const azurite = await startAzurite();
    const settings = { STORAGE_CONNECTION_STRING: azurite.connectionString, TABLE_NAME: "board", SNAPSHOT_CONTAINER: "snapshots" };
    return { settings, dispose: () => azurite.stop() };
  }
  const stamp = `${n}x${Date.now().toString(36)}`;
  const settings = { STORAGE_CONNECTION_STRING: external, TABLE_NAME: `bench${stamp}`, SNAPSHOT_CONTAINER: `bench-${stamp}` };
  return {
    settings,
    dispose: async () => {
      const tables = TableServiceClient.fromConnectionString(external, { allowInsecureConnection: isAzurite(external) });
      await tables.deleteTable(settings.TABLE_NAME);
      await createStorageClients(settings).snapshots.deleteIfExists();
    },
  };
}

async function benchApi(n: number) {
  const { settings, dispose } = await storageFor(n);
  try {
    const env = { ...process.env, ...settings, AUTH_MODE: "local", API_PORT: "0" };
    const storage = createStorageClients(settings);
    progress(`N=${n}: seeding the storage…`);
    const seeded = performance.now();
    await importDemoTenant(storage, generateDemoTenant({ tenantId: demoTenantId, asOf, initiatives: n }));
    rows.push({ case: "seed (audited transactions)", n, ms: Math.round(performance.now() - seeded) });

    progress(`N=${n}: starting the API and loading it (${duration} s per case)…`);
    const port = 7300 + (n % 97);
    const started = performance.now();
    const api = spawn(process.execPath, [path.join(localSettings.root, "api/dist/localHost.cjs")], {
      env: { ...env, API_PORT: String(port) },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      await firstOk(`${base}/api/health`);
      const healthMs = performance.now() - started;
      const personas = (await (await fetch(`${base}/local-auth/personas`)).json()) as { personas: { id: string; roles: string[] }[] };
      const cio = personas.personas.find((p) => p.roles.includes("Portfolio.Manager"));
      const token = ((await (await fetch(`${base}/local-auth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ personaId: cio?.id }) })).json()) as { access_token: string }).access_token;
      // As a browser would: a token, and gzip accepted.
      const auth = { authorization: `Bearer ${token}`, "accept-encoding": "gzip" };
      await firstOk(`${base}/api/board`, auth);
      const boardMs = performance.now() - started;
      rows.push({ case: "cold start → first 200 /api/health", n, ms: Math.round(healthMs) });
      rows.push({ case: "cold start → first GET /api/board", n, ms: Math.round(boardMs) });

      // Enough initiatives for both update cases (a page holds up to 200).
      const pageSize = Math.min(200, Math.max(50, 2 * connections + 2));
      const list = (await (await fetch(`${base}/api/initiatives?pageSize=${pageSize}`, { headers: auth })).json()) as { items: { id: string }[] };
      const one = list.items[0]?.id as string;
      await load("GET /api/board", n, { url: `${base}/api/board`, headers: auth });
      await load("GET /api/initiatives", n, { url: `${base}/api/initiatives?pageSize=50`, headers: auth });
      await load("GET /api/initiatives/{id}", n, { url: `${base}/api/initiatives/${one}`, headers: auth });

      const ids = list.items.map((i) => i.id);
      await loadUpdates("PATCH /api/initiatives/{id} (If-Match)", n, base, auth, ids.slice(0, 2 * connections), connections);
      // The same update by one writer at a time: its latency without waiting for the tenant's
      // other writers (whose commits are serialised by the audit chain). On initiatives of their
      // own: the requests of the case before that were cut off at its end may still be committing.
      await loadUpdates("PATCH /api/initiatives/{id} (If-Match), one writer", n, base, auth, ids.slice(-2), 1);
      await benchSnapshot(base, auth, n);
      if (tabBuild) {
        progress(`N=${n}: the Board page in Chromium at 4× CPU slowdown…`);
        const paints = await boardPaints(tabBuild, base, "Mateo Fernández");
        rows.push({ case: "tab: Board page FCP (4× CPU)", n, ms: Math.round(paints.fcp) });
        rows.push({ case: "tab: Board page LCP (4× CPU)", n, ms: Math.round(paints.lcp) });
      }
    } finally {
      await stopProcess(api);
    }
  } finally {
    await dispose();
  }
}

console.log("Building the API bundle…");
await import("../api/build");

const progress = (message: string) => process.stderr.write(`${message}\n`);
if (!values["skip-tab"]) progress("Building the tab…");
const tabBuild = values["skip-tab"] ? undefined : await buildTab();
if (tabBuild) {
  const sizes = bundleSizes(tabBuild);
  rows.push({ case: "tab: initial JavaScript (gzip KiB)", n: 0, ms: Number((sizes.initial / 1024).toFixed(1)), note: `${sizes.initialFiles.length} files` });
  rows.push({ case: "tab: all JavaScript (gzip KiB)", n: 0, ms: Number((sizes.total / 1024).toFixed(1)) });
}
for (const n of computeSizes) {
  progress(`board computation at N=${n}…`);
  rows.push({ case: "board computation (pure)", n, ms: Number(benchCompute(n).toFixed(2)) });
}
for (const n of apiSizes) await benchApi(n);

const compute = new Map(rows.filter((r) => r.case === "board computation (pure)").map((r) => [r.n, r.ms as number]));
const ratio = compute.has(1000) && compute.has(10_000) ? (compute.get(10_000) as number) / (compute.get(1000) as number) : undefined;

const fmt = (v: number | undefined, digits = 1) => (v === undefined ? "" : v.toFixed(digits));
console.log(`\n| case | N | p50 ms | p95 ms | p99 ms | req/s | ms | note |\n|---|---:|---:|---:|---:|---:|---:|---|`);
for (const r of rows)
  console.log(`| ${r.case} | ${r.n} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.rps ?? ""} | ${r.ms ?? ""} | ${r.note ?? ""} |`);
if (ratio !== undefined) console.log(`\nboard computation 10,000 / 1,000 = ${ratio.toFixed(2)} (linear ≈ 10)`);

if (tabBuild) removeBuild(tabBuild);
mkdirSync(path.join(localSettings.root, "bench"), { recursive: true });
writeFileSync(
  path.join(localSettings.root, "bench/results.json"),
  JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, duration, connections, rows, computeRatio10kTo1k: ratio }, null, 2),
);
console.log("\nWritten to bench/results.json");
