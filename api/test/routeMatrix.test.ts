import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roles, type Role } from "../src/auth/principal";
import { routes } from "../src/http/routes";
import { startApi, tenantA, tenantB, type Harness } from "./support/apiHarness";
import { initiativeBody, metricBody, people, riskBody, strategy } from "./support/fixtures";

/**
 * Generated from the route table: every route × every role gets exactly the answer the table
 * promises (2xx where the role is admitted, 403 where it is not), and no route lets tenant B
 * reach tenant A's data. A new route without a sample request here fails the suite.
 */
type Json = Record<string, unknown> & { id: string; etag: string };
type Sample = { path: string; body?: unknown; ifMatch?: string };
type Fixture = { initiative: Json; metric: Json; risk: Json; assessment: Json };

let api: Harness;
let manager: string;
let seq = 0;

const dims = ["strategy", "value", "organisation", "people-culture", "governance", "engineering", "data"];
const assessmentBody = (period: string) => ({
  period,
  dimensions: dims.map((dimension) => ({ dimension, current: 2, target: 4 })),
});

async function post(path: string, body: unknown, token = manager): Promise<Json> {
  const res = await api.call("POST", path, { token, body });
  expect(res.status, `${path}: ${res.text}`).toBe(201);
  return res.json as Json;
}

/** Fresh entities in tenant A whose outcome and risk the executive persona owns. */
async function fixture(): Promise<Fixture> {
  const initiative = await post("/api/initiatives", initiativeBody({ outcomeOwnerId: people.cfo, riskOwnerId: people.ciso }));
  const metric = await post("/api/metrics", metricBody(initiative.id));
  const risk = await post("/api/risks", riskBody(initiative.id, { ownerId: people.cfo }));
  seq++;
  const assessment = await post("/api/maturity-assessments", assessmentBody(`20${String(10 + Math.floor(seq / 12)).padStart(2, "0")}-${String((seq % 12) + 1).padStart(2, "0")}`));
  return { initiative, metric, risk, assessment };
}

/** A sample may depend on the caller's role: a gate move is decided by whoever holds the decision right. */
const samples: Record<string, (f: Fixture, role: Role) => Sample> = {
  health: () => ({ path: "/api/health" }),
  me: () => ({ path: "/api/me" }),
  getStrategy: () => ({ path: "/api/strategy" }),
  putStrategy: () => ({ path: "/api/strategy", body: strategy(), ifMatch: "strategy" }),
  listInitiatives: () => ({ path: "/api/initiatives" }),
  createInitiative: () => ({ path: "/api/initiatives", body: initiativeBody() }),
  getInitiative: (f) => ({ path: `/api/initiatives/${f.initiative.id}` }),
  updateInitiative: (f) => ({ path: `/api/initiatives/${f.initiative.id}`, body: { health: "at-risk" }, ifMatch: f.initiative.etag }),
  retireInitiative: (f) => ({ path: `/api/initiatives/${f.initiative.id}/retire`, body: { rationale: "Done" }, ifMatch: f.initiative.etag }),
  // The executive is the Accountable for rejections (beforeAll); assessing an idea is the portfolio office's.
  gateInitiative: (f, role) => ({
    path: `/api/initiatives/${f.initiative.id}/gate`,
    body: role === "Executive" ? { to: "rejected", rationale: "Not a priority this year" } : { to: "assessed", rationale: "Scored" },
    ifMatch: f.initiative.etag,
  }),
  listGateDecisions: (f) => ({ path: `/api/initiatives/${f.initiative.id}/gates` }),
  checkGate: (f) => ({ path: `/api/initiatives/${f.initiative.id}/gate-check?to=assessed` }),
  putStatusUpdate: (f) => ({
    path: `/api/initiatives/${f.initiative.id}/status-updates/2026-04`,
    body: { rag: "green", narrative: "Pilot on plan" },
  }),
  listStatusUpdates: (f) => ({ path: `/api/status-updates?initiativeId=${f.initiative.id}` }),
  listDecisionRights: () => ({ path: "/api/decision-rights" }),
  putDecisionRight: () => ({ path: "/api/decision-rights/accept-high-risk", body: { accountableId: people.cio } }),
  listMetrics: (f) => ({ path: `/api/metrics?initiativeId=${f.initiative.id}` }),
  createMetric: (f) => ({ path: "/api/metrics", body: metricBody(f.initiative.id) }),
  getMetric: (f) => ({ path: `/api/metrics/${f.metric.id}` }),
  updateMetric: (f) => ({ path: `/api/metrics/${f.metric.id}`, body: { target: 90 }, ifMatch: f.metric.etag }),
  deleteMetric: (f) => ({ path: `/api/metrics/${f.metric.id}`, ifMatch: f.metric.etag }),
  putObservation: (f) => ({ path: `/api/metrics/${f.metric.id}/observations/2026-04`, body: { value: 40 }, ifMatch: f.metric.etag }),
  patchObservations: (f) => ({
    path: `/api/metrics/${f.metric.id}/observations`,
    body: { observations: [{ period: "2026-05", value: 41 }] },
    ifMatch: f.metric.etag,
  }),
  listRisks: () => ({ path: "/api/risks" }),
  createRisk: (f) => ({ path: "/api/risks", body: riskBody(f.initiative.id) }),
  getRisk: (f) => ({ path: `/api/risks/${f.risk.id}` }),
  updateRisk: (f) => ({ path: `/api/risks/${f.risk.id}`, body: { status: "mitigating" }, ifMatch: f.risk.etag }),
  deleteRisk: (f) => ({ path: `/api/risks/${f.risk.id}`, ifMatch: f.risk.etag }),
  listAssessments: () => ({ path: "/api/maturity-assessments" }),
  createAssessment: () => {
    seq++;
    return { path: "/api/maturity-assessments", body: assessmentBody(`2030-${String((seq % 12) + 1).padStart(2, "0")}`) };
  },
  getAssessment: (f) => ({ path: `/api/maturity-assessments/${f.assessment.id}` }),
  updateAssessment: (f) => ({ path: `/api/maturity-assessments/${f.assessment.id}`, body: { notes: "n" }, ifMatch: f.assessment.etag }),
  listResponses: () => ({ path: "/api/alignment-responses" }),
  putResponse: () => ({
    path: `/api/alignment-responses/2026-Q${(seq++ % 4) + 1}/margin`,
    body: { importance: 4, expectedOutcome: "cost-reduction", confidence: 3 },
  }),
  getBoard: () => ({ path: "/api/board" }),
  listAudit: () => ({ path: "/api/audit" }),
  verifyAudit: () => ({ path: "/api/audit/verify" }),
  // Board snapshots of 2020 prepared below: 02, 03 and 06 published, 04 and 05 drafts.
  listSnapshots: () => ({ path: "/api/snapshots" }),
  createSnapshot: () => ({ path: "/api/snapshots", body: { period: "2020-01" } }),
  compareSnapshots: () => ({ path: "/api/snapshots/compare?from=2020-02.v1&to=2020-03.v1" }),
  verifySnapshots: () => ({ path: "/api/snapshots/verify" }),
  getSnapshot: () => ({ path: "/api/snapshots/2020-02.v1" }),
  updateSnapshot: () => ({ path: "/api/snapshots/2020-04.v1", body: { narrative: { commentary: "A quiet month" } }, ifMatch: snapshotEtags["2020-04"] }),
  publishSnapshot: () => ({ path: "/api/snapshots/2020-05.v1/publish", ifMatch: snapshotEtags["2020-05"] }),
  supersedeSnapshot: () => ({ path: "/api/snapshots/2020-06.v1/supersede", body: { correctionReason: "Benefits restated" } }),
};

/** The one persona per role; the executive owns the fixture's outcome and risk. */
const personaFor: Record<Role, string> = { Executive: people.cfo, "Portfolio.Manager": people.cio, "Board.Member": people.board };

beforeAll(async () => {
  api = await startApi();
  manager = await api.token({ oid: people.cio, roles: ["Portfolio.Manager"] });
  expect((await api.call("PUT", "/api/strategy", { token: manager, body: strategy() })).status).toBe(201);
  const reject = await api.call("PUT", "/api/decision-rights/reject", { token: manager, body: { accountableId: personaFor.Executive } });
  expect(reject.status, reject.text).toBe(201);
});
afterAll(() => api.close());

/** Board snapshots the samples use: drafts to narrate and publish, published ones to read, compare and correct. */
const snapshotEtags: Record<string, string> = {};
beforeAll(async () => {
  for (const period of ["2020-02", "2020-03", "2020-04", "2020-05", "2020-06"]) {
    const draft = await api.call("POST", "/api/snapshots", { token: manager, body: { period } });
    expect(draft.status, draft.text).toBe(201);
    const { id, etag } = draft.json as Json;
    snapshotEtags[period] = etag;
    if (period === "2020-04" || period === "2020-05") continue;
    const published = await api.call("POST", `/api/snapshots/${id}/publish`, { token: manager, headers: { "if-match": etag } });
    expect(published.status, published.text).toBe(200);
  }
});

async function send(route: (typeof routes)[number], sample: Sample, token: string, tenantForEtag = tenantA) {
  let ifMatch = sample.ifMatch;
  if (ifMatch === "strategy") {
    const current = await api.call("GET", "/api/strategy", { token: await api.token({ oid: people.cio, tid: tenantForEtag, roles: ["Portfolio.Manager"] }) });
    ifMatch = current.headers.get("etag") ?? "*";
  }
  return api.call(route.method, sample.path, { token, body: sample.body, headers: ifMatch ? { "if-match": ifMatch } : {} });
}

describe("role matrix from the route table", () => {
  it("has a sample request for every route", () => {
    expect(routes.map((r) => r.name).filter((name) => !(name in samples))).toEqual([]);
  });

  for (const route of routes) {
    for (const role of roles) {
      const admitted = route.access === "public" || route.access === "signed-in" || route.access.includes(role);
      it(`${route.method} /api/${route.path} as ${role} → ${admitted ? "2xx" : "403"}`, async () => {
        const token = await api.token({ oid: personaFor[role], roles: [role] });
        const res = await send(route, (samples[route.name] as (f: Fixture, role: Role) => Sample)(await fixture(), role), token);
        if (admitted) expect(res.status, res.text).toBeGreaterThanOrEqual(200);
        if (admitted) expect(res.status, res.text).toBeLessThan(300);
        else expect(res.status, res.text).toBe(403);
      });
    }
  }
});

describe("tenant isolation on every route", () => {
  it("never lets tenant B list, read, change or delete tenant A's data", async () => {
    const outsider = await api.token({ oid: people.cio, tid: tenantB, roles: ["Portfolio.Manager", "Executive"] });
    const f = await fixture();
    // A's ETags are unique to its stored rows; the ids may be echoed back in a 404's detail.
    const aSecrets = [f.initiative.etag, f.metric.etag, f.risk.etag, f.assessment.etag, String(f.initiative.createdAt)];
    for (const route of routes) {
      if (route.access === "public") continue;
      const sample = (samples[route.name] as (f: Fixture, role: Role) => Sample)(f, "Portfolio.Manager");
      const res = await send(route, sample, outsider, tenantB);
      const text = res.text;
      for (const secret of aSecrets) expect(text, `${route.name} leaked ${secret}`).not.toContain(secret);
      if (/\{id\}/.test(route.path)) expect(res.status, `${route.name}: ${text}`).toBe(404);
      if (route.method === "GET" && res.status === 200 && route.name !== "me" && route.name !== "verifyAudit") {
        const body = res.json as { items?: unknown[]; initiatives?: unknown[] };
        if (body.items) expect(body.items.every((i) => (i as { tenantId?: string }).tenantId === undefined || (i as { tenantId?: string }).tenantId === tenantB)).toBe(true);
      }
    }
    // tenant A's data is untouched
    const still = await api.call("GET", `/api/initiatives/${f.initiative.id}`, { token: manager });
    expect(still.json).toMatchObject({ health: "on-track", stage: "idea" });
    expect(still.headers.get("etag")).toBe(f.initiative.etag);
  });
});
