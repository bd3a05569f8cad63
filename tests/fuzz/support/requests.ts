import { compileRoute, matchRoute } from "../../../api/src/http/match";
import { maxBodyBytes } from "../../../api/src/http/request";
import type { Route } from "../../../api/src/http/route";
import { routes } from "../../../api/src/http/routes";
import { decisionTypes } from "../../../api/src/domain/schemas";
import type { JsonClient, RawRequest, RawResponse } from "../../resilience/support/http";
import { problemDefects } from "../../resilience/support/http";
import { sampleOf, samples, type Fixture } from "../../resilience/support/samples";
import {
  encode,
  type Auth,
  type BodyRecipe,
  type Hostile,
  type PersonaKey,
  type RequestRecipe,
} from "./arbitraries";

/** Kinds of entity whose ids a path segment names, by the collection before it. */
const collections: Record<string, string> = {
  initiatives: "initiative",
  metrics: "metric",
  risks: "risk",
  "maturity-assessments": "maturity",
  snapshots: "snapshot",
};

export type FuzzContext = {
  call: JsonClient;
  /** Valid tokens by persona, and the same tokens made invalid in each way. */
  tokens: Record<PersonaKey, string>;
  tampered: (persona: PersonaKey, how: Extract<Auth, { kind: "tampered" }>["how"]) => string;
  /** Ids of live entities by kind; grows as the fuzzer creates entities and shrinks as it deletes them. */
  pools: Record<string, string[]>;
  /** The last ETag answered for a path. */
  etags: Map<string, string>;
  fixture: Fixture;
  managerToken: string;
  /** The claims behind each persona's token. */
  personaRoles: Record<PersonaKey, { roles: readonly string[] }>;
};

const table = routes.map((route) => ({ route, match: compileRoute(route.path) }));

const valuesFor = (name: string, collection: string | undefined, ctx: FuzzContext): string[] => {
  if (name === "id" && collection && collections[collection])
    return ctx.pools[collections[collection] as string] ?? [];
  if (name === "period") return ["2026-01", "2026-04", "2025-12", "1999-01"];
  if (name === "cycle") return ["2026-Q1", "2026-Q2", "2025-Q4"];
  if (name === "priorityId") return ["margin", "service"];
  if (name === "decisionType") return [...decisionTypes];
  return Object.values(ctx.pools).flat();
};

/** The route's path with each parameter filled: a live id (by index), percent-encoded garbage, or a raw odd segment. */
function pathOf(
  route: Route,
  recipe: RequestRecipe,
  ctx: FuzzContext,
): { path: string; firstEntityPath?: string } {
  const segments = route.path.split("/");
  let p = 0;
  let firstEntityPath: string | undefined;
  const filled = segments.map((segment, i) => {
    const param = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (!param) return segment;
    const choice = recipe.params[p++] ?? { valid: 0 };
    let value: string;
    if ("valid" in choice) {
      const pool = valuesFor(param, segments[i - 1], ctx);
      value = encode(pool.length > 0 ? (pool[choice.valid % pool.length] as string) : "none");
    } else if ("garbage" in choice) value = encode(choice.garbage);
    else value = choice.rawSegment;
    if (firstEntityPath === undefined && param === "id")
      firstEntityPath = `/api/${segments.slice(0, i).join("/")}/${value}`;
    return value;
  });
  return { path: `/api/${filled.join("/")}`, firstEntityPath };
}

const rawMarker = (i: number) => `@@raw${i}@@`;

/** Sets an own property even for "__proto__" (plain assignment would replace the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function hostileJson(value: Hostile, raws: string[]): unknown {
  if ("raw" in value) {
    raws.push(value.raw);
    return rawMarker(raws.length - 1);
  }
  if ("proto" in value) {
    const polluter: Record<string, unknown> = {};
    setOwn(polluter, value.proto, { polluted: "yes", prototype: { polluted: "yes" } });
    return polluter;
  }
  if ("deep" in value) {
    raws.push(
      value.as === "array"
        ? `${"[".repeat(value.deep)}${"]".repeat(value.deep)}`
        : `${'{"a":'.repeat(value.deep)}1${"}".repeat(value.deep)}`,
    );
    return rawMarker(raws.length - 1);
  }
  // A copy: later mutations must never change (or tie into a cycle) a value fast-check may reuse.
  return value.json === undefined ? undefined : (JSON.parse(JSON.stringify(value.json)) as unknown);
}

/** JSON text with the raw tokens put where their markers are. */
function render(value: unknown, raws: string[]): string {
  let text = JSON.stringify(value) ?? "null";
  raws.forEach((raw, i) => (text = text.replace(`"${rawMarker(i)}"`, raw)));
  return text;
}

function bodyOf(recipe: BodyRecipe, sample: unknown): { bytes?: Uint8Array; chunked: boolean } {
  const encoder = new TextEncoder();
  const base = (): Record<string, unknown> =>
    typeof sample === "object" && sample !== null
      ? (JSON.parse(JSON.stringify(sample)) as Record<string, unknown>)
      : {};
  switch (recipe.kind) {
    case "none":
      return { chunked: false };
    case "sample":
      return { bytes: encoder.encode(JSON.stringify(sample ?? {})), chunked: false };
    case "mutated": {
      const raws: string[] = [];
      const doc = base();
      for (const m of recipe.mutations) {
        let target: Record<string, unknown> = doc;
        if (m.depth === 1) {
          const nested = Object.values(doc).find(
            (v): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v),
          );
          if (nested) target = nested;
        }
        const keys = Object.keys(target);
        const key =
          "existing" in m.key
            ? keys.length > 0
              ? (keys[m.key.existing % keys.length] as string)
              : "x"
            : m.key.fresh;
        if (m.set === undefined) delete target[key];
        else setOwn(target, key, hostileJson(m.set, raws));
      }
      return { bytes: encoder.encode(render(doc, raws)), chunked: false };
    }
    case "json": {
      const raws: string[] = [];
      return { bytes: encoder.encode(render(hostileJson(recipe.value, raws), raws)), chunked: false };
    }
    case "text":
      return { bytes: encoder.encode(recipe.text), chunked: false };
    case "bytes":
      return { bytes: Uint8Array.from(recipe.bytes), chunked: false };
    case "deep": {
      const raws: string[] = [];
      return {
        bytes: encoder.encode(render(hostileJson({ deep: recipe.depth, as: recipe.as }, raws), raws)),
        chunked: false,
      };
    }
    case "oversized": {
      const doc = base();
      setOwn(doc, "padding", "x".repeat(maxBodyBytes + recipe.extra));
      return { bytes: encoder.encode(JSON.stringify(doc)), chunked: recipe.chunked };
    }
  }
}

function authorization(auth: Auth, ctx: FuzzContext): string | undefined {
  switch (auth.kind) {
    case "persona":
      return `Bearer ${ctx.tokens[auth.persona]}`;
    case "none":
      return undefined;
    case "literal":
      return auth.value;
    case "tampered":
      return auth.how === "scheme"
        ? `Token ${ctx.tokens[auth.persona]}`
        : `Bearer ${ctx.tampered(auth.persona, auth.how)}`;
  }
}

export type Materialised = {
  raw: RawRequest;
  summary: string;
  matched: Route | undefined;
  sentBytes: number;
};

/** Turns a recipe into a request on the wire, resolving live ids and the current ETag now. */
/** The path the API routes on, parsed exactly as the local host parses it. */
const pathnameOf = (target: string) =>
  URL.canParse(target, "http://localhost") ? new URL(target, "http://localhost").pathname : "/";

/**
 * Turns a recipe into a request on the wire, resolving live ids and the current ETag now. The
 * target is a route of the table (its path filled from the recipe) or a raw path of a stray request.
 */
export async function materialise(
  target: Route | { rawPath: string },
  recipe: RequestRecipe,
  ctx: FuzzContext,
  n: number,
): Promise<Materialised> {
  const route = "rawPath" in target ? undefined : target;
  const { path, firstEntityPath } = route
    ? pathOf(route, recipe, ctx)
    : { path: (target as { rawPath: string }).rawPath, firstEntityPath: undefined };
  const headers: Record<string, string> = { ...recipe.headers };
  const auth = authorization(recipe.auth, ctx);
  if (auth !== undefined) headers.authorization = auth;
  if (recipe.contentType !== null) headers["content-type"] = recipe.contentType;
  if (recipe.ifMatch.kind === "literal") headers["if-match"] = recipe.ifMatch.value;
  if (recipe.ifMatch.kind === "current" && route) {
    // The entity the route changes is the one its {id} names (or the strategy profile): read it now.
    // Entities PUT under a natural key have no GET: the ETag of their last answer, if any.
    const readable =
      /^[a-z-]+\/\{id\}(\/[a-z-]+|\/observations\/\{period\})?$/.test(route.path) ||
      route.path === "strategy";
    const entityPath = route.path === "strategy" ? "/api/strategy" : firstEntityPath;
    if (readable && entityPath) {
      const current = await ctx.call("GET", entityPath, { token: ctx.managerToken });
      const etag = current.headers.etag;
      if (current.status === 200 && typeof etag === "string") headers["if-match"] = etag;
    } else {
      const last = ctx.etags.get(path);
      if (last) headers["if-match"] = last;
    }
  }
  // The valid body the route's sample sends (none for a stray path).
  const sample = route && route.name in samples ? sampleOf(route.name, ctx.fixture, n).body : undefined;
  const body = bodyOf(recipe.body, sample);
  const full = `${path}${recipe.query}`;
  const found = matchRoute(table, recipe.method, pathnameOf(full));
  return {
    raw: { method: recipe.method, path: full, headers, body: body.bytes, chunked: body.chunked },
    summary: `${recipe.method} ${full.slice(0, 300)} [auth ${JSON.stringify(recipe.auth)}, body ${recipe.body.kind} ${body.bytes?.length ?? 0} bytes${body.chunked ? " chunked" : ""}]`,
    matched: found && "route" in found ? found.route : undefined,
    sentBytes: body.bytes?.length ?? 0,
  };
}

const tenantMarker = /a0000000-0000-4000-8000-00000000000a/i;

/** Everything wrong with an answer: the properties every route must keep, whatever it is sent. */
export function defectsOf(
  req: Materialised,
  recipe: RequestRecipe,
  res: RawResponse,
  ctx: FuzzContext,
): string[] {
  const defects: string[] = [];
  const method = req.raw.method;
  if (res.status >= 500) defects.push(`answered ${res.status}`);
  if (res.status >= 400) defects.push(...problemDefects(res, method));
  if (res.status >= 200 && res.status < 300 && method !== "HEAD" && res.text !== "") {
    if (!String(res.headers["content-type"] ?? "").startsWith("application/json"))
      defects.push(`2xx with content-type ${String(res.headers["content-type"])}`);
    if (res.json === undefined) defects.push("2xx whose body is not JSON");
  }
  if (res.status === 204 && res.text !== "") defects.push("204 with a body");
  // Bodies beyond the limit are refused before anything reads them, on every route that takes a body.
  if (
    req.matched &&
    !["GET", "HEAD", "OPTIONS"].includes(method) &&
    req.sentBytes > maxBodyBytes &&
    res.status !== 413
  )
    defects.push(`a ${req.sentBytes}-byte body was answered ${res.status}, not 413`);
  // No 2xx without a verified token carrying a role the route admits.
  if (req.matched && method !== "OPTIONS" && res.status < 300 && req.matched.access !== "public") {
    const roles = recipe.auth.kind === "persona" ? ctx.personaRoles[recipe.auth.persona].roles : undefined;
    const access = req.matched.access;
    const admitted = roles !== undefined && (access === "signed-in" || access.some((r) => roles.includes(r)));
    if (!admitted)
      defects.push(
        `answered ${res.status} to ${JSON.stringify(recipe.auth)} on a route for ${String(access)}`,
      );
  }
  // Another tenant's caller never sees this tenant's data.
  if (recipe.auth.kind === "persona" && recipe.auth.persona === "otherTenant" && tenantMarker.test(res.text))
    defects.push("the other tenant's answer names tenant A");
  return defects;
}

/** Remembers entities the fuzzer created and deleted, and ETags answered, so later requests can aim well. */
export function learn(req: Materialised, res: RawResponse, ctx: FuzzContext) {
  if (!req.matched || res.status >= 300) return;
  const path = pathnameOf(req.raw.path);
  if (typeof res.headers.etag === "string") ctx.etags.set(path, res.headers.etag);
  const kind = collections[req.matched.path.split("/")[0] ?? ""];
  if (!kind) return;
  const id = (res.json as { id?: unknown } | undefined)?.id;
  if (res.status === 201 && typeof id === "string") (ctx.pools[kind] ??= []).push(id);
  if (req.raw.method === "DELETE" && res.status === 204) {
    const gone = decodeURIComponent(path.split("/")[3] ?? "");
    ctx.pools[kind] = (ctx.pools[kind] ?? []).filter((live) => live !== gone);
  }
}
