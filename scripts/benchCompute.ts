import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { boardView } from "../api/src/domain/board";
import { noFilters } from "../api/src/domain/boardFilters";
import { generateDemoTenant } from "../api/src/seed/demoTenant";
import { demoTenantId } from "../api/src/seed/demoTenantId";
import { asTenantData } from "../api/src/store/boardCache";
import { demoDocuments } from "../api/src/store/importTenant";
import { tenantEntitiesFrom } from "../api/src/store/tenantData";
import { median } from "./lib/stats";

/**
 * The board computation alone (the pure `boardView`), on in-memory demo data of N initiatives:
 * the median of repeated runs after a warm-up. Each size runs in processes of its own, as the API
 * computes one tenant's board again and again: neither the heap the bench built before (the tab
 * build, the data of other sizes) nor what the JIT learnt from other sizes colours the figure.
 * One process's figure still depends on where its heap happened to place the data (±20 % from
 * process to process here), so the figure is the median over `processes` of them.
 */
export function benchCompute(n: number, processes = 3): number {
  const figures: number[] = [];
  for (let p = 0; p < processes; p++) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), String(n)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    if (child.status !== 0) throw new Error(`the board computation at N=${n} exited with ${child.status}`);
    figures.push(Number(child.stdout.trim()));
  }
  return median(figures);
}

function measure(n: number): number {
  const asOf = new Date().toISOString().slice(0, 7);
  const today = new Date().toISOString().slice(0, 10);
  const tenantData = asTenantData(
    tenantEntitiesFrom(demoDocuments(generateDemoTenant({ tenantId: demoTenantId, asOf, initiatives: n }))),
  );
  const runs = n >= 10_000 ? 15 : 41;
  for (let i = 0; i < 5; i++) boardView(tenantData, noFilters, asOf, today);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    boardView(tenantData, noFilters, asOf, today);
    times.push(performance.now() - started);
  }
  return median(times);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(measure(Number(process.argv[2])));
