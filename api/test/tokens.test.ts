import { SignJWT, base64url, createRemoteJWKSet } from "jose";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { LocalIdentityProvider, type TokenClaims } from "../src/auth/localIdentity";
import { createTokenVerifier } from "../src/auth/verifyToken";
import { loadConfig } from "../src/config";
import { startLocalApi } from "../src/host/main";
import { initiativeBody, people, strategy } from "./support/fixtures";

/**
 * The adversarial token suite: a local issuer plays Entra (OpenID discovery document and JWKS on
 * 127.0.0.1), the API runs in entra mode, and every forged or unfit token must be refused without
 * anything being written.
 */
const home = "c0000000-0000-4000-8000-00000000000c";
const partner = "d0000000-0000-4000-8000-00000000000d";
const stranger = "e0000000-0000-4000-8000-00000000000e";
const clientId = "11111111-2222-4333-8444-555555555555";
const appIdUri = `api://localhost:53000/${clientId}`;

let entra: LocalIdentityProvider;
let impostor: LocalIdentityProvider;
let authority: string;
let discoveryServer: http.Server;
let api: Awaited<ReturnType<typeof startLocalApi>>;
let base: string;

beforeAll(async () => {
  entra = await LocalIdentityProvider.create([]);
  impostor = await LocalIdentityProvider.create([]);
  discoveryServer = http.createServer((req, res) => {
    const url = req.url ?? "";
    res.setHeader("content-type", "application/json");
    if (url.endsWith("/v2.0/.well-known/openid-configuration"))
      return res.end(
        JSON.stringify({ issuer: `${authority}/${home}/v2.0`, jwks_uri: `${authority}/discovery/v2.0/keys` }),
      );
    if (url === "/discovery/v2.0/keys") return res.end(JSON.stringify(entra.jwksDocument()));
    res.statusCode = 404;
    res.end("{}");
  });
  await new Promise<void>((r) => discoveryServer.listen(0, "127.0.0.1", r));
  authority = `http://127.0.0.1:${(discoveryServer.address() as AddressInfo).port}`;
  const table = `t${randomBytes(6).toString("hex")}`;
  api = await startLocalApi({
    port: 0,
    quiet: true,
    settings: loadConfig({
      AUTH_MODE: "entra",
      ENTRA_CLIENT_ID: clientId,
      ENTRA_TENANT_ID: home,
      ENTRA_APP_ID_URI: appIdUri,
      ENTRA_AUTHORITY_HOST: authority,
      ALLOWED_TENANT_IDS: partner,
      STORAGE_CONNECTION_STRING: inject("azuriteConnectionString"),
      TABLE_NAME: table,
    }),
  });
  base = `http://127.0.0.1:${api.port}`;
});
afterAll(async () => {
  await api.close();
  await new Promise((r) => discoveryServer.close(r));
});

const claims = (overrides: Partial<TokenClaims> = {}): TokenClaims => ({
  oid: people.cio,
  tid: home,
  name: "Ada CIO",
  roles: ["Portfolio.Manager", "Executive"],
  audience: clientId,
  issuer: `${authority}/${overrides.tid ?? home}/v2.0`,
  ...overrides,
});
const valid = (overrides: Partial<TokenClaims> = {}) => entra.issue(claims(overrides));

async function call(method: string, path: string, token: string | undefined, body?: unknown) {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    json: (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined,
  };
}

function tamperPayload(token: string, change: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = token.split(".") as [string, string, string];
  const decoded = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as Record<string, unknown>;
  change(decoded);
  return `${header}.${base64url.encode(JSON.stringify(decoded))}.${signature}`;
}

describe("Entra token verification", () => {
  it("accepts a proper token in the v2 and v1 issuer forms, with either audience form", async () => {
    expect((await call("GET", "/api/me", await valid())).status).toBe(200);
    const v1 = await entra.issue(claims({ issuer: `https://sts.windows.net/${home}/`, audience: appIdUri }));
    const me = await call("GET", "/api/me", v1);
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({
      id: people.cio,
      tenantId: home,
      roles: ["Portfolio.Manager", "Executive"],
    });
    expect((await call("GET", "/api/me", await valid({ tid: partner }))).status).toBe(200);
  });

  it("refuses every forged or unfit token and writes nothing", async () => {
    const good = await valid();
    expect((await call("PUT", "/api/strategy", good, strategy())).status).toBe(201);
    const [h, p] = good.split(".") as [string, string, string];
    const publicJwk = JSON.stringify(entra.jwksDocument().keys[0]);
    const hs256 = await new SignJWT({ ...claims(), roles: ["Portfolio.Manager"] })
      .setProtectedHeader({ alg: "HS256", kid: String(entra.jwksDocument().keys[0]?.kid) })
      .setIssuer(`${authority}/${home}/v2.0`)
      .setAudience(clientId)
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(publicJwk));
    const none = `${base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }))}.${p}.`;
    const cases: Record<string, [string | undefined, 401 | 403]> = {
      "no token": [undefined, 401],
      "bad signature": [`${h}.${p}.${base64url.encode(randomBytes(256))}`, 401],
      "alg none": [none, 401],
      "HS256 signed with the public key": [hs256, 401],
      "wrong audience": [await valid({ audience: "api://someone-else" }), 401],
      "wrong issuer": [await valid({ issuer: "https://evil.example/v2.0" }), 401],
      "issuer of another tenant than tid": [await valid({ issuer: `${authority}/${partner}/v2.0` }), 401],
      "tenant not allowed": [await valid({ tid: stranger }), 401],
      expired: [await valid({ expiresIn: -600 }), 401],
      "not yet valid": [await valid({ notBefore: 900 }), 401],
      "missing scp": [await valid({ scp: "User.Read" }), 401],
      "no roles": [await valid({ roles: [] }), 403],
      "roles edited after signing": [
        tamperPayload(await valid({ roles: ["Executive"] }), (x) => (x.roles = ["Portfolio.Manager"])),
        401,
      ],
      "unknown kid (another key)": [await impostor.issue(claims()), 401],
      "malformed header": [`eyJub3QganNvbg.${p}.abc`, 401],
      "not a JWT": ["hello", 401],
    };
    for (const [name, [token, expected]] of Object.entries(cases)) {
      const res = await call("POST", "/api/initiatives", token, initiativeBody({ priorityIds: ["margin"] }));
      expect(res.status, name).toBe(expected);
      expect(res.json?.status, name).toBe(expected);
    }
    const noRole = await call("GET", "/api/initiatives", await valid({ roles: [] }));
    expect(String(noRole.json?.detail)).toMatch(
      /ask your tenant admin to assign you Executive or Portfolio\.Manager/,
    );
    const list = await call("GET", "/api/initiatives", good);
    expect((list.json as { items: unknown[] }).items).toEqual([]);
    const audit = await call("GET", "/api/audit", good);
    expect((audit.json as { items: unknown[] }).items).toHaveLength(1);
  });
});

describe("verified-token memory", () => {
  it("serves a verified token again only until it expires, and never a changed one", async () => {
    let clock = new Date();
    const jwksUrl = new URL(`${authority}/discovery/v2.0/keys`);
    const remote = createRemoteJWKSet(jwksUrl);
    let signatureChecks = 0;
    const verify = createTokenVerifier(
      {
        jwksUrl,
        audiences: [clientId],
        issuersFor: (tid) => [`${authority}/${tid}/v2.0`],
        tenantAllowed: (tid) => tid === home,
        requiredScope: "access_as_user",
      },
      {
        now: () => clock,
        keys: (header, token) => {
          signatureChecks++;
          return remote(header, token);
        },
      },
    );
    const token = await valid({ expiresIn: 60 });
    expect((await verify(`Bearer ${token}`)).id).toBe(people.cio);
    expect((await verify(`Bearer ${token}`)).roles).toEqual(["Portfolio.Manager", "Executive"]);
    expect(signatureChecks, "the second request checked the signature again").toBe(1);
    const forged = tamperPayload(token, (x) => (x.roles = ["Board.Member"]));
    await expect(verify(`Bearer ${forged}`)).rejects.toMatchObject({ status: 401 });
    // Past its expiry and the five minutes' tolerance, the remembered token is refused like any other.
    clock = new Date(clock.getTime() + (60 + 301) * 1000);
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ status: 401 });
  });
});
