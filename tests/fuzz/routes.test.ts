import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routes } from "../../api/src/http/routes";
import type { Route } from "../../api/src/http/route";
import { startApi, tenantA, tenantB, type Harness } from "../../api/test/support/apiHarness";
import { people } from "../../api/test/support/fixtures";
import { readAllPartitions } from "../resilience/support/consistency";
import { jsonClient, send } from "../resilience/support/http";
import { createFixture, samples } from "../resilience/support/samples";
import {
  personaKeys,
  requestRecipe,
  strayRequest,
  type PersonaKey,
  type RequestRecipe,
} from "./support/arbitraries";
import { defectsOf, learn, materialise, type FuzzContext } from "./support/requests";

/**
 * Issue #8, fuzzing: hostile bodies, headers, paths and query strings against every route of the
 * route table, with valid tokens of every role and broken ones. Every answer is well-formed
 * (2xx, or 4xx problem+json with type, title and status), never a 5xx, never a hang; afterwards
 * every row stored validates against its schema, the audit log replays to the stored state, and
 * Object.prototype is untouched. `npm run fuzz` runs longer (FUZZ_RUNS, FUZZ_SEED).
 */
// Runs per route: a few dozen inside `npm test`, 300 with `npm run fuzz`, or FUZZ_RUNS.
const runs = Number(process.env.FUZZ_RUNS ?? (process.env.npm_lifecycle_event === "fuzz" ? 300 : 40));
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const answerBoundMs = 10_000;

const roleOf: Record<PersonaKey, { oid: string; roles: string[]; tid: string }> = {
  executiveOwner: { oid: people.cfo, roles: ["Executive"], tid: tenantA },
  executiveOther: { oid: people.coo, roles: ["Executive"], tid: tenantA },
  manager: { oid: people.cio, roles: ["Portfolio.Manager"], tid: tenantA },
  managerExecutive: { oid: people.cio, roles: ["Portfolio.Manager", "Executive"], tid: tenantA },
  board: { oid: people.board, roles: ["Board.Member"], tid: tenantA },
  noRole: { oid: people.ciso, roles: [], tid: tenantA },
  otherTenant: { oid: people.cio, roles: ["Portfolio.Manager", "Executive"], tid: tenantB },
};

let api: Harness;
let ctx: FuzzContext;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
let sent = 0;

beforeAll(async () => {
  api = await startApi();
  const call = jsonClient(api.baseUrl, answerBoundMs);
  const tokens = {} as Record<PersonaKey, string>;
  const tampered = new Map<string, string>();
  for (const key of personaKeys) {
    const claims = roleOf[key];
    tokens[key] = await api.token(claims);
    const valid = tokens[key];
    tampered.set(`${key}:signature`, `${valid.slice(0, -6)}${valid.slice(-6).split("").reverse().join("")}x`);
    tampered.set(`${key}:expired`, await api.token({ ...claims, expiresIn: -3600 }));
    tampered.set(`${key}:audience`, await api.token({ ...claims, audience: "api://someone-else" }));
    tampered.set(
      `${key}:issuer`,
      await api.token({ ...claims, issuer: `https://login.example/${claims.tid}/v2.0` }),
    );
    tampered.set(`${key}:no-scope`, await api.token({ ...claims, scp: "User.Read" }));
  }
  const managerToken = tokens.managerExecutive;
  const fixture = await createFixture(call, managerToken, 0);
  const second = await createFixture(call, managerToken, 1);
  ctx = {
    call,
    tokens,
    tampered: (persona, how) => tampered.get(`${persona}:${how}`) ?? "",
    pools: {
      initiative: [fixture.initiative.id, second.initiative.id],
      metric: [fixture.metric.id, second.metric.id],
      risk: [fixture.risk.id, second.risk.id],
      maturity: [fixture.assessment.id, second.assessment.id],
      snapshot: [fixture.snapshot.id, second.snapshot.id],
    },
    etags: new Map(),
    fixture,
    managerToken,
    personaRoles: roleOf,
  };
});

afterAll(async () => {
  await api?.close();
});

/** Deleting routes empty the pools of metrics and risks; a fresh fixture refills them. */
async function refillPools() {
  if ((ctx.pools.metric ?? []).length > 0 && (ctx.pools.risk ?? []).length > 0) return;
  const fresh = await createFixture(ctx.call, ctx.managerToken, 2 + sent++);
  for (const [kind, entity] of Object.entries({
    initiative: fresh.initiative,
    metric: fresh.metric,
    risk: fresh.risk,
    maturity: fresh.assessment,
    snapshot: fresh.snapshot,
  }))
    (ctx.pools[kind] ??= []).push(entity.id);
}

async function exercise(route: Route, recipe: RequestRecipe) {
  await refillPools();
  const req = await materialise(route, recipe, ctx, sent++);
  const res = await send(api.baseUrl, req.raw, answerBoundMs);
  const defects = defectsOf(req, recipe, res, ctx);
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys.join())
    defects.push("Object.prototype was polluted");
  if (defects.length > 0)
    throw new Error(`${req.summary}\n→ ${res.status} ${res.text.slice(0, 400)}\n${defects.join("\n")}`);
  learn(req, res, ctx);
}

/** Every row in the table, of every tenant, read back: valid, audited, and replaying to what is stored. */
async function expectSoundStorage() {
  const partitions = await readAllPartitions(api.services.storage.table);
  expect(
    [...partitions.values()].flatMap((p) => p.problems.map((problem) => `${p.tenantId}: ${problem}`)),
  ).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return partitions;
}

const options = () => ({ numRuns: runs, ...(seed === undefined ? {} : { seed }) });

describe("fuzzing every route of the route table", () => {
  it("has a valid sample request for every route (the base the fuzzer mutates)", () => {
    expect(routes.map((r) => r.name).filter((name) => !(name in samples))).toEqual([]);
  });

  for (const route of routes) {
    it(`${route.method} /api/${route.path} stays well-formed under hostile input`, async () => {
      await fc.assert(
        fc.asyncProperty(requestRecipe(route), (recipe) => exercise(route, recipe)),
        options(),
      );
      await expectSoundStorage();
    });
  }

  it("answers stray paths and methods anywhere with a well-formed 404, 405 or problem", async () => {
    await fc.assert(
      fc.asyncProperty(strayRequest, async (stray) => {
        const recipe: RequestRecipe = {
          method: stray.method,
          params: [],
          query: stray.query,
          auth: stray.auth,
          contentType: "application/json",
          ifMatch: { kind: "absent" },
          headers: {},
          body: stray.body,
        };
        const req = await materialise(
          { rawPath: `${stray.prefix}${stray.segments.join("/")}` },
          recipe,
          ctx,
          sent++,
        );
        const res = await send(api.baseUrl, req.raw, answerBoundMs);
        const defects = defectsOf(req, recipe, res, ctx);
        if (defects.length > 0)
          throw new Error(`${req.summary}\n→ ${res.status} ${res.text.slice(0, 400)}\n${defects.join("\n")}`);
      }),
      options(),
    );
  });

  it("stored only valid entities, fully audited, and wrote something (the fuzzer reached the store)", async () => {
    const partitions = await expectSoundStorage();
    const mine = partitions.get(tenantA);
    expect(mine?.entities.size ?? 0).toBeGreaterThan(10);
    const verify = await ctx.call("GET", "/api/audit/verify", { token: ctx.managerToken });
    expect(verify.json).toMatchObject({ intact: true });
    // Published board snapshots are blobs beside the table: their hash chain holds too.
    const snapshots = await ctx.call("GET", "/api/snapshots/verify", { token: ctx.managerToken });
    expect(snapshots.json, snapshots.text).toMatchObject({ intact: true });
  });
});
