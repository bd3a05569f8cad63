import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, preview } from "vite";
import { launchBrowser } from "../tests/e2e/support/browser";
import { localSettings } from "./lib/localSettings";

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Builds the tab as deployed for local sign-in, into a temporary folder. */
export async function buildTab(): Promise<string> {
  const tabRoot = path.join(localSettings.root, "tab");
  const outDir = mkdtempSync(path.join(os.tmpdir(), "bench-tab-"));
  process.env.VITE_AUTH_MODE = "local";
  await build({ root: tabRoot, configFile: path.join(tabRoot, "vite.config.ts"), logLevel: "error", build: { outDir, emptyOutDir: true } });
  return outDir;
}

/**
 * JavaScript weight, gzip: what index.html loads before the first render (its module script and
 * the chunks it preloads) and every script of the build.
 */
export function bundleSizes(outDir: string): { initial: number; total: number; initialFiles: string[] } {
  const html = readFileSync(path.join(outDir, "index.html"), "utf8");
  const initialFiles = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const initial = initialFiles.reduce((sum, f) => sum + gzipSize(path.join(outDir, f)), 0);
  const assets = path.join(outDir, "assets");
  const total = readdirSync(assets)
    .filter((f) => f.endsWith(".js"))
    .reduce((sum, f) => sum + gzipSize(path.join(assets, f)), 0);
  return { initial, total, initialFiles };
}

/**
 * First and largest contentful paint of the Board page in headless Chromium at 4× CPU slowdown,
 * served by Vite's preview server over loopback with /api forwarded to the running API. The
 * persona signs in first; the measured load is a fresh navigation to #/board with the token kept.
 */
export async function boardPaints(outDir: string, apiBase: string, personaName: string) {
  const tabRoot = path.join(localSettings.root, "tab");
  const server = await preview({
    root: tabRoot,
    configFile: path.join(tabRoot, "vite.config.ts"),
    logLevel: "error",
    build: { outDir },
    preview: { port: 0, strictPort: false, host: "127.0.0.1", proxy: { "/api": { target: apiBase }, "/local-auth": { target: apiBase } } },
  });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.getByRole("button", { name: `Sign in as ${personaName}` }).click();
    await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(`${url}/index.html#/board`, { waitUntil: "load" });
    await page.getByRole("heading", { level: 1, name: "Board" }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    const paints = await page.evaluate(
      () =>
        new Promise<{ fcp: number; lcp: number }>((resolve) => {
          const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve({ fcp, lcp: entries[entries.length - 1]?.startTime ?? NaN });
          }).observe({ type: "largest-contentful-paint", buffered: true } as unknown as PerformanceObserverInit);
        }),
    );
    await context.close();
    return paints;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

export function removeBuild(outDir: string) {
  rmSync(outDir, { recursive: true, force: true });
}
