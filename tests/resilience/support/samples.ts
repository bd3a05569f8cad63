import { z } from "zod";
import { initiativeBody, metricBody, people, riskBody, strategy } from "../../../api/test/support/fixtures";
import type { JsonClient } from "./http";

/** Entities a sample request can point at, with the ETags last read. */
export type Fixture = {
  initiative: Entity;
  metric: Entity;
  risk: Entity;
  assessment: Entity;
  snapshot: Entity;
  strategyEtag: string;
};
export type Entity = { id: string; etag: string };
export type Sample = { method: string; path: string; body?: unknown; ifMatch?: string };

const entity = z.object({ id: z.string(), etag: z.string() });
const dimensions = [
  "strategy",
  "value",
  "organisation",
  "people-culture",
  "governance",
  "engineering",
  "data",
];

export const assessmentBody = (period: string) => ({
  period,
  dimensions: dimensions.map((dimension) => ({ dimension, current: 2, target: 4 })),
});

/** A month no other sample uses, for entities whose id is their period. */
export const uniquePeriod = (n: number) =>
  `${2100 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
/** A month long past (snapshots are of months that have begun). */
export const pastPeriod = (n: number) =>
  `${2000 + Math.floor((n % 300) / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;

/**
 * A valid request for every route of the route table, for a caller holding both the
 * Portfolio.Manager and Executive roles (people.cio). `n` makes ids and periods unique.
 */
export const samples: Record<string, (f: Fixture, n: number) => Sample> = {
  health: () => ({ method: "GET", path: "/api/health" }),
  me: () => ({ method: "GET", path: "/api/me" }),
  getStrategy: () => ({ method: "GET", path: "/api/strategy" }),
  putStrategy: (f) => ({ method: "PUT", path: "/api/strategy", body: strategy(), ifMatch: f.strategyEtag }),
  listInitiatives: () => ({ method: "GET", path: "/api/initiatives?stage=idea&health=on-track" }),
  createInitiative: () => ({ method: "POST", path: "/api/initiatives", body: initiativeBody() }),
  getInitiative: (f) => ({ method: "GET", path: `/api/initiatives/${f.initiative.id}` }),
  updateInitiative: (f) => ({
    method: "PATCH",
    path: `/api/initiatives/${f.initiative.id}`,
    body: { health: "at-risk" },
    ifMatch: f.initiative.etag,
  }),
  retireInitiative: (f) => ({
    method: "POST",
    path: `/api/initiatives/${f.initiative.id}/retire`,
    body: { rationale: "Superseded by the group-wide programme" },
    ifMatch: f.initiative.etag,
  }),
  gateInitiative: (f) => ({
    method: "POST",
    path: `/api/initiatives/${f.initiative.id}/gate`,
    body: { to: "assessed", rationale: "Business case reviewed", riskOwnerSignOff: true },
    ifMatch: f.initiative.etag,
  }),
  listGateDecisions: (f) => ({ method: "GET", path: `/api/initiatives/${f.initiative.id}/gates` }),
  checkGate: (f) => ({
    method: "GET",
    path: `/api/initiatives/${f.initiative.id}/gate-check?to=assessed&riskOwnerSignOff=true`,
  }),
  putStatusUpdate: (f) => ({
    method: "PUT",
    path: `/api/initiatives/${f.initiative.id}/status-updates/2026-01`,
    body: { rag: "amber", narrative: "Vendor onboarding slipped two weeks" },
  }),
  listStatusUpdates: (f) => ({ method: "GET", path: `/api/status-updates?initiativeId=${f.initiative.id}` }),
  listDecisionRights: () => ({ method: "GET", path: "/api/decision-rights" }),
  putDecisionRight: () => ({
    method: "PUT",
    path: "/api/decision-rights/approve-pilot",
    body: { accountableId: people.cio, responsibleIds: [people.cfo] },
  }),
  listMetrics: (f) => ({ method: "GET", path: `/api/metrics?initiativeId=${f.initiative.id}` }),
  createMetric: (f) => ({ method: "POST", path: "/api/metrics", body: metricBody(f.initiative.id) }),
  getMetric: (f) => ({ method: "GET", path: `/api/metrics/${f.metric.id}` }),
  updateMetric: (f) => ({
    method: "PATCH",
    path: `/api/metrics/${f.metric.id}`,
    body: { target: 90 },
    ifMatch: f.metric.etag,
  }),
  deleteMetric: (f) => ({ method: "DELETE", path: `/api/metrics/${f.metric.id}`, ifMatch: f.metric.etag }),
  putObservation: (f) => ({
    method: "PUT",
    path: `/api/metrics/${f.metric.id}/observations/2026-04`,
    body: { value: 40 },
    ifMatch: f.metric.etag,
  }),
  patchObservations: (f) => ({
    method: "PATCH",
    path: `/api/metrics/${f.metric.id}/observations`,
    body: { observations: [{ period: "2026-05", value: 41 }] },
    ifMatch: f.metric.etag,
  }),
  listRisks: () => ({ method: "GET", path: "/api/risks?status=open" }),
  createRisk: (f) => ({ method: "POST", path: "/api/risks", body: riskBody(f.initiative.id) }),
  getRisk: (f) => ({ method: "GET", path: `/api/risks/${f.risk.id}` }),
  updateRisk: (f) => ({
    method: "PATCH",
    path: `/api/risks/${f.risk.id}`,
    body: { status: "mitigating" },
    ifMatch: f.risk.etag,
  }),
  deleteRisk: (f) => ({ method: "DELETE", path: `/api/risks/${f.risk.id}`, ifMatch: f.risk.etag }),
  listAssessments: () => ({ method: "GET", path: "/api/maturity-assessments" }),
  createAssessment: (_f, n) => ({
    method: "POST",
    path: "/api/maturity-assessments",
    body: assessmentBody(uniquePeriod(n)),
  }),
  getAssessment: (f) => ({ method: "GET", path: `/api/maturity-assessments/${f.assessment.id}` }),
  updateAssessment: (f) => ({
    method: "PATCH",
    path: `/api/maturity-assessments/${f.assessment.id}`,
    body: { notes: "Reviewed with the CIO" },
    ifMatch: f.assessment.etag,
  }),
  listResponses: () => ({ method: "GET", path: "/api/alignment-responses?cycle=2026-Q1" }),
  putResponse: (_f, n) => ({
    method: "PUT",
    path: `/api/alignment-responses/${2100 + n}-Q${(n % 4) + 1}/margin`,
    body: { importance: 4, expectedOutcome: "cost-reduction", confidence: 3 },
  }),
  listSnapshots: () => ({ method: "GET", path: "/api/snapshots?status=draft" }),
  createSnapshot: (_f, n) => ({
    method: "POST",
    path: "/api/snapshots",
    body: { period: pastPeriod(n + 150) },
  }),
  compareSnapshots: (f) => ({
    method: "GET",
    path: `/api/snapshots/compare?from=${f.snapshot.id}&to=${f.snapshot.id}`,
  }),
  verifySnapshots: () => ({ method: "GET", path: "/api/snapshots/verify" }),
  getSnapshot: (f) => ({ method: "GET", path: `/api/snapshots/${f.snapshot.id}` }),
  updateSnapshot: (f) => ({
    method: "PATCH",
    path: `/api/snapshots/${f.snapshot.id}`,
    body: { narrative: { commentary: "Two pilots moved to scaling." } },
    ifMatch: f.snapshot.etag,
  }),
  publishSnapshot: (f) => ({
    method: "POST",
    path: `/api/snapshots/${f.snapshot.id}/publish`,
    ifMatch: f.snapshot.etag,
  }),
  supersedeSnapshot: (f) => ({
    method: "POST",
    path: `/api/snapshots/${f.snapshot.id}/supersede`,
    body: { correctionReason: "The March benefits were double counted." },
  }),
  getBoard: () => ({ method: "GET", path: "/api/board" }),
  listAudit: (f) => ({ method: "GET", path: `/api/audit?entityId=${f.initiative.id}&limit=50` }),
  verifyAudit: () => ({ method: "GET", path: "/api/audit/verify" }),
};

/** The sample request of a route, by name; a route without one is a gap in this file. */
export function sampleOf(routeName: string, fixture: Fixture, n: number): Sample {
  const sample = samples[routeName];
  if (!sample)
    throw new Error(
      `no sample request for route '${routeName}': add one to tests/resilience/support/samples.ts`,
    );
  return sample(fixture, n);
}

/** Sends a sample with the caller's token, its If-Match and its JSON body. */
export function sendSample(call: JsonClient, sample: Sample, token: string) {
  return call(sample.method, sample.path, {
    token,
    body: sample.body,
    headers: sample.ifMatch === undefined ? {} : { "if-match": sample.ifMatch },
  });
}

async function created(call: JsonClient, token: string, path: string, body: unknown): Promise<Entity> {
  const res = await call("POST", path, { token, body });
  // A snapshot of a month that has a draft refreshes that draft (200).
  if (res.status !== 201 && res.status !== 200)
    throw new Error(`POST ${path} answered ${res.status}: ${res.text}`);
  return entity.parse(res.json);
}

/** Sets up the strategy profile (once) and a fresh initiative with a metric, a risk and an assessment. */
export async function createFixture(call: JsonClient, managerToken: string, n: number): Promise<Fixture> {
  let profile = await call("GET", "/api/strategy", { token: managerToken });
  if (profile.status === 404)
    profile = await call("PUT", "/api/strategy", { token: managerToken, body: strategy() });
  if (profile.status !== 200 && profile.status !== 201)
    throw new Error(`strategy: ${profile.status} ${profile.text}`);
  const initiative = await created(
    call,
    managerToken,
    "/api/initiatives",
    initiativeBody({ outcomeOwnerId: people.cfo }),
  );
  return {
    initiative,
    metric: await created(call, managerToken, "/api/metrics", metricBody(initiative.id)),
    risk: await created(call, managerToken, "/api/risks", riskBody(initiative.id, { ownerId: people.cfo })),
    assessment: await created(
      call,
      managerToken,
      "/api/maturity-assessments",
      assessmentBody(uniquePeriod(n)),
    ),
    snapshot: await created(call, managerToken, "/api/snapshots", { period: pastPeriod(n) }),
    strategyEtag: entity.parse(profile.json).etag,
  };
}
