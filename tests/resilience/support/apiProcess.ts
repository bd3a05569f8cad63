import { spawn, type ChildProcess } from "node:child_process";
import { z } from "zod";
import { stopProcess } from "../../../scripts/lib/azurite";
import { jsonClient, type JsonClient } from "./http";

/** The API's local host running as a process of its own, as `npm start` runs it. */
export type ApiProcess = {
  origin: string;
  child: ChildProcess;
  call: JsonClient;
  /** A fresh token of a persona of the demo company: each process has its own signing key. */
  tokenFor: (personaId: string) => Promise<string>;
  personas: Persona[];
  /** SIGKILL: no shutdown, no flushing, in-flight requests die with it. */
  kill: () => Promise<void>;
  stop: () => Promise<void>;
  /** The unexpected errors the process logged (the pipeline logs "[id] <route> failed"; refusals are only warnings). */
  unexpectedErrors: () => string[];
};

const persona = z.object({
  id: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  tenantId: z.string(),
});
export type Persona = z.infer<typeof persona>;
const personasBody = z.object({ personas: z.array(persona) });
const tokenBody = z.object({ access_token: z.string() });

/**
 * Starts `node <bundle>` with the local identity provider on a free port and resolves once it
 * listens and has answered its personas. The environment is only what the API needs.
 */
export async function startApiProcess(
  bundle: string,
  settings: { connectionString: string; tableName: string },
  timeoutMs = 20_000,
): Promise<ApiProcess> {
  const child = spawn(process.execPath, [bundle], {
    env: {
      AUTH_MODE: "local",
      STORAGE_CONNECTION_STRING: settings.connectionString,
      TABLE_NAME: settings.tableName,
      SNAPSHOT_CONTAINER: `s${settings.tableName.toLowerCase()}`,
      API_PORT: "0",
      NODE_ENV: "test",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the API did not start within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\/api/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (${code ?? signal}) before listening:\n${stdout}\n${stderr}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  const call = jsonClient(origin);
  const listed = await call("GET", "/local-auth/personas");
  const { personas } = personasBody.parse(listed.json);
  const tokenFor = async (personaId: string) => {
    const res = await call("POST", "/local-auth/token", { body: { personaId } });
    return tokenBody.parse(res.json).access_token;
  };
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    origin,
    child,
    call,
    tokenFor,
    personas,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
    stop: () => stopProcess(child),
    unexpectedErrors: () => stderr.split("\n").filter((line) => /^\[[^\]]*\] \S+ failed/.test(line)),
  };
}
