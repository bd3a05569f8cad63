import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initiativeBody, metricBody, people, riskBody, strategy } from "./support/fixtures";
import { startApi, tenantB, type Harness } from "./support/apiHarness";

type Json = Record<string, unknown> & { id: string; etag: string };
let api: Harness;
let cio: string;
let cfo: string;
let ciso: string;
let coo: string;
let cioB: string;
let initiativeId: string;

const dimensions = [
  "strategy",
  "value",
  "organisation",
  "people-culture",
  "governance",
  "engineering",
  "data",
] as const;
const assessment = (period: string, current: number) => ({
  period,
  dimensions: dimensions.map((dimension) => ({
    dimension,
    current,
    target: 4,
    evidence: `evidence for ${dimension}`,
  })),
});

beforeAll(async () => {
  api = await startApi();
  cio = await api.token({ oid: people.cio, roles: ["Portfolio.Manager", "Executive"] });
  cfo = await api.token({ oid: people.cfo, roles: ["Executive"] });
  ciso = await api.token({ oid: people.ciso, roles: ["Executive"] });
  coo = await api.token({ oid: people.coo, roles: ["Executive"] });
  cioB = await api.token({ oid: people.cio, tid: tenantB, roles: ["Portfolio.Manager", "Executive"] });
  expect((await api.call("PUT", "/api/strategy", { token: cio, body: strategy() })).status).toBe(201);
  const created = await api.call("POST", "/api/initiatives", { token: cio, body: initiativeBody() });
  initiativeId = (created.json as Json).id;
});
afterAll(() => api.close());

const auditCount = async (entityId: string) =>
  ((await api.call("GET", `/api/audit?entityId=${entityId}`, { token: cio })).json as { items: unknown[] })
    .items.length;

describe("strategy profile", () => {
  it("is read by executives, replaced only with If-Match, and refuses invalid data", async () => {
    const read = await api.call("GET", "/api/strategy", { token: cfo });
    expect(read.status).toBe(200);
    const etag = read.headers.get("etag") as string;
    expect((await api.call("PUT", "/api/strategy", { token: cio, body: strategy() })).status).toBe(428);
    expect(
      (
        await api.call("PUT", "/api/strategy", {
          token: cfo,
          body: strategy(),
          headers: { "if-match": etag },
        })
      ).status,
    ).toBe(403);
    const bad = await api.call("PUT", "/api/strategy", {
      token: cio,
      body: { ...strategy(), currency: "euro", discountRate: 3 },
      headers: { "if-match": etag },
    });
    expect(bad.status).toBe(400);
    expect((bad.json as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual([
      "currency",
      "discountRate",
    ]);
    const ok = await api.call("PUT", "/api/strategy", {
      token: cio,
      body: { ...strategy(), vision: "Sharper vision" },
      headers: { "if-match": etag },
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ vision: "Sharper vision" });
    expect((await api.call("GET", "/api/strategy", { token: cioB })).status).toBe(404);
  });
});

describe("success metrics and observations", () => {
  it("records a pasted series in one change: months added or corrected, the rest kept; bad input changes nothing", async () => {
    const created = await api.call("POST", "/api/metrics", {
      token: cio,
      body: metricBody(initiativeId, {
        observations: [{ period: "2026-01", value: 11, confidence: "measured" }],
      }),
    });
    const metric = created.json as Json;
    const audit = async () =>
      (
        (await api.call("GET", `/api/audit?entityId=${metric.id}`, { token: cio })).json as {
          items: unknown[];
        }
      ).items.length;
    const events = await audit();
    const series = await api.call("PATCH", `/api/metrics/${metric.id}/observations`, {
      token: cfo,
      body: {
        observations: [
          { period: "2026-03", value: 30 },
          { period: "2026-01", value: 12, confidence: "finance-validated" },
          { period: "2026-02", value: 20, confidence: "estimated" },
        ],
      },
      headers: { "if-match": metric.etag },
    });
    expect(series.status, series.text).toBe(200);
    expect((series.json as { observations: Json[] }).observations).toEqual([
      { period: "2026-01", value: 12, confidence: "finance-validated" },
      { period: "2026-02", value: 20, confidence: "estimated" },
      { period: "2026-03", value: 30, confidence: "measured" },
    ]);
    expect(await audit()).toBe(events + 1);

    const etag = series.headers.get("etag") as string;
    const bad = await api.call("PATCH", `/api/metrics/${metric.id}/observations`, {
      token: cfo,
      body: {
        observations: [
          { period: "2026-04", value: 40 },
          { period: "2026-13", value: 1 },
        ],
      },
      headers: { "if-match": etag },
    });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ errors: [{ path: "observations.1.period" }] });
    const twice = await api.call("PATCH", `/api/metrics/${metric.id}/observations`, {
      token: cfo,
      body: {
        observations: [
          { period: "2026-04", value: 40 },
          { period: "2026-04", value: 41 },
        ],
      },
      headers: { "if-match": etag },
    });
    expect(twice.status).toBe(400);
    const stale = await api.call("PATCH", `/api/metrics/${metric.id}/observations`, {
      token: cfo,
      body: { observations: [{ period: "2026-04", value: 40 }] },
      headers: { "if-match": metric.etag },
    });
    expect(stale.status).toBe(412);
    const notOwner = await api.call("PATCH", `/api/metrics/${metric.id}/observations`, {
      token: coo,
      body: { observations: [{ period: "2026-04", value: 40 }] },
      headers: { "if-match": etag },
    });
    expect(notOwner.status).toBe(403);
    const after = await api.call("GET", `/api/metrics/${metric.id}`, { token: cio });
    expect(after.headers.get("etag")).toBe(etag);
    expect((after.json as { observations: unknown[] }).observations).toHaveLength(3);
    expect(await audit()).toBe(events + 1);
    // Leave the initiative with the metrics the next test expects.
    expect((await api.call("DELETE", `/api/metrics/${metric.id}`, { token: cio, headers: { "if-match": etag } })).status).toBe(204);
  });

  it("creates a metric, records observations by month and refuses a target against the direction", async () => {
    const created = await api.call("POST", "/api/metrics", { token: cfo, body: metricBody(initiativeId) });
    expect(created.status, created.text).toBe(201);
    const metric = created.json as Json;
    const wrongWay = await api.call("POST", "/api/metrics", {
      token: cio,
      body: metricBody(initiativeId, { direction: "down", baseline: 10, target: 80 }),
    });
    expect(wrongWay.status).toBe(400);
    expect(wrongWay.json).toMatchObject({ errors: [{ path: "target" }] });
    expect(
      (await api.call("POST", "/api/metrics", { token: coo, body: metricBody(initiativeId) })).status,
    ).toBe(403);
    expect((await api.call("POST", "/api/metrics", { token: cio, body: metricBody("missing") })).status).toBe(
      404,
    );

    const put = await api.call("PUT", `/api/metrics/${metric.id}/observations/2026-02`, {
      token: cfo,
      body: { value: 25, confidence: "measured" },
      headers: { "if-match": metric.etag },
    });
    expect(put.status, put.text).toBe(200);
    const second = await api.call("PUT", `/api/metrics/${metric.id}/observations/2026-01`, {
      token: cfo,
      body: { value: 12 },
      headers: { "if-match": put.headers.get("etag") as string },
    });
    expect(second.status).toBe(200);
    expect((second.json as { observations: { period: string }[] }).observations.map((o) => o.period)).toEqual(
      ["2026-01", "2026-02"],
    );
    const badMonth = await api.call("PUT", `/api/metrics/${metric.id}/observations/2026-13`, {
      token: cfo,
      body: { value: 1 },
      headers: { "if-match": second.headers.get("etag") as string },
    });
    expect(badMonth.status).toBe(400);
    const list = await api.call("GET", `/api/metrics?initiativeId=${initiativeId}&period=2026-02`, {
      token: cio,
    });
    expect((list.json as { items: Json[] }).items.map((m) => m.id)).toEqual([metric.id]);
    // Baseline 10 → target 80; latest observation 25 in 2026-02: (25 − 10) / (80 − 10) ≈ 0.214.
    const derived = (list.json as { items: { derived: { progress: number; latest: { value: number } } }[] })
      .items[0]?.derived;
    expect(derived?.latest.value).toBe(25);
    expect(derived?.progress).toBeCloseTo(15 / 70, 5);

    const deleted = await api.call("DELETE", `/api/metrics/${metric.id}`, {
      token: cio,
      headers: { "if-match": metric.etag },
    });
    expect(deleted.status).toBe(412);
    const gone = await api.call("DELETE", `/api/metrics/${metric.id}`, {
      token: cio,
      headers: { "if-match": second.headers.get("etag") as string },
    });
    expect(gone.status).toBe(204);
    expect((await api.call("GET", `/api/metrics/${metric.id}`, { token: cio })).status).toBe(404);
    expect(await auditCount(metric.id)).toBe(4);
  });
});

describe("risks", () => {
  it("defaults the owner to the initiative's risk owner and lets only the owner side edit", async () => {
    const created = await api.call("POST", "/api/risks", { token: cio, body: riskBody(initiativeId) });
    expect(created.status, created.text).toBe(201);
    const risk = created.json as Json;
    expect(risk.ownerId).toBe(people.ciso);
    const orgLevel = await api.call("POST", "/api/risks", { token: cio, body: riskBody(null) });
    expect(orgLevel.status).toBe(400);
    expect(orgLevel.json).toMatchObject({ errors: [{ path: "ownerId" }] });
    const orgOk = await api.call("POST", "/api/risks", {
      token: cio,
      body: riskBody(null, { ownerId: people.ciso }),
    });
    expect(orgOk.status).toBe(201);

    expect(
      (
        await api.call("PATCH", `/api/risks/${risk.id}`, {
          token: coo,
          body: { status: "closed" },
          headers: { "if-match": risk.etag },
        })
      ).status,
    ).toBe(403);
    const byOwner = await api.call("PATCH", `/api/risks/${risk.id}`, {
      token: ciso,
      body: {
        status: "mitigating",
        residualLikelihood: 2,
        residualImpact: 2,
        plan: "Mask bank details before the call",
      },
      headers: { "if-match": risk.etag },
    });
    expect(byOwner.status, byOwner.text).toBe(200);
    const bad = await api.call("PATCH", `/api/risks/${risk.id}`, {
      token: ciso,
      body: { likelihood: 6, impact: 0 },
      headers: { "if-match": byOwner.headers.get("etag") as string },
    });
    expect(bad.status).toBe(400);
    expect((bad.json as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual([
      "impact",
      "likelihood",
    ]);
    const mine = await api.call("GET", `/api/risks?ownerId=${people.ciso}&status=mitigating`, { token: cfo });
    expect((mine.json as { items: Json[] }).items.map((r) => r.id)).toEqual([risk.id]);
    // 3 × 4 = 12 → High; residual 2 × 2 = 4 → Low; mitigating counts as open; no due date, not overdue.
    expect((mine.json as { items: Json[] }).items[0]?.derived).toEqual({
      score: 12,
      band: "high",
      residualScore: 4,
      residualBand: "low",
      open: true,
      overdue: false,
    });
    expect(
      (await api.call("DELETE", `/api/risks/${risk.id}`, { token: ciso, headers: { "if-match": "x" } }))
        .status,
    ).toBe(403);
  });
});

describe("maturity assessments", () => {
  it("records one assessment per month, complete across the seven dimensions", async () => {
    const created = await api.call("POST", "/api/maturity-assessments", {
      token: cio,
      body: assessment("2026-03", 2),
    });
    expect(created.status, created.text).toBe(201);
    expect(
      (await api.call("POST", "/api/maturity-assessments", { token: cio, body: assessment("2026-03", 3) }))
        .status,
    ).toBe(409);
    const partial = { period: "2026-06", dimensions: assessment("2026-06", 2).dimensions.slice(0, 3) };
    expect((await api.call("POST", "/api/maturity-assessments", { token: cio, body: partial })).status).toBe(
      400,
    );
    expect(
      (await api.call("POST", "/api/maturity-assessments", { token: cfo, body: assessment("2026-06", 2) }))
        .status,
    ).toBe(403);
    const patched = await api.call("PATCH", "/api/maturity-assessments/2026-03", {
      token: cio,
      body: { notes: "Reviewed with the executive team" },
      headers: { "if-match": (created.json as Json).etag },
    });
    expect(patched.status).toBe(200);
    const list = await api.call("GET", "/api/maturity-assessments", { token: cfo });
    expect((list.json as { items: Json[] }).items.map((a) => a.period)).toEqual(["2026-03"]);
  });
});

describe("alignment survey", () => {
  it("stores each executive's own answer and never someone else's", async () => {
    const first = await api.call("PUT", "/api/alignment-responses/2026-Q4/margin", {
      token: cfo,
      body: { importance: 5, expectedOutcome: "cost-reduction", confidence: 4 },
    });
    expect(first.status, first.text).toBe(201);
    expect(first.json).toMatchObject({ executiveId: people.cfo, priorityId: "margin", cycle: "2026-Q4" });
    const again = await api.call("PUT", "/api/alignment-responses/2026-Q4/margin", {
      token: cfo,
      body: { importance: 4, expectedOutcome: "cost-reduction", confidence: 4 },
    });
    expect(again.status).toBe(428);
    const changed = await api.call("PUT", "/api/alignment-responses/2026-Q4/margin", {
      token: cfo,
      body: { importance: 4, expectedOutcome: "cost-reduction", confidence: 4 },
      headers: { "if-match": first.headers.get("etag") as string },
    });
    expect(changed.status).toBe(200);
    const spoof = await api.call("PUT", "/api/alignment-responses/2026-Q4/margin", {
      token: coo,
      body: { importance: 1, expectedOutcome: "revenue-growth", confidence: 2, executiveId: people.cfo },
    });
    expect(spoof.status).toBe(400);
    const unknown = await api.call("PUT", "/api/alignment-responses/2026-Q4/nope", {
      token: coo,
      body: { importance: 1, expectedOutcome: "revenue-growth", confidence: 2 },
    });
    expect(unknown.status).toBe(400);
    const list = await api.call("GET", "/api/alignment-responses?cycle=2026-Q4", { token: cio });
    expect((list.json as { items: Json[] }).items).toHaveLength(1);
  });
});

describe("board view", () => {
  it("reflects the portfolio and its slicers, and moves with every write", async () => {
    const before = await api.call("GET", "/api/board", { token: cfo });
    expect(before.status, before.text).toBe(200);
    const view = before.json as {
      kpis: { initiativesByStage: { value: Record<string, number> } };
      initiatives: unknown[];
    };
    expect(view.initiatives.length).toBeGreaterThanOrEqual(1);
    const filtered = await api.call("GET", "/api/board?department=Nowhere", { token: cfo });
    expect((filtered.json as { initiatives: unknown[] }).initiatives).toEqual([]);
    const badStage = await api.call("GET", "/api/board?stage=flying", { token: cfo });
    expect(badStage.status).toBe(400);
    await api.call("POST", "/api/initiatives", {
      token: cio,
      body: initiativeBody({ title: "Second", department: "Operations" }),
    });
    const after = await api.call("GET", "/api/board", { token: cfo });
    expect((after.json as { initiatives: unknown[] }).initiatives.length).toBe(view.initiatives.length + 1);
  });
});

describe("audit chain", () => {
  it("verifies intact and names the first event that was edited in storage", async () => {
    const intact = await api.call("GET", "/api/audit/verify", { token: cio });
    expect(intact.json).toMatchObject({ intact: true });
    const { table } = api.services.storage;
    const me = (await api.call("GET", "/api/me", { token: cio })).json as { tenantId: string };
    const row = await table.getEntity<Record<string, unknown>>(me.tenantId, "audit|000000000002");
    const doc = JSON.parse(String(row.doc)) as Record<string, unknown>;
    doc.actorId = "someone-else";
    await table.updateEntity(
      { partitionKey: me.tenantId, rowKey: "audit|000000000002", doc: JSON.stringify(doc) },
      "Merge",
    );
    const broken = await api.call("GET", "/api/audit/verify", { token: cio });
    expect(broken.json).toMatchObject({ intact: false, firstBreak: { seq: 2, reason: "hash" } });
    expect((await api.call("GET", "/api/audit/verify", { token: cfo })).status).toBe(403);
  });

  it("reports a gap when the newest events are gone, though what is left still chains", async () => {
    for (const vision of ["First", "Second"]) {
      const current = await api.call("GET", "/api/strategy", { token: cioB });
      const etag = current.headers.get("etag");
      const res = await api.call("PUT", "/api/strategy", {
        token: cioB,
        body: { ...strategy(), vision },
        headers: etag ? { "if-match": etag } : {},
      });
      expect(res.status).toBeLessThan(300);
    }
    expect((await api.call("GET", "/api/audit/verify", { token: cioB })).json).toMatchObject({
      intact: true,
      events: 2,
    });
    await api.services.storage.table.deleteEntity(tenantB, "audit|000000000002");
    const verify = await api.call("GET", "/api/audit/verify", { token: cioB });
    expect(verify.json).toMatchObject({ intact: false, firstBreak: { seq: 2, reason: "gap" } });
  });
});
