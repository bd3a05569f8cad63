import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import type { LocalIdentityProvider} from "../../src/auth/localIdentity";
import { type Persona, type TokenClaims } from "../../src/auth/localIdentity";
import { loadConfig } from "../../src/config";
import { startLocalApi } from "../../src/host/main";
import type { Services } from "../../src/services";

export const tenantA = "a0000000-0000-4000-8000-00000000000a";
export const tenantB = "b0000000-0000-4000-8000-00000000000b";

export type Harness = {
  baseUrl: string;
  services: Services;
  identity: LocalIdentityProvider;
  tableName: string;
  /** A signed token (real RS256, verified through the API's JWKS) for the given claims. */
  token: (claims: Partial<TokenClaims> & { oid: string }) => Promise<string>;
  /** fetch against the API with an optional bearer token and JSON body. */
  call: (
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string },
  ) => Promise<{ status: number; headers: Headers; json: unknown; text: string }>;
  close: () => Promise<void>;
};

/** Starts the real local host (same route table, pipeline and store) against the suite's Azurite. */
export async function startApi(options: { personas?: Persona[]; now?: () => Date } = {}): Promise<Harness> {
  const tableName = `t${randomBytes(6).toString("hex")}`;
  const settings = loadConfig({
    AUTH_MODE: "local",
    STORAGE_CONNECTION_STRING: inject("azuriteConnectionString"),
    TABLE_NAME: tableName,
    SNAPSHOT_CONTAINER: `s${tableName.slice(1)}`,
  });
  const { port, services, identity: maybeIdentity, close } = await startLocalApi({
    port: 0,
    settings,
    personas: options.personas ?? [],
    quiet: true,
    now: options.now,
  });
  const identity = maybeIdentity as LocalIdentityProvider;
  const baseUrl = `http://127.0.0.1:${port}`;
  await services.storage.ready();

  const token: Harness["token"] = (claims) =>
    identity.issue({ tid: tenantA, roles: ["Portfolio.Manager", "Executive"], ...claims });

  const call: Harness["call"] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined = opts.rawBody;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers["content-type"] ??= "application/json";
    }
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json, text };
  };

  return { baseUrl, services, identity, tableName, token, call, close };
}
