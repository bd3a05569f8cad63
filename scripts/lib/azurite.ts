import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

/** Azurite's documented well-known development account; it only ever opens the local emulator. */
const devAccount = "devstoreaccount1";
const devKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

export type RunningAzurite = {
  connectionString: string;
  tablePort: number;
  blobPort: number;
  process: ChildProcess;
  stop: () => Promise<void>;
};

export function azuriteConnectionString(tablePort: number, blobPort: number, host = "127.0.0.1"): string {
  return [
    "DefaultEndpointsProtocol=http",
    `AccountName=${devAccount}`,
    `AccountKey=${devKey}`,
    `BlobEndpoint=http://${host}:${blobPort}/${devAccount}`,
    `TableEndpoint=http://${host}:${tablePort}/${devAccount}`,
  ].join(";");
}

const azuriteMain = () => path.join(path.dirname(createRequire(import.meta.url).resolve("azurite/package.json")), "dist/src/azurite.js");

/**
 * Starts Azurite (Table and Blob; never phoning home) and resolves once both listen.
 * `location` keeps data on disk; without it everything is in memory. Port 0 picks free ports.
 */
export function startAzurite(
  options: { location?: string; tablePort?: number; blobPort?: number; timeoutMs?: number } = {},
): Promise<RunningAzurite> {
  const args = [
    azuriteMain(),
    "--silent",
    "--disableTelemetry",
    "--skipApiVersionCheck",
    "--loose",
    "--blobHost",
    "127.0.0.1",
    "--blobPort",
    String(options.blobPort ?? 0),
    "--queueHost",
    "127.0.0.1",
    "--queuePort",
    "0",
    "--tableHost",
    "127.0.0.1",
    "--tablePort",
    String(options.tablePort ?? 0),
    ...(options.location ? ["--location", options.location] : ["--inMemoryPersistence"]),
  ];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    const ports: Record<string, number> = {};
    let output = "";
    const timer = setTimeout(() => fail(new Error(`Azurite did not start in time:\n${output}`)), options.timeoutMs ?? 20_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const m of output.matchAll(/Azurite (Blob|Table) service is successfully listening at http:\/\/[^:]+:(\d+)/g))
        ports[m[1] as string] = Number(m[2]);
      if (ports.Blob && ports.Table) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        resolve({
          connectionString: azuriteConnectionString(ports.Table, ports.Blob),
          tablePort: ports.Table,
          blobPort: ports.Blob,
          process: child,
          stop: () => stopProcess(child),
        });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => fail(new Error(`Azurite exited (${code}) before listening:\n${output}`)));
  });
}

export function stopProcess(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
