import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { people, initiativeBody, strategy } from "./support/fixtures";
import { startApi, tenantA, tenantB, type Harness } from "./support/apiHarness";

type Json = Record<string, unknown>;
let api: Harness;
let cio: string;
let cfo: string;
let coo: string;
let board: string;
let cioB: string;

beforeAll(async () => {
  api = await startApi();
  cio = await api.token({ oid: people.cio, roles: ["Portfolio.Manager", "Executive"] });
  cfo = await api.token({ oid: people.cfo, roles: ["Executive"] });
  coo = await api.token({ oid: people.coo, roles: ["Executive"] });
  board = await api.token({ oid: people.board, roles: ["Board.Member"] });
  cioB = await api.token({ oid: people.cio, tid: tenantB, roles: ["Portfolio.Manager", "Executive"] });
  for (const token of [cio, cioB]) {
    const res = await api.call("PUT", "/api/strategy", { token, body: strategy() });
    expect(res.status).toBe(201);
  }
});
afterAll(() => api.close());

async function create(overrides: Json = {}, token = cio) {
  const res = await api.call("POST", "/api/initiatives", { token, body: initiativeBody(overrides) });
  expect(res.status, res.text).toBe(201);
  return res.json as Json & { id: string; etag: string };
}

async function auditOf(entityId: string, token = cio) {
  const res = await api.call("GET", `/api/audit?entityId=${entityId}`, { token });
  expect(res.status).toBe(200);
  return (res.json as { items: Json[] }).items;
}

describe("initiatives", () => {
  it("creates, reads, updates and retires an initiative, auditing every change", async () => {
    const created = await create();
    expect(created).toMatchObject({ title: "Invoice matching assistant", stage: "idea", tenantId: tenantA, createdBy: people.cio });
    const read = await api.call("GET", `/api/initiatives/${created.id}`, { token: cfo });
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe(created.etag);

    const updated = await api.call("PATCH", `/api/initiatives/${created.id}`, {
      token: cfo,
      body: { health: "at-risk" },
      headers: { "if-match": created.etag },
    });
    expect(updated.status, updated.text).toBe(200);
    expect(updated.json).toMatchObject({ health: "at-risk", updatedBy: people.cfo, title: "Invoice matching assistant" });
    const etag = updated.headers.get("etag") as string;
    expect(etag).not.toBe(created.etag);

    const retired = await api.call("POST", `/api/initiatives/${created.id}/retire`, {
      token: cio,
      body: { rationale: "Superseded by the ERP vendor's own matching" },
      headers: { "if-match": etag },
    });
    expect(retired.status, retired.text).toBe(200);
    expect(retired.json).toMatchObject({ stage: "retired" });

    const events = await auditOf(created.id);
    expect(events.map((e) => e.action)).toEqual(["retire", "update", "create"]);
    expect(events[1]).toMatchObject({ actorId: people.cfo, before: { health: "on-track" }, after: { health: "at-risk" } });
    const verify = await api.call("GET", "/api/audit/verify", { token: cio });
    expect(verify.json).toMatchObject({ intact: true });
  });

  it("refuses a stale If-Match with 412 and changes nothing", async () => {
    const created = await create();
    const first = await api.call("PATCH", `/api/initiatives/${created.id}`, {
      token: cio,
      body: { title: "First writer" },
      headers: { "if-match": created.etag },
    });
    expect(first.status).toBe(200);
    const stale = await api.call("PATCH", `/api/initiatives/${created.id}`, {
      token: cio,
      body: { title: "Second writer with an old ETag" },
      headers: { "if-match": created.etag },
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get("content-type")).toBe("application/problem+json");
    const now = await api.call("GET", `/api/initiatives/${created.id}`, { token: cio });
    expect(now.json).toMatchObject({ title: "First writer" });
    expect((await auditOf(created.id)).length).toBe(2);
  });

  it("requires If-Match on updates (428) and changes nothing", async () => {
    const created = await create();
    const res = await api.call("PATCH", `/api/initiatives/${created.id}`, { token: cio, body: { title: "Blind" } });
    expect(res.status).toBe(428);
    const now = await api.call("GET", `/api/initiatives/${created.id}`, { token: cio });
    expect(now.json).toMatchObject({ title: "Invoice matching assistant" });
  });

  it("answers invalid bodies with 400 naming every offending field", async () => {
    const res = await api.call("POST", "/api/initiatives", {
      token: cio,
      body: { ...initiativeBody(), title: "", riskOwnerId: people.cfo, prioritisation: { impact: 9 }, surprise: true },
    });
    expect(res.status).toBe(400);
    const paths = ((res.json as { errors: { path: string }[] }).errors ?? []).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["title", "surprise", "prioritisation.impact", "prioritisation.alignment"]));
    const owners = await api.call("POST", "/api/initiatives", { token: cio, body: initiativeBody({ riskOwnerId: people.cfo }) });
    expect(owners.status).toBe(400);
    expect(JSON.stringify(owners.json)).toContain("riskOwnerId");
    const unknownPriority = await api.call("POST", "/api/initiatives", { token: cio, body: initiativeBody({ priorityIds: ["nope"] }) });
    expect(unknownPriority.status).toBe(400);
    expect(unknownPriority.json).toMatchObject({ errors: [{ path: "priorityIds.0" }] });
    const stage = await api.call("PATCH", `/api/initiatives/${(await create()).id}`, {
      token: cio,
      body: { stage: "production" },
      headers: { "if-match": "*" },
    });
    expect(stage.status).toBe(400);
  });

  it("answers malformed JSON, wrong content type and oversized bodies with 400, 415 and 413", async () => {
    const malformed = await api.call("POST", "/api/initiatives", { token: cio, rawBody: "{", headers: { "content-type": "application/json" } });
    expect(malformed.status).toBe(400);
    const text = await api.call("POST", "/api/initiatives", { token: cio, rawBody: "title=x", headers: { "content-type": "text/plain" } });
    expect(text.status).toBe(415);
    const huge = await api.call("POST", "/api/initiatives", {
      token: cio,
      body: initiativeBody({ problemStatement: "x".repeat(300 * 1024) }),
    });
    expect(huge.status).toBe(413);
  });

  it("lets an executive edit only initiatives whose outcome they own", async () => {
    const created = await create();
    const res = await api.call("PATCH", `/api/initiatives/${created.id}`, {
      token: coo,
      body: { health: "off-track" },
      headers: { "if-match": created.etag },
    });
    expect(res.status).toBe(403);
    const createByExec = await api.call("POST", "/api/initiatives", { token: cfo, body: initiativeBody() });
    expect(createByExec.status).toBe(403);
  });

  it("filters, sorts and pages the list with continuation tokens", async () => {
    await create({ title: "Demand forecasting", department: "Operations", outcomeOwnerId: people.coo });
    await create({ title: "Churn prediction", department: "Sales", outcomeOwnerId: people.coo });
    const ops = await api.call("GET", "/api/initiatives?department=Operations", { token: cio });
    const opsItems = (ops.json as { items: Json[] }).items;
    expect(opsItems.map((i) => i.title)).toEqual(["Demand forecasting"]);
    expect(opsItems[0]).toMatchObject({ derived: { openRisks: 0 } });

    const seen: string[] = [];
    let token: string | null = null;
    do {
      const query: string = `/api/initiatives?sort=title&order=asc&pageSize=2${token ? `&continuationToken=${token}` : ""}`;
      const page = await api.call("GET", query, { token: cio });
      expect(page.status).toBe(200);
      const body = page.json as { items: Json[]; continuationToken: string | null; total: number };
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((i) => i.id as string));
      token = body.continuationToken;
    } while (token);
    const all = (await api.call("GET", "/api/initiatives?pageSize=200&sort=title", { token: cio })).json as { items: Json[] };
    expect(seen).toEqual(all.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
    const titles = all.items.map((i) => i.title as string);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en")));
    const bad = await api.call("GET", "/api/initiatives?continuationToken=garbage", { token: cio });
    expect(bad.status).toBe(400);
  });

  it("treats OData metacharacters in filter values as plain text", async () => {
    await create();
    const attempts = ["Finance' or PartitionKey ne '", "x' or true or '", "' or 1 eq 1 or ''='"];
    for (const attempt of attempts) {
      const list = await api.call("GET", `/api/initiatives?department=${encodeURIComponent(attempt)}`, { token: cio });
      expect((list.json as { items: unknown[] }).items).toEqual([]);
      const risks = await api.call("GET", `/api/risks?ownerId=${encodeURIComponent(attempt)}`, { token: cio });
      expect(risks.status).toBe(200);
      expect((risks.json as { items: unknown[] }).items).toEqual([]);
    }
  });

  it("requires a verified token, the right role and keeps tenants apart", async () => {
    const created = await create();
    expect((await api.call("GET", "/api/initiatives")).status).toBe(401);
    expect((await api.call("GET", "/api/initiatives", { token: "not.a.token" })).status).toBe(401);
    expect((await api.call("GET", "/api/initiatives", { token: board })).status).toBe(403);
    const noRole = await api.token({ oid: "no-role", roles: [] });
    const forbidden = await api.call("GET", "/api/initiatives", { token: noRole });
    expect(forbidden.status).toBe(403);
    expect((forbidden.json as { detail: string }).detail).toContain("ask your tenant admin");

    expect((await api.call("GET", `/api/initiatives/${created.id}`, { token: cioB })).status).toBe(404);
    const listB = await api.call("GET", "/api/initiatives?pageSize=200", { token: cioB });
    expect((listB.json as { items: Json[] }).items.map((i) => i.id)).not.toContain(created.id);
    const patchB = await api.call("PATCH", `/api/initiatives/${created.id}`, {
      token: cioB,
      body: { title: "hijack" },
      headers: { "if-match": created.etag },
    });
    expect(patchB.status).toBe(404);
    const still = await api.call("GET", `/api/initiatives/${created.id}`, { token: cio });
    expect(still.json).toMatchObject({ title: "Invoice matching assistant" });
  });
});
