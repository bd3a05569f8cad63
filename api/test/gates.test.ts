import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InitiativeInput } from "../src/domain/schemas";
import { startApi, tenantA, type Harness } from "./support/apiHarness";
import { initiativeBody, metricBody, people, riskBody, strategy } from "./support/fixtures";

/**
 * Stage gates over real HTTP: every rule refuses with exactly the missing items and writes
 * nothing; an accepted move writes the stage, the gate decision and their audit events in one
 * transaction. No decision rights are defined in this tenant, so the portfolio manager decides
 * (decision rights themselves: governance.test.ts).
 */
type Json = Record<string, unknown>;
type Entity = Json & { id: string; etag: string; stage: string };
type Problem = { status: number; title: string; errors?: { path: string; message: string }[] };

/** Mid-November 2026, a second later at every reading, so decisions have an order. */
const start = Date.parse("2026-11-15T10:00:00.000Z");
let ticks = 0;
const tenantC = "c0000000-0000-4000-8000-00000000000c";
let api: Harness;
let cio: string;
let cfo: string;
let titles = 0;

beforeAll(async () => {
  api = await startApi({ now: () => new Date(start + 1000 * ticks++) });
  cio = await api.token({ oid: people.cio, roles: ["Portfolio.Manager", "Executive"] });
  cfo = await api.token({ oid: people.cfo, roles: ["Executive"] });
  expect((await api.call("PUT", "/api/strategy", { token: cio, body: strategy() })).status).toBe(201);
});
afterAll(() => api.close());

/** An initiative in Finance (so the default text never makes duplicates across departments). */
async function create(overrides: Partial<InitiativeInput> = {}, token = cio): Promise<Entity> {
  titles++;
  const res = await api.call("POST", "/api/initiatives", { token, body: initiativeBody({ title: `Gate case ${titles}`, ...overrides }) });
  expect(res.status, res.text).toBe(201);
  return res.json as Entity;
}

async function post(path: string, body: unknown, token = cio): Promise<Entity> {
  const res = await api.call("POST", path, { token, body });
  expect(res.status, res.text).toBe(201);
  return res.json as Entity;
}

function gate(id: string, etag: string | undefined, body: unknown, token = cio) {
  return api.call("POST", `/api/initiatives/${id}/gate`, { token, body, headers: etag === undefined ? {} : { "if-match": etag } });
}

/** Moves and returns the initiative as it is after the move. */
async function move(entity: Entity, to: string, extra: Json = {}): Promise<{ initiative: Entity; gateDecision: Json }> {
  const res = await gate(entity.id, entity.etag, { to, rationale: `Ready for ${to}`, riskOwnerSignOff: true, ...extra });
  expect(res.status, res.text).toBe(200);
  const body = res.json as { initiative: Entity; gateDecision: Json };
  expect(res.headers.get("etag")).toBe(body.initiative.etag);
  return body;
}

const read = async (id: string) => {
  const res = await api.call("GET", `/api/initiatives/${id}`, { token: cio });
  return { ...(res.json as Entity), etag: res.headers.get("etag") as string };
};
const gatesOf = async (id: string) =>
  ((await api.call("GET", `/api/initiatives/${id}/gates`, { token: cfo })).json as { items: Json[] }).items;
const auditHead = async (token = cio) =>
  ((await api.call("GET", "/api/audit?limit=1", { token })).json as { items: { seq: number }[] }).items[0]?.seq ?? 0;

/** Sends the move, expects a 409 naming exactly `missing`, and checks that nothing was written. */
async function refused(entity: Entity, body: Json, missing: string[]): Promise<Problem> {
  const head = await auditHead();
  const gatesBefore = (await gatesOf(entity.id)).length;
  const res = await gate(entity.id, entity.etag, { rationale: "Try", ...body });
  expect(res.status, res.text).toBe(409);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const problem = res.json as Problem;
  expect((problem.errors ?? []).map((e) => e.path)).toEqual(missing.map((item) => `checklist.${item}`));
  const now = await read(entity.id);
  expect([now.etag, now.stage]).toEqual([entity.etag, entity.stage]);
  expect(await gatesOf(entity.id)).toHaveLength(gatesBefore);
  expect(await auditHead()).toBe(head);
  return problem;
}

const pilotPlan = (metricId: string, decision: string) => ({
  hypothesis: "Automatic matching halves the manual effort",
  exitCriteria: [{ metricId, description: "Match rate at least 60 %", threshold: 60 }],
  budgetCap: 40_000,
  decisionDate: "2026-10-31",
  decision,
});

async function patch(entity: { id: string; etag: string }, path: string, body: Json, token = cio) {
  const res = await api.call(path.includes("observations") ? "PUT" : "PATCH", path, { token, body, headers: { "if-match": entity.etag } });
  expect(res.status, res.text).toBe(200);
  return { ...(res.json as Entity), etag: res.headers.get("etag") as string };
}

describe("an initiative through every gate", () => {
  it("moves idea → production one step at a time, each move with its gate decision and audit in one transaction", async () => {
    let initiative = await create({ euAiActTier: "limited" });
    const first = await move(initiative, "assessed", { riskOwnerSignOff: undefined });
    expect(first.initiative).toMatchObject({ stage: "assessed", updatedBy: people.cio });
    expect(first.gateDecision).toEqual({
      id: expect.any(String),
      tenantId: tenantA,
      initiativeId: initiative.id,
      from: "idea",
      to: "assessed",
      decisionType: null,
      checklist: [{ item: "transition", met: true, detail: "idea → assessed: the next step on the path" }],
      riskOwnerSignOff: null,
      acknowledgedDuplicates: [],
      decidedBy: people.cio,
      decidedAt: expect.stringMatching(/^2026-11-15T10:/),
      rationale: "Ready for assessed",
      createdAt: first.gateDecision.decidedAt,
      createdBy: people.cio,
      updatedAt: first.gateDecision.decidedAt,
      updatedBy: people.cio,
    });

    const approved = await move(first.initiative, "approved-for-pilot");
    expect(approved.gateDecision).toMatchObject({
      decisionType: "approve-pilot",
      riskOwnerSignOff: { riskOwnerId: people.ciso, recordedBy: people.cio, onBehalf: true },
      checklist: [
        { item: "transition", met: true },
        { item: "risk-owner-sign-off", met: true },
        { item: "eu-ai-act-tier", met: true, detail: "EU AI Act tier assessed: limited" },
        { item: "duplicate-check", met: true, detail: "no possible duplicate found in other departments" },
      ],
    });

    const metric = await post("/api/metrics", metricBody(initiative.id), cfo);
    const piloting = await move(approved.initiative, "pilot");
    expect(piloting.gateDecision.checklist).toContainEqual({ item: "success-metrics", met: true, detail: "1 success metric with baseline and target" });

    initiative = await patch(piloting.initiative, `/api/initiatives/${initiative.id}`, { pilot: pilotPlan(metric.id, "scale") }, cfo);
    await patch(metric, `/api/metrics/${metric.id}/observations/2026-10`, { value: 65 }, cfo);
    await post("/api/risks", riskBody(initiative.id, { likelihood: 5, impact: 4, status: "mitigating", plan: "Mask supplier data" }));
    const scaling = await move(initiative, "scaling");
    expect(scaling.gateDecision).toMatchObject({ decisionType: "scale", from: "pilot", to: "scaling" });
    expect((scaling.gateDecision.checklist as { met: boolean }[]).every((c) => c.met)).toBe(true);
    expect((scaling.gateDecision.checklist as { item: string }[]).map((c) => c.item)).toEqual([
      "transition",
      "risk-owner-sign-off",
      "eu-ai-act-tier",
      "duplicate-check",
      "success-metrics",
      "pilot-exit-criteria",
      "pilot-decision",
      "critical-risks",
    ]);
    const production = await move(scaling.initiative, "production");
    expect(production.initiative.stage).toBe("production");

    const decisions = await gatesOf(initiative.id);
    expect(decisions.map((d) => d.to)).toEqual(["assessed", "approved-for-pilot", "pilot", "scaling", "production"]);
    expect(decisions[4]).toEqual({ ...production.gateDecision, etag: expect.any(String) });

    const events = ((await api.call("GET", `/api/audit?entityId=${initiative.id}`, { token: cio })).json as { items: Json[] }).items;
    expect(events.map((e) => e.action)).toEqual(["gate", "gate", "update", "gate", "gate", "gate", "create"]);
    expect(events[0]?.changes).toEqual([{ path: "stage", before: "scaling", after: "production" }]);
    // The stage and its gate decision were committed together: consecutive events, one instant.
    const decisionEvent = ((await api.call("GET", `/api/audit?entityId=${String(production.gateDecision.id)}`, { token: cio })).json as {
      items: Json[];
    }).items;
    expect(decisionEvent).toHaveLength(1);
    expect(decisionEvent[0]).toMatchObject({ action: "gate", entityType: "gate-decision", before: null, seq: Number(events[0]?.seq) + 1, at: events[0]?.at });
    expect((await api.call("GET", "/api/audit/verify", { token: cio })).json).toMatchObject({ intact: true });
  });
});

describe("refused moves", () => {
  it("names the forbidden transition and every missing item of the target stage, writing nothing", async () => {
    const idea = await create();
    const problem = await refused(idea, { to: "pilot" }, ["transition", "risk-owner-sign-off", "eu-ai-act-tier", "success-metrics"]);
    expect(problem.errors?.[0]?.message).toBe("idea → pilot is not allowed; from idea it may move to assessed, on-hold, rejected, retired");
  });

  it("refuses approval for a pilot without the risk owner's sign-off and an assessed EU AI Act tier", async () => {
    const assessed = await create({ stage: "assessed" });
    const problem = await refused(assessed, { to: "approved-for-pilot" }, ["risk-owner-sign-off", "eu-ai-act-tier"]);
    expect(problem.errors).toEqual([
      {
        path: "checklist.risk-owner-sign-off",
        message: `the risk owner ${people.ciso} has not signed off: confirm their sign-off (riskOwnerSignOff: true)`,
      },
      { path: "checklist.eu-ai-act-tier", message: "the EU AI Act risk tier has not been assessed" },
    ]);
    const prohibited = await create({ stage: "assessed", euAiActTier: "prohibited" });
    await refused(prohibited, { to: "approved-for-pilot", riskOwnerSignOff: true }, ["eu-ai-act-tier"]);
  });

  it("refuses the pilot without a success metric", async () => {
    const approved = await create({ stage: "approved-for-pilot", euAiActTier: "minimal" });
    await refused(approved, { to: "pilot", riskOwnerSignOff: true }, ["success-metrics"]);
  });

  it("refuses scaling until the exit criteria are met, the pilot says scale and Critical risks are treated", async () => {
    let pilot = await create({ stage: "pilot", euAiActTier: "high" });
    const metric = await post("/api/metrics", metricBody(pilot.id));
    pilot = await patch(pilot, `/api/initiatives/${pilot.id}`, { pilot: pilotPlan(metric.id, "pending") });
    const observed = await patch(metric, `/api/metrics/${metric.id}/observations/2026-10`, { value: 50 });
    const risk = await post("/api/risks", riskBody(pilot.id, { title: "Invoices leak to the vendor", likelihood: 5, impact: 4 }));
    const problem = await refused(pilot, { to: "scaling", riskOwnerSignOff: true }, ["pilot-exit-criteria", "pilot-decision", "critical-risks"]);
    expect(problem.errors?.map((e) => e.message)).toEqual([
      '"Match rate at least 60 %": Invoices matched automatically is 50 % (2026-10), threshold 60 % (at least)',
      "the pilot decision is 'pending', not 'scale'",
      `open Critical risks without an accepted treatment: "Invoices leak to the vendor" (${risk.id})`,
    ]);

    // Mend each item; then the same move goes through.
    await patch(observed, `/api/metrics/${metric.id}/observations/2026-11`, { value: 61 });
    pilot = await patch(pilot, `/api/initiatives/${pilot.id}`, { pilot: pilotPlan(metric.id, "scale") });
    await refused(pilot, { to: "scaling", riskOwnerSignOff: true }, ["critical-risks"]);
    await patch(risk, `/api/risks/${risk.id}`, { status: "mitigating", plan: "Redact bank details before the call" });
    expect((await move(pilot, "scaling")).initiative.stage).toBe("scaling");
  });

  it("takes no other stage back from on hold than the one it interrupted", async () => {
    const approved = await create({ stage: "approved-for-pilot", euAiActTier: "minimal" });
    await post("/api/metrics", metricBody(approved.id));
    const piloting = await move(approved, "pilot");
    const held = await move(piloting.initiative, "on-hold", { riskOwnerSignOff: undefined });
    expect(held.gateDecision).toMatchObject({ decisionType: null, checklist: [{ item: "transition", met: true }] });
    const problem = await refused(held.initiative, { to: "scaling" }, ["transition", "risk-owner-sign-off", "pilot-exit-criteria", "pilot-decision"]);
    expect(problem.errors?.[0]?.message).toBe("on-hold → scaling is not allowed; from on-hold it may move to pilot, rejected, retired");
    const resumed = await move(held.initiative, "pilot");
    expect(resumed.gateDecision).toMatchObject({ from: "on-hold", to: "pilot", decisionType: null });
  });
});

describe("possible duplicates", () => {
  const drone = {
    title: "Drone stock count",
    problemStatement: "Count pallets in the warehouse from drone footage with computer vision.",
    stage: "assessed" as const,
    euAiActTier: "minimal" as const,
  };

  it("refuses approval until the duplicates are acknowledged with a note, which later gates of either side honour", async () => {
    const logistics = await api.call("POST", "/api/initiatives", { token: cio, body: initiativeBody({ ...drone, department: "Logistics" }) });
    const retail = await api.call("POST", "/api/initiatives", { token: cio, body: initiativeBody({ ...drone, department: "Retail" }) });
    const mine = logistics.json as Entity;
    const theirs = retail.json as Entity;
    const problem = await refused(mine, { to: "approved-for-pilot", riskOwnerSignOff: true }, ["duplicate-check"]);
    expect(problem.errors?.[0]?.message).toBe(
      `possible duplicates not yet acknowledged: "Drone stock count" (Retail, ${theirs.id}); acknowledge them with a note`,
    );

    const noNote = await gate(mine.id, mine.etag, {
      to: "approved-for-pilot",
      rationale: "r",
      riskOwnerSignOff: true,
      checklist: { "duplicate-check": { acknowledges: [theirs.id] } },
    });
    expect(noNote.status).toBe(400);
    expect((noNote.json as Problem).errors?.map((e) => e.path)).toEqual(["checklist.duplicate-check.note"]);
    const wrongItem = await gate(mine.id, mine.etag, {
      to: "approved-for-pilot",
      rationale: "r",
      riskOwnerSignOff: true,
      checklist: { "eu-ai-act-tier": { note: "n", acknowledges: [theirs.id] }, "pilot-decision": { note: "n" } },
    });
    expect(wrongItem.status).toBe(400);
    expect((wrongItem.json as Problem).errors?.map((e) => e.path)).toEqual(["checklist.eu-ai-act-tier.acknowledges"]);
    const strayNote = await gate(mine.id, mine.etag, {
      to: "approved-for-pilot",
      rationale: "r",
      riskOwnerSignOff: true,
      checklist: { "pilot-decision": { note: "n" } },
    });
    expect(strayNote.status).toBe(400);
    expect((strayNote.json as Problem).errors?.map((e) => e.path)).toEqual(["checklist.pilot-decision"]);

    const note = "Retail counts shelves in stores; Logistics counts pallets in warehouses";
    const approved = await move(mine, "approved-for-pilot", { checklist: { "duplicate-check": { note, acknowledges: [theirs.id] } } });
    expect(approved.gateDecision).toMatchObject({
      acknowledgedDuplicates: [theirs.id],
      checklist: expect.arrayContaining([
        {
          item: "duplicate-check",
          met: true,
          detail: `possible duplicates acknowledged: "Drone stock count" (Retail, ${theirs.id})`,
          note,
        },
      ]),
    });
    // The pair is resolved for the other side's gate too.
    const other = await move(theirs, "approved-for-pilot");
    expect(other.gateDecision).toMatchObject({ acknowledgedDuplicates: [] });
  });
});

describe("optimistic concurrency and input on the gate", () => {
  it("requires If-Match (428), refuses a stale one (412), and writes nothing either way", async () => {
    const idea = await create();
    const head = await auditHead();
    expect((await gate(idea.id, undefined, { to: "assessed", rationale: "r" })).status).toBe(428);
    const moved = await move(idea, "assessed", { riskOwnerSignOff: undefined });
    const stale = await gate(idea.id, idea.etag, { to: "approved-for-pilot", rationale: "r", riskOwnerSignOff: true });
    expect(stale.status).toBe(412);
    expect((await read(idea.id)).etag).toBe(moved.initiative.etag);
    expect(await gatesOf(idea.id)).toHaveLength(1);
    expect(await auditHead()).toBe(head + 2);

    const retireBlind = await api.call("POST", `/api/initiatives/${idea.id}/retire`, { token: cio, body: { rationale: "r" } });
    expect(retireBlind.status).toBe(428);
    const retireStale = await api.call("POST", `/api/initiatives/${idea.id}/retire`, {
      token: cio,
      body: { rationale: "r" },
      headers: { "if-match": idea.etag },
    });
    expect(retireStale.status).toBe(412);
    expect(await auditHead()).toBe(head + 2);
  });

  it("answers invalid requests with 400 and unknown initiatives with 404", async () => {
    const idea = await create();
    const bad = await gate(idea.id, idea.etag, { to: "flying", rationale: "", surprise: 1 });
    expect(bad.status).toBe(400);
    expect((bad.json as Problem).errors?.map((e) => e.path).sort()).toEqual(["rationale", "surprise", "to"]);
    expect((await gate("no-such-initiative", "x", { to: "assessed", rationale: "r" })).status).toBe(404);
    expect((await api.call("GET", "/api/initiatives/no-such-initiative/gates", { token: cio })).status).toBe(404);
    expect((await api.call("GET", "/api/initiatives/no-such-initiative/gate-check?to=assessed", { token: cio })).status).toBe(404);
  });
});

describe("retiring", () => {
  it("is the gate move to retired, and a retired initiative moves no more", async () => {
    const pilot = await create({ stage: "pilot" });
    const res = await api.call("POST", `/api/initiatives/${pilot.id}/retire`, {
      token: cio,
      body: { rationale: "Superseded" },
      headers: { "if-match": pilot.etag },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ id: pilot.id, stage: "retired" });
    expect(await gatesOf(pilot.id)).toMatchObject([{ from: "pilot", to: "retired", decisionType: "retire", rationale: "Superseded" }]);
    const retired = await read(pilot.id);
    const again = await api.call("POST", `/api/initiatives/${pilot.id}/retire`, {
      token: cio,
      body: { rationale: "Twice" },
      headers: { "if-match": retired.etag },
    });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ errors: [{ path: "checklist.transition", message: "a retired initiative is closed; its stage no longer changes" }] });
  });
});

describe("gate check", () => {
  it("answers what a move would check, and whether the caller may decide it, without writing", async () => {
    const assessed = await create({ stage: "assessed", euAiActTier: "minimal" });
    const head = await auditHead();
    const res = await api.call("GET", `/api/initiatives/${assessed.id}/gate-check?to=approved-for-pilot`, { token: cfo });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({
      initiativeId: assessed.id,
      etag: assessed.etag,
      from: "assessed",
      to: "approved-for-pilot",
      allowed: ["approved-for-pilot", "on-hold", "rejected", "retired"],
      decisionType: "approve-pilot",
      accountableId: null,
      canDecide: false,
      ready: false,
      checklist: [
        { item: "transition", met: true, detail: "assessed → approved-for-pilot: the next step on the path" },
        {
          item: "risk-owner-sign-off",
          met: false,
          detail: `the risk owner ${people.ciso} has not signed off: confirm their sign-off (riskOwnerSignOff: true)`,
        },
        { item: "eu-ai-act-tier", met: true, detail: "EU AI Act tier assessed: minimal" },
        { item: "duplicate-check", met: true, detail: "no possible duplicate found in other departments" },
      ],
    });
    const signed = await api.call("GET", `/api/initiatives/${assessed.id}/gate-check?to=approved-for-pilot&riskOwnerSignOff=true`, { token: cio });
    expect(signed.json).toMatchObject({ canDecide: true, ready: true });
    expect((await api.call("GET", `/api/initiatives/${assessed.id}/gate-check`, { token: cio })).status).toBe(400);
    expect((await api.call("GET", `/api/initiatives/${assessed.id}/gate-check?to=nowhere`, { token: cio })).status).toBe(400);
    expect(await auditHead()).toBe(head);
  });
});

describe("audit chain", () => {
  it("detects a gate decision edited in storage", async () => {
    const manager = await api.token({ oid: people.cio, tid: tenantC, roles: ["Portfolio.Manager"] });
    expect((await api.call("PUT", "/api/strategy", { token: manager, body: strategy() })).status).toBe(201);
    const created = await api.call("POST", "/api/initiatives", { token: manager, body: initiativeBody() });
    const idea = created.json as Entity;
    const moved = await gate(idea.id, idea.etag, { to: "assessed", rationale: "Scored in the portfolio review" }, manager);
    expect(moved.status).toBe(200);
    const decisionId = String((moved.json as { gateDecision: Json }).gateDecision.id);
    const [event] = ((await api.call("GET", `/api/audit?entityId=${decisionId}`, { token: manager })).json as { items: { seq: number }[] }).items;
    expect((await api.call("GET", "/api/audit/verify", { token: manager })).json).toMatchObject({ intact: true, events: 4 });

    const rowKey = `audit|${String(event?.seq).padStart(12, "0")}`;
    const row = await api.services.storage.table.getEntity<Record<string, unknown>>(tenantC, rowKey);
    const doc = JSON.parse(String(row.doc)) as { after: { rationale: string } };
    doc.after.rationale = "Approved by the board";
    await api.services.storage.table.updateEntity({ partitionKey: tenantC, rowKey, doc: JSON.stringify(doc) }, "Merge");
    const verify = await api.call("GET", "/api/audit/verify", { token: manager });
    expect(verify.json).toEqual({ intact: false, events: 4, firstBreak: { seq: event?.seq, reason: "hash" } });
  });
});
