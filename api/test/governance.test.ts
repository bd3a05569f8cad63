import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InitiativeInput } from "../src/domain/schemas";
import { startApi, type Harness } from "./support/apiHarness";
import { initiativeBody, people, strategy } from "./support/fixtures";

/** Decision rights (who decides a gate), monthly check-ins and the audit's field-level changes, over real HTTP. */
type Json = Record<string, unknown>;
type Entity = Json & { id: string; etag: string; stage: string };
type Problem = { detail: string; errors?: { path: string; message: string }[] };

const start = Date.parse("2026-11-15T10:00:00.000Z");
let ticks = 0;
let api: Harness;
let cio: string;
let cfo: string;
let ciso: string;
let coo: string;

beforeAll(async () => {
  api = await startApi({ now: () => new Date(start + 1000 * ticks++) });
  cio = await api.token({ oid: people.cio, roles: ["Portfolio.Manager", "Executive"] });
  cfo = await api.token({ oid: people.cfo, roles: ["Executive"] });
  ciso = await api.token({ oid: people.ciso, roles: ["Executive"] });
  coo = await api.token({ oid: people.coo, roles: ["Executive"] });
  expect((await api.call("PUT", "/api/strategy", { token: cio, body: strategy() })).status).toBe(201);
});
afterAll(() => api.close());

let titles = 0;
async function create(overrides: Partial<InitiativeInput> = {}): Promise<Entity> {
  titles++;
  const res = await api.call("POST", "/api/initiatives", { token: cio, body: initiativeBody({ title: `Governance case ${titles}`, ...overrides }) });
  expect(res.status, res.text).toBe(201);
  return res.json as Entity;
}

const putRight = (type: string, body: unknown, token = cio, ifMatch?: string) =>
  api.call("PUT", `/api/decision-rights/${type}`, { token, body, headers: ifMatch ? { "if-match": ifMatch } : {} });
const gate = (entity: Entity, body: Json, token: string) =>
  api.call("POST", `/api/initiatives/${entity.id}/gate`, { token, body: { rationale: "Decided", ...body }, headers: { "if-match": entity.etag } });

describe("decision rights", () => {
  it("are set by the portfolio office, one Accountable each, created without and replaced with If-Match", async () => {
    expect((await api.call("GET", "/api/decision-rights", { token: cfo })).json).toEqual({ items: [] });
    expect((await putRight("scale", { accountableId: people.cfo }, cfo)).status).toBe(403);
    const created = await putRight("scale", { accountableId: people.coo, consultedIds: [people.cfo, people.ciso] });
    expect(created.status, created.text).toBe(201);
    expect(created.headers.get("location")).toBe("/api/decision-rights/scale");
    expect(created.json).toMatchObject({
      id: "scale",
      decisionType: "scale",
      accountableId: people.coo,
      responsibleIds: [],
      consultedIds: [people.cfo, people.ciso],
      informedIds: [],
    });
    const etag = created.headers.get("etag") as string;

    expect((await putRight("scale", { accountableId: people.cio })).status).toBe(428);
    const twoAccountable = await putRight("scale", { accountableId: [people.cio, people.cfo] }, cio, etag);
    expect(twoAccountable.status).toBe(400);
    expect((twoAccountable.json as Problem).errors?.map((e) => e.path)).toEqual(["accountableId"]);
    const renamed = await putRight("scale", { decisionType: "retire", accountableId: people.cio }, cio, etag);
    expect((renamed.json as Problem).errors?.map((e) => e.path)).toEqual(["decisionType"]);
    expect((await putRight("approve-everything", { accountableId: people.cio })).status).toBe(400);

    const replaced = await putRight("scale", { accountableId: people.ciso, informedIds: [people.board] }, cio, etag);
    expect(replaced.status, replaced.text).toBe(200);
    expect(replaced.json).toMatchObject({ accountableId: people.ciso, consultedIds: [], informedIds: [people.board] });
    const stale = await putRight("scale", { accountableId: people.cio }, cio, etag);
    expect(stale.status).toBe(412);
    expect((await putRight("reject", { accountableId: people.cfo }, cio, "no-such-etag")).status).toBe(404);

    const list = (await api.call("GET", "/api/decision-rights", { token: coo })).json as { items: Json[] };
    expect(list.items.map((r) => [r.decisionType, r.accountableId])).toEqual([["scale", people.ciso]]);
    const audit = (await api.call("GET", "/api/audit?entityId=scale", { token: cio })).json as { items: { action: string; changes: unknown }[] };
    expect(audit.items.map((e) => e.action)).toEqual(["update", "create"]);
    expect(audit.items[0]?.changes).toEqual([
      { path: "accountableId", before: people.coo, after: people.ciso },
      { path: "consultedIds", before: [people.cfo, people.ciso], after: [] },
      { path: "informedIds", before: [], after: [people.board] },
    ]);
  });

  it("let only the Accountable take the decision; without a right, the portfolio office takes it", async () => {
    const right = await putRight("approve-pilot", { accountableId: people.ciso, responsibleIds: [people.cio] });
    expect(right.status, right.text).toBe(201);
    const assessed = await create({ stage: "assessed", euAiActTier: "minimal", riskOwnerId: people.ciso });

    const byManager = await gate(assessed, { to: "approved-for-pilot", riskOwnerSignOff: true }, cio);
    expect(byManager.status).toBe(403);
    expect((byManager.json as Problem).detail).toBe(
      `only the Accountable for 'approve-pilot' (${people.ciso}) decides a move from assessed to approved-for-pilot`,
    );
    expect((await gate(assessed, { to: "approved-for-pilot", riskOwnerSignOff: true }, cfo)).status).toBe(403);
    const check = await api.call("GET", `/api/initiatives/${assessed.id}/gate-check?to=approved-for-pilot`, { token: ciso });
    expect(check.json).toMatchObject({ decisionType: "approve-pilot", accountableId: people.ciso, canDecide: true, ready: true });

    // The Accountable is the risk owner here: deciding is signing off.
    const byAccountable = await gate(assessed, { to: "approved-for-pilot" }, ciso);
    expect(byAccountable.status, byAccountable.text).toBe(200);
    const approved = byAccountable.json as { initiative: Entity; gateDecision: Json };
    expect(approved.gateDecision).toMatchObject({
      decidedBy: people.ciso,
      decisionType: "approve-pilot",
      riskOwnerSignOff: { riskOwnerId: people.ciso, recordedBy: people.ciso, onBehalf: false },
    });

    // No right for "reject" yet: the portfolio manager decides, an executive may not.
    const idea = await create();
    expect((await gate(idea, { to: "rejected" }, cfo)).status).toBe(403);
    expect((await gate(idea, { to: "on-hold" }, ciso)).status).toBe(403);
    const rejected = await gate(idea, { to: "rejected" }, cio);
    expect(rejected.status, rejected.text).toBe(200);
    expect((rejected.json as { gateDecision: Json }).gateDecision).toMatchObject({ decisionType: "reject", checklist: [{ item: "transition", met: true }] });
  });
});

describe("monthly check-ins", () => {
  const update = (id: string, month: string, body: unknown, token: string, ifMatch?: string) =>
    api.call("PUT", `/api/initiatives/${id}/status-updates/${month}`, { token, body, headers: ifMatch ? { "if-match": ifMatch } : {} });

  it("are written by the outcome owner or the portfolio office, one per initiative and month", async () => {
    const pilot = await create({ stage: "pilot", outcomeOwnerId: people.cfo });
    const created = await update(pilot.id, "2026-11", { rag: "amber", narrative: "Two sites live", blockers: "Vendor contract" }, cfo);
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({
      id: `${pilot.id}.2026-11`,
      initiativeId: pilot.id,
      period: "2026-11",
      rag: "amber",
      narrative: "Two sites live",
      blockers: "Vendor contract",
      decisionsNeeded: "",
      createdBy: people.cfo,
    });
    const etag = created.headers.get("etag") as string;
    expect((await update(pilot.id, "2026-11", { rag: "green", narrative: "Blind" }, cfo)).status).toBe(428);
    const replaced = await update(pilot.id, "2026-11", { rag: "green", narrative: "Three sites live" }, cio, etag);
    expect(replaced.status, replaced.text).toBe(200);
    expect(replaced.json).toMatchObject({ rag: "green", narrative: "Three sites live", blockers: "", updatedBy: people.cio, createdBy: people.cfo });
    expect((await update(pilot.id, "2026-11", { rag: "red", narrative: "Stale" }, cfo, etag)).status).toBe(412);

    expect((await update(pilot.id, "2026-10", { rag: "green", narrative: "Not mine" }, coo)).status).toBe(403);
    const board = await api.token({ oid: people.board, roles: ["Board.Member"] });
    expect((await update(pilot.id, "2026-10", { rag: "green", narrative: "Board" }, board)).status).toBe(403);
    const future = await update(pilot.id, "2026-12", { rag: "green", narrative: "Too early" }, cfo);
    expect(future.status).toBe(400);
    expect((future.json as Problem).errors).toEqual([{ path: "period", message: "2026-12 is in the future" }]);
    expect((await update(pilot.id, "2026-13", { rag: "green", narrative: "x" }, cfo)).status).toBe(400);
    const invalid = await update(pilot.id, "2026-10", { rag: "blue", narrative: "", period: "2026-09" }, cfo);
    expect((invalid.json as Problem).errors?.map((e) => e.path).sort()).toEqual(["narrative", "period", "rag"]);
    expect((await update("no-such-initiative", "2026-10", { rag: "green", narrative: "x" }, cio)).status).toBe(404);

    expect((await update(pilot.id, "2026-10", { rag: "green", narrative: "One site live" }, cfo)).status).toBe(201);
    const mine = (await api.call("GET", `/api/status-updates?initiativeId=${pilot.id}`, { token: coo })).json as { items: Json[] };
    expect(mine.items.map((s) => [s.period, s.rag])).toEqual([
      ["2026-10", "green"],
      ["2026-11", "green"],
    ]);
    const october = (await api.call("GET", `/api/status-updates?initiativeId=${pilot.id}&period=2026-10`, { token: cio })).json as { items: Json[] };
    expect(october.items.map((s) => s.id)).toEqual([`${pilot.id}.2026-10`]);
    expect((await api.call("GET", "/api/status-updates?period=November", { token: cio })).status).toBe(400);
  });

  it("show on the board who still owes this month's check-in", async () => {
    const department = "Check-ins";
    const reported = await create({ department, stage: "production", outcomeOwnerId: people.coo });
    const owed = await create({ department, stage: "scaling", outcomeOwnerId: people.cfo, title: "Claims triage" });
    await create({ department, stage: "idea", outcomeOwnerId: people.cfo });
    expect((await update(reported.id, "2026-11", { rag: "green", narrative: "Steady" }, coo)).status).toBe(201);

    const res = await api.call("GET", `/api/board?department=${department}`, { token: cfo });
    expect(res.status, res.text).toBe(200);
    const view = res.json as { checkIns: Json; owners: { ownerId: string; checkInsMissing: number; checkInsLate: number }[] };
    // Both were created this month, so October was not owed: the scaling one is missing, not late.
    expect(view.checkIns).toEqual({
      period: "2026-11",
      dueBy: "2026-11-30",
      due: 2,
      done: 1,
      missing: [{ initiativeId: owed.id, title: "Claims triage", outcomeOwnerId: people.cfo, lastReported: null }],
      late: [],
    });
    const byOwner = Object.fromEntries(view.owners.map((o) => [o.ownerId, [o.checkInsMissing, o.checkInsLate]]));
    expect(byOwner[people.cfo]).toEqual([1, 0]);
    expect(byOwner[people.coo]).toEqual([0, 0]);
    // A month later the November gap makes December's late.
    const december = (await api.call("GET", `/api/board?department=${department}&period=2026-12`, { token: cfo })).json as {
      checkIns: { late: { initiativeId: string }[]; missing: { initiativeId: string }[] };
    };
    expect(december.checkIns.late.map((i) => i.initiativeId)).toEqual([owed.id]);
    expect(december.checkIns.missing.map((i) => i.initiativeId)).toEqual([reported.id]);
  });
});

describe("the activity view's changes", () => {
  it("lists each audited write's field-level changes, newest first", async () => {
    const idea = await create();
    const patched = await api.call("PATCH", `/api/initiatives/${idea.id}`, {
      token: cio,
      body: { health: "at-risk", tags: ["ocr"] },
      headers: { "if-match": idea.etag },
    });
    expect(patched.status).toBe(200);
    const items = ((await api.call("GET", `/api/audit?entityId=${idea.id}`, { token: cfo })).json as {
      items: { action: string; changes: { path: string }[] }[];
    }).items;
    expect(items[0]).toMatchObject({
      action: "update",
      changes: [
        { path: "tags", before: [], after: ["ocr"] },
        { path: "health", before: "on-track", after: "at-risk" },
      ],
    });
    expect(items[1]?.action).toBe("create");
    expect(items[1]?.changes.map((c) => c.path)).toEqual(expect.arrayContaining(["title", "stage", "outcomeOwnerId"]));
    expect(items[1]?.changes.map((c) => c.path)).not.toContain("createdAt");
  });
});
