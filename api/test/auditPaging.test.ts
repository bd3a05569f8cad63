import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityType } from "../src/domain/schemas";
import { auditScanMax } from "../src/store/auditLog";
import { commitChanges, maxChangesPerCommit, type Change } from "../src/store/commit";
import { startApi, tenantA, tenantB, type Harness } from "./support/apiHarness";
import { people } from "./support/fixtures";

/** GET /api/audit pages backwards through the log with a `before` cursor and filters in storage, over real HTTP. */
type Item = { seq: number; tenantId: string; entityType: string; entityId: string; actorId: string; changes: unknown[] };
type Page = { items: Item[]; next?: number };
type Problem = { errors?: { path: string }[] };

const tenantC = "c0000000-0000-4000-8000-00000000000c";
let api: Harness;
let cioA: string;
let cioB: string;
let cioC: string;

/** Event `i` (its seq in a fresh tenant): metrics on odd, risks on even, five entities of each, the CFO on every third. */
const kindOf = (i: number): EntityType => (i % 2 === 1 ? "metric" : "risk");
const entityOf = (i: number) => `${kindOf(i) === "metric" ? "m" : "r"}-${i % 5}`;
const actorOf = (i: number) => (i % 3 === 0 ? people.cfo : people.cio);
const seqs = (count: number, keep: (i: number) => boolean) =>
  Array.from({ length: count }, (_, k) => count - k).filter(keep);

const changeOf = (i: number, entity: (i: number) => string): Change => ({
  kind: kindOf(i),
  id: entity(i),
  action: "update",
  before: { title: "old" },
  after: { title: `v${i}` },
});

/**
 * Writes events 1…count straight through the store: runs of one actor, as many per transaction as
 * fit (a transaction holds an entity once).
 */
async function seed(tenantId: string, count: number, entity = entityOf, actor = actorOf) {
  for (let i = 1; i <= count; ) {
    const batch: Change[] = [];
    const by = actor(i);
    const fits = () => actor(i) === by && batch.length < maxChangesPerCommit && !batch.some((c) => c.id === entity(i));
    while (i <= count && fits()) batch.push(changeOf(i++, entity));
    await commitChanges(api.services.storage, tenantId, by, () => Promise.resolve(batch));
  }
}

const get = async (path: string, token = cioA) => {
  const res = await api.call("GET", path, { token });
  expect(res.status, res.text).toBe(200);
  return res.json as Page;
};

/** Every page of a query, following `next` until it is absent. */
async function all(query: string, token = cioA): Promise<{ pages: Page[]; items: Item[] }> {
  const pages: Page[] = [];
  let before: number | undefined;
  do {
    const page = await get(`/api/audit?${query}${before === undefined ? "" : `&before=${before}`}`, token);
    pages.push(page);
    before = page.next;
    expect(pages.length).toBeLessThan(100);
  } while (before !== undefined);
  return { pages, items: pages.flatMap((p) => p.items) };
}

beforeAll(async () => {
  api = await startApi();
  cioA = await api.token({ oid: people.cio, roles: ["Portfolio.Manager", "Executive"] });
  cioB = await api.token({ oid: people.cio, tid: tenantB, roles: ["Portfolio.Manager", "Executive"] });
  cioC = await api.token({ oid: people.cio, tid: tenantC, roles: ["Executive"] });
  await seed(tenantA, 130);
  await seed(tenantB, 3, (i) => `b-${i}`);
}, 60_000);
afterAll(() => api.close());

describe("GET /api/audit paging", () => {
  it("pages backwards from the head, every event exactly once and in order, next absent at the end", async () => {
    const first = await get("/api/audit?limit=50");
    expect(first.items.map((e) => e.seq)).toEqual(seqs(130, (i) => i > 80));
    expect(first.next).toBe(81);
    expect(first.items[0]?.changes).toEqual([{ path: "title", before: "old", after: "v130" }]);
    const { pages, items } = await all("limit=50");
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 30]);
    expect(items.map((e) => e.seq)).toEqual(seqs(130, () => true));
    expect(pages.at(-1)).not.toHaveProperty("next");
    // Without a limit: the newest 100.
    expect((await get("/api/audit")).items).toHaveLength(100);
    // A cursor beyond the head reads from the head; one at the start reads nothing.
    expect((await get("/api/audit?limit=2&before=999999")).items.map((e) => e.seq)).toEqual([130, 129]);
    expect(await get("/api/audit?before=1")).toEqual({ items: [] });
  });

  it("filters by kind of entity, by entity and by person, across pages", async () => {
    const risks = await all("limit=20&entityType=risk");
    expect(risks.items.map((e) => e.seq)).toEqual(seqs(130, (i) => i % 2 === 0));
    expect(new Set(risks.items.map((e) => e.entityType))).toEqual(new Set(["risk"]));

    const oneMetric = await all("limit=4&entityId=m-1");
    expect(oneMetric.items.map((e) => e.seq)).toEqual(seqs(130, (i) => i % 2 === 1 && i % 5 === 1));
    expect(oneMetric.pages.length).toBeGreaterThan(1);

    const byCfo = await all(`limit=10&actorId=${people.cfo}`);
    expect(byCfo.items.map((e) => e.seq)).toEqual(seqs(130, (i) => i % 3 === 0));
    expect(new Set(byCfo.items.map((e) => e.actorId))).toEqual(new Set([people.cfo]));

    const cfoRisks = await all(`limit=7&entityType=risk&actorId=${people.cfo}`);
    expect(cfoRisks.items.map((e) => e.seq)).toEqual(seqs(130, (i) => i % 6 === 0));

    expect(await get("/api/audit?entityType=strategy")).toEqual({ items: [] });
    expect(await get("/api/audit?entityId=nothing-here")).toEqual({ items: [] });
  });

  it("answers 400 naming the field for a bad query value", async () => {
    const cases: [string, string][] = [
      ["entityType=widget", "entityType"],
      ["before=1.5", "before"],
      ["before=abc", "before"],
      ["before=0", "before"],
      ["limit=0", "limit"],
      ["limit=501", "limit"],
      ["actorId=not%20a%20person!", "actorId"],
    ];
    for (const [query, field] of cases) {
      const res = await api.call("GET", `/api/audit?${query}`, { token: cioA });
      expect(res.status, query).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect((res.json as Problem).errors?.map((e) => e.path), query).toEqual([field]);
    }
  });

  it("never shows a tenant another tenant's events", async () => {
    const b = await all("limit=2", cioB);
    expect(b.items.map((e) => [e.seq, e.entityId])).toEqual([
      [3, "b-3"],
      [2, "b-2"],
      [1, "b-1"],
    ]);
    expect(new Set(b.items.map((e) => e.tenantId))).toEqual(new Set([tenantB]));
    // Tenant A's cursors and ids find nothing of A in B.
    expect((await get("/api/audit?before=130", cioB)).items.map((e) => e.tenantId)).toEqual([tenantB, tenantB, tenantB]);
    expect(await get("/api/audit?entityId=m-1", cioB)).toEqual({ items: [] });
    expect(new Set((await all("limit=500")).items.map((e) => e.tenantId))).toEqual(new Set([tenantA]));
  });

  it("reads a bounded part of the log per request: a sparse filter answers a next to go on from", async () => {
    const total = auditScanMax + 100;
    await seed(tenantC, total, (i) => (i <= 2 ? "old-one" : `e-${i}`), () => people.cio);
    const first = await get("/api/audit?entityId=old-one", cioC);
    expect(first).toEqual({ items: [], next: total + 1 - auditScanMax });
    const second = await get(`/api/audit?entityId=old-one&before=${first.next}`, cioC);
    expect(second.items.map((e) => e.seq)).toEqual([2, 1]);
    expect(second).not.toHaveProperty("next");
    expect((await get("/api/audit?limit=500", cioC)).items[0]?.seq).toBe(total);
  }, 120_000);
});
