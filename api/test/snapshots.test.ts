import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { decisionRight } from "../src/domain/schemas";
import { snapshotGenesisHash } from "../src/domain/snapshotChain";
import type { SnapshotDocument } from "../src/domain/snapshotDocument";
import type { SnapshotDiff } from "../src/domain/snapshotDiff";
import { routes } from "../src/http/routes";
import { commitChanges } from "../src/store/commit";
import { draftMonthlySnapshots, snapshotJobActor } from "../src/store/monthlySnapshots";
import { writePublishedBlob } from "../src/store/snapshotBlobs";
import { startApi, tenantA, tenantB, type Harness } from "./support/apiHarness";
import { initiativeBody, people, riskBody, strategy } from "./support/fixtures";

type Snapshot = {
  id: string;
  tenantId: string;
  period: string;
  version: number;
  status: "draft" | "published" | "superseded";
  contentHash: string;
  previousHash: string | null;
  chainIndex: number | null;
  blobName: string;
  draftBlobName: string | null;
  size: number;
  supersedes: string | null;
  supersededBy: string | null;
  correctionReason: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  narrative: { highlights: string[]; decisionsRequested: string[]; commentary: string };
  etag: string;
};
type Detail = { snapshot: Snapshot; integrity: string; document: SnapshotDocument | null };
type Verification = { intact: boolean; checked: number; problems: { snapshotId: string; reason: string; blobName: string }[] };
type Json = Record<string, unknown> & { id: string; etag: string };

/** The clock of the API under test; each test sets the moment it needs. */
let clock = "2026-06-01T06:00:00.000Z";
let api: Harness;

const tenantC = "c0000000-0000-4000-8000-00000000000c";
const tenantD = "d0000000-0000-4000-8000-00000000000d";
const tenantE = "e0000000-0000-4000-8000-00000000000e";
const pmo = "00000000-0000-4000-8000-0000000000e1";

const manager = (tid = tenantA, oid = people.cio) => api.token({ oid, tid, roles: ["Portfolio.Manager"] });
const executive = (tid = tenantA, oid = people.cfo) => api.token({ oid, tid, roles: ["Executive"] });
const boardMember = (tid = tenantA) => api.token({ oid: people.board, tid, roles: ["Board.Member"] });

beforeAll(async () => {
  api = await startApi({ now: () => new Date(clock) });
});
afterAll(() => api.close());

async function ok<T>(promise: ReturnType<Harness["call"]>, status = 200): Promise<T> {
  const res = await promise;
  expect(res.status, res.text).toBe(status);
  return res.json as T;
}

/** A tenant with a strategy, two initiatives and a risk, so the board has something to freeze. */
async function seedTenant(tid: string) {
  const token = await manager(tid);
  await ok(api.call("PUT", "/api/strategy", { token, body: strategy() }), 201);
  const first = await ok<Json>(api.call("POST", "/api/initiatives", { token, body: initiativeBody({ stage: "pilot" }) }), 201);
  const second = await ok<Json>(
    api.call("POST", "/api/initiatives", { token, body: initiativeBody({ title: "Churn prediction", department: "Sales", priorityIds: ["service"] }) }),
    201,
  );
  await ok(api.call("POST", "/api/risks", { token, body: riskBody(first.id) }), 201);
  return { token, first, second };
}

async function draft(token: string, period: string, status = 201) {
  return ok<Snapshot>(api.call("POST", "/api/snapshots", { token, body: { period } }), status);
}

async function publish(token: string, snapshot: Snapshot) {
  return ok<Snapshot>(api.call("POST", `/api/snapshots/${snapshot.id}/publish`, { token, headers: { "if-match": snapshot.etag } }));
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const blob = (name: string) => api.services.storage.snapshots.getBlockBlobClient(name);

describe("drafting and publishing a month", () => {
  it("drafts, refreshes, narrates and publishes one immutable, hash-chained document", async () => {
    clock = "2026-05-20T10:00:00.000Z";
    const { token } = await seedTenant(tenantA);
    clock = "2026-06-01T06:00:00.000Z";

    const created = await api.call("POST", "/api/snapshots", { token, body: { period: "2026-05" } });
    expect(created.status, created.text).toBe(201);
    expect(created.headers.get("location")).toBe("/api/snapshots/2026-05.v1");
    const first = created.json as Snapshot;
    expect(first).toMatchObject({ id: "2026-05.v1", period: "2026-05", version: 1, status: "draft", previousHash: null, supersedes: null });
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(created.headers.get("etag")).toBe(first.etag);

    // Refreshing regenerates the content from live data and keeps the id.
    clock = "2026-06-01T07:00:00.000Z";
    const refreshed = await draft(token, "2026-05", 200);
    expect(refreshed.id).toBe(first.id);
    expect(refreshed.contentHash).not.toBe(first.contentHash);
    expect(await blob(first.draftBlobName as string).exists()).toBe(false);

    // The future is refused, as is a body that is not a month.
    expect((await api.call("POST", "/api/snapshots", { token, body: { period: "2026-07" } })).status).toBe(400);
    const invalid = await api.call("POST", "/api/snapshots", { token, body: { period: "May", extra: 1 } });
    expect(invalid.status).toBe(400);
    expect((invalid.json as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual(["extra", "period"]);

    // The narrative changes only with the current ETag.
    const narrative = { highlights: ["Invoice matching in pilot"], decisionsRequested: ["Approve scaling budget"], commentary: "A steady month." };
    expect((await api.call("PATCH", `/api/snapshots/${first.id}`, { token, body: { narrative } })).status).toBe(428);
    expect((await api.call("PATCH", `/api/snapshots/${first.id}`, { token, body: { narrative }, headers: { "if-match": first.etag } })).status).toBe(412);
    const corrected = await api.call("PATCH", `/api/snapshots/${first.id}`, { token, body: { correctionReason: "x" }, headers: { "if-match": refreshed.etag } });
    expect(corrected.status).toBe(400);
    const narrated = await ok<Snapshot>(
      api.call("PATCH", `/api/snapshots/${first.id}`, { token, body: { narrative }, headers: { "if-match": refreshed.etag } }),
    );
    expect(narrated.narrative).toEqual(narrative);
    const partly = await ok<Snapshot>(
      api.call("PATCH", `/api/snapshots/${first.id}`, { token, body: { narrative: { commentary: "A steady month, on budget." } }, headers: { "if-match": narrated.etag } }),
    );
    expect(partly.narrative).toEqual({ ...narrative, commentary: "A steady month, on budget." });

    // Publishing needs the current ETag too.
    expect((await api.call("POST", `/api/snapshots/${first.id}/publish`, { token })).status).toBe(428);
    expect((await api.call("POST", `/api/snapshots/${first.id}/publish`, { token, headers: { "if-match": narrated.etag } })).status).toBe(412);
    clock = "2026-06-02T09:30:00.000Z";
    const published = await publish(token, partly);
    expect(published).toMatchObject({
      status: "published",
      chainIndex: 1,
      previousHash: snapshotGenesisHash,
      publishedAt: "2026-06-02T09:30:00.000Z",
      publishedBy: people.cio,
      draftBlobName: null,
      blobName: `${tenantA}/2026-05/v1.json`,
    });

    // One JSON blob whose bytes hash to the recorded content hash; the draft's content is gone.
    const stored = await blob(published.blobName).downloadToBuffer();
    expect(sha256(stored)).toBe(published.contentHash);
    expect(stored.length).toBe(published.size);
    expect((await blob(published.blobName).getProperties()).contentType).toBe("application/json");
    expect(await blob(partly.draftBlobName as string).exists()).toBe(false);

    // What a board member reads: the frozen month with names resolved and the narrative.
    const read = await ok<Detail>(api.call("GET", `/api/snapshots/${published.id}`, { token: await boardMember() }));
    expect(read.integrity).toBe("verified");
    const doc = read.document as SnapshotDocument;
    expect(doc).toMatchObject({ tenantId: tenantA, period: "2026-05", version: 1, today: "2026-05-31", narrative: partly.narrative });
    expect(doc.publication).toMatchObject({ chainIndex: 1, previousHash: snapshotGenesisHash, publishedBy: people.cio, publishedByName: "Ada CIO" });
    expect(doc.board.asOf).toBe("2026-05");
    expect(doc.initiatives.map((i) => [i.title, i.outcomeOwnerName, i.priorityTitles])).toEqual(
      expect.arrayContaining([["Invoice matching assistant", "Frank CFO", ["Protect operating margin"]]]),
    );
    expect(doc.risks).toHaveLength(1);
    expect(doc.risks[0]).toMatchObject({ band: "high", score: 12, open: true, initiativeTitle: "Invoice matching assistant" });
    expect(doc.priorities.map((p) => p.title)).toEqual(["Protect operating margin", "Faster customer service"]);
    expect(doc.checkIns).toMatchObject({ period: "2026-05", expected: 1, submitted: 0 });

    // A page that needs less asks for its sections; the small fields always come.
    const part = await ok<Detail>(api.call("GET", `/api/snapshots/${published.id}?include=summary,board`, { token: await boardMember() }));
    expect(part.integrity).toBe("verified");
    expect(Object.keys(part.document as object).sort()).toEqual(
      ["board", "correctionReason", "currency", "format", "generatedAt", "generatedBy", "narrative", "period", "publication", "summary", "supersedes", "tenantId", "today", "version"],
    );
    expect(part.document?.summary).toEqual(doc.summary);
    expect((await api.call("GET", `/api/snapshots/${published.id}?include=secrets`, { token })).status).toBe(400);

    // Published means frozen: no edit, no second publication, no new draft of the month, no overwrite.
    expect((await api.call("PATCH", `/api/snapshots/${first.id}`, { token, body: { narrative }, headers: { "if-match": published.etag } })).status).toBe(409);
    expect((await api.call("POST", `/api/snapshots/${first.id}/publish`, { token, headers: { "if-match": published.etag } })).status).toBe(409);
    const again = await api.call("POST", "/api/snapshots", { token, body: { period: "2026-05" } });
    expect(again.status).toBe(409);
    expect(again.text).toContain("supersede");
    expect(await writePublishedBlob(api.services.storage.snapshots, published.blobName, Buffer.from("{}"))).toBe("exists");
    expect(sha256(await blob(published.blobName).downloadToBuffer())).toBe(published.contentHash);

    // Every state change is in the audit log.
    const audit = await ok<{ items: { action: string }[] }>(api.call("GET", `/api/audit?entityId=${first.id}`, { token }));
    expect(audit.items.map((e) => e.action).reverse()).toEqual(["create", "update", "update", "update", "publish"]);
    const chain = await ok<{ intact: boolean }>(api.call("GET", "/api/audit/verify", { token }));
    expect(chain.intact).toBe(true);

    // The live board's ninth step now counts the published month.
    const live = await ok<{ progression: { steps: { key: string; evidence: string[] }[] } }>(
      api.call("GET", "/api/board?period=2026-06", { token }),
    );
    expect(live.progression.steps.find((s) => s.key === "report")?.evidence).toContain("1 board snapshot published");
  });

  it("corrects a published month with a new version that supersedes it and says why", async () => {
    const token = await manager();
    const [v1] = (await ok<{ items: Snapshot[] }>(api.call("GET", "/api/snapshots?period=2026-05", { token }))).items;
    const original = await blob((v1 as Snapshot).blobName).downloadToBuffer();

    const url = `/api/snapshots/${(v1 as Snapshot).id}/supersede`;
    expect((await api.call("POST", url, { token, body: {} })).status).toBe(400);
    expect((await api.call("POST", url, { token: await executive(), body: { correctionReason: "x" } })).status).toBe(403);
    clock = "2026-06-03T08:00:00.000Z";
    const res = await api.call("POST", url, { token, body: { correctionReason: "Benefits of May were booked twice" } });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get("location")).toBe("/api/snapshots/2026-05.v2");
    const v2 = res.json as Snapshot;
    expect(v2).toMatchObject({ id: "2026-05.v2", version: 2, status: "draft", supersedes: "2026-05.v1", correctionReason: "Benefits of May were booked twice" });
    expect(v2.narrative).toEqual((v1 as Snapshot).narrative);

    // One correction at a time; the draft of the month refreshes through POST /api/snapshots.
    expect((await api.call("POST", url, { token, body: { correctionReason: "again" } })).status).toBe(409);
    const refreshed = await draft(token, "2026-05", 200);
    expect(refreshed.id).toBe("2026-05.v2");
    const reasoned = await ok<Snapshot>(
      api.call("PATCH", `/api/snapshots/${v2.id}`, { token, body: { correctionReason: "May benefits were booked twice" }, headers: { "if-match": refreshed.etag } }),
    );

    const published = await publish(token, reasoned);
    expect(published).toMatchObject({ status: "published", chainIndex: 2, previousHash: (v1 as Snapshot).contentHash, correctionReason: "May benefits were booked twice" });
    const old = await ok<Detail>(api.call("GET", `/api/snapshots/${(v1 as Snapshot).id}`, { token }));
    expect(old.snapshot).toMatchObject({ status: "superseded", supersededBy: "2026-05.v2", contentHash: (v1 as Snapshot).contentHash });
    expect(old.integrity).toBe("verified");
    expect((await blob((v1 as Snapshot).blobName).downloadToBuffer()).equals(original)).toBe(true);
    const doc = (await ok<Detail>(api.call("GET", `/api/snapshots/${v2.id}`, { token }))).document as SnapshotDocument;
    expect(doc).toMatchObject({ supersedes: "2026-05.v1", correctionReason: "May benefits were booked twice" });

    // A superseded version is not corrected again; its successor is.
    expect((await api.call("POST", url, { token, body: { correctionReason: "x" } })).status).toBe(409);
    const list = await ok<{ items: Snapshot[] }>(api.call("GET", "/api/snapshots", { token: await boardMember() }));
    expect(list.items.map((s) => [s.id, s.status])).toEqual([
      ["2026-05.v2", "published"],
      ["2026-05.v1", "superseded"],
    ]);
    expect(await ok<Verification>(api.call("GET", "/api/snapshots/verify", { token: await boardMember() }))).toEqual({
      intact: true,
      checked: 2,
      problems: [],
    });
  });
});

describe("the monthly timer", () => {
  it("drafts the month just ended once per tenant, however often it runs", async () => {
    await seedTenant(tenantC);
    clock = "2026-07-01T06:00:00.000Z";
    const services = api.services;
    const first = await draftMonthlySnapshots(services);
    expect(first.period).toBe("2026-06");
    expect(first.created).toEqual(expect.arrayContaining([tenantA, tenantC]));
    expect(first.failed).toEqual([]);
    const second = await draftMonthlySnapshots(services);
    expect(second.created).toEqual([]);
    expect(second.existing).toEqual(first.created);
    const [third, fourth] = await Promise.all([draftMonthlySnapshots(services), draftMonthlySnapshots(services)]);
    expect([...third.created, ...fourth.created]).toEqual([]);

    const token = await manager(tenantC);
    const drafts = await ok<{ items: Snapshot[] }>(api.call("GET", "/api/snapshots?period=2026-06", { token }));
    expect(drafts.items.map((s) => [s.id, s.status])).toEqual([["2026-06.v1", "draft"]]);
    const audit = await ok<{ items: { action: string; actorId: string }[] }>(api.call("GET", "/api/audit?entityId=2026-06.v1", { token }));
    expect(audit.items).toEqual([expect.objectContaining({ action: "create", actorId: snapshotJobActor })]);

    // An explicit period and tenant, as `npm run snapshot -- --period --tenant` runs it.
    const explicit = await draftMonthlySnapshots(services, { period: "2026-04", tenantIds: [tenantC] });
    expect(explicit).toMatchObject({ period: "2026-04", created: [tenantC], existing: [], failed: [] });
    const unknown = await draftMonthlySnapshots(services, { tenantIds: ["no-such-tenant"] });
    expect(unknown.failed).toEqual([{ tenantId: "no-such-tenant", error: expect.stringContaining("no data") }]);
  });
});

describe("verification", () => {
  it("names the snapshot whose document changed by one byte, and the one whose document is gone", async () => {
    clock = "2026-05-02T10:00:00.000Z";
    const { token } = await seedTenant(tenantD);
    const march = await publish(token, await draft(token, "2026-03"));
    const april = await publish(token, await draft(token, "2026-04"));
    expect(april.previousHash).toBe(march.contentHash);
    const reader = await boardMember(tenantD);
    expect((await ok<Verification>(api.call("GET", "/api/snapshots/verify", { token: reader }))).intact).toBe(true);

    // One byte of March's document changes (as an attacker with storage access would).
    const original = await blob(march.blobName).downloadToBuffer();
    const tampered = Buffer.from(original);
    const at = tampered.indexOf(Buffer.from('"period":"2026-03"')) + 11;
    tampered[at] = "7".charCodeAt(0);
    await blob(march.blobName).uploadData(tampered);
    const broken = await ok<Verification>(api.call("GET", "/api/snapshots/verify", { token: reader }));
    expect(broken.intact).toBe(false);
    expect(broken.checked).toBe(2);
    expect(broken.problems).toEqual([expect.objectContaining({ snapshotId: march.id, reason: "tampered", blobName: march.blobName })]);
    expect((await ok<Detail>(api.call("GET", `/api/snapshots/${march.id}`, { token: reader }))).integrity).toBe("tampered");
    const refused = await api.call("GET", `/api/snapshots/compare?from=${march.id}&to=${april.id}`, { token: reader });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain(march.id);

    // Put back, the chain is whole again; then April's document disappears.
    await blob(march.blobName).uploadData(original);
    expect((await ok<Verification>(api.call("GET", "/api/snapshots/verify", { token: reader }))).intact).toBe(true);
    await blob(april.blobName).delete();
    const missing = await ok<Verification>(api.call("GET", "/api/snapshots/verify", { token: reader }));
    expect(missing.problems).toEqual([expect.objectContaining({ snapshotId: april.id, reason: "missing", blobName: april.blobName })]);
    expect(await ok<Detail>(api.call("GET", `/api/snapshots/${april.id}`, { token: reader }))).toMatchObject({ integrity: "missing", document: null });
  });
});

describe("what a board member may see", () => {
  const boardRoutes = ["health", "me", "listSnapshots", "getSnapshot", "compareSnapshots", "verifySnapshots"];

  it("admits board members to health, me and the snapshot read routes only, and refuses every live-data route with 403", async () => {
    const admitted = routes
      .filter((r) => r.access === "public" || r.access === "signed-in" || r.access.includes("Board.Member"))
      .map((r) => r.name);
    expect(admitted.sort()).toEqual([...boardRoutes].sort());
    const token = await boardMember();
    for (const route of routes.filter((r) => !boardRoutes.includes(r.name))) {
      const path = `/api/${route.path.replace(/\{(\w+)\}/g, (_m, name: string) => (name === "period" ? "2026-05" : "x1"))}`;
      const res = await api.call(route.method, path, { token, body: route.method === "GET" || route.method === "DELETE" ? undefined : {}, headers: { "if-match": "*" } });
      expect(res.status, `${route.method} ${path}`).toBe(403);
    }
  });

  it("never shows a board member a draft, in the list or by id", async () => {
    clock = "2026-07-01T06:00:00.000Z";
    const token = await manager();
    const juneDraft = (await ok<{ items: Snapshot[] }>(api.call("GET", "/api/snapshots?period=2026-06", { token }))).items[0] as Snapshot;
    expect(juneDraft.status).toBe("draft");
    const reader = await boardMember();
    const listed = await ok<{ items: Snapshot[] }>(api.call("GET", "/api/snapshots", { token: reader }));
    expect(listed.items.length).toBeGreaterThan(0);
    expect(listed.items.every((s) => s.status !== "draft")).toBe(true);
    expect((await ok<{ items: Snapshot[] }>(api.call("GET", "/api/snapshots?status=draft", { token: reader }))).items).toEqual([]);
    expect((await api.call("GET", `/api/snapshots/${juneDraft.id}`, { token: reader })).status).toBe(404);
    expect((await api.call("GET", `/api/snapshots/compare?from=2026-05.v2&to=${juneDraft.id}`, { token: reader })).status).toBe(404);
    // Executives see drafts.
    const exec = await ok<{ items: Snapshot[] }>(api.call("GET", "/api/snapshots", { token: await executive() }));
    expect(exec.items.some((s) => s.id === juneDraft.id)).toBe(true);
    expect((await api.call("GET", `/api/snapshots/${juneDraft.id}`, { token: await executive() })).status).toBe(200);
  });
});

describe("tenant isolation", () => {
  it("keeps tenant A's snapshots invisible to tenant B, even where their ids coincide", async () => {
    clock = "2026-06-05T08:00:00.000Z";
    const { token: tokenB } = await seedTenant(tenantB);
    const own = await draft(tokenB, "2026-05");
    expect(own.id).toBe("2026-05.v1");
    const readerB = await boardMember(tenantB);
    const managerB = await manager(tenantB);
    expect((await ok<{ items: Snapshot[] }>(api.call("GET", "/api/snapshots", { token: readerB }))).items).toEqual([]);
    const listed = await ok<{ items: Snapshot[] }>(api.call("GET", "/api/snapshots", { token: managerB }));
    expect(listed.items.map((s) => [s.id, s.tenantId])).toEqual([["2026-05.v1", tenantB]]);
    const same = await ok<Detail>(api.call("GET", "/api/snapshots/2026-05.v1", { token: managerB }));
    expect(same.snapshot.tenantId).toBe(tenantB);
    expect(same.document?.tenantId).toBe(tenantB);
    expect((await api.call("GET", "/api/snapshots/2026-05.v2", { token: managerB })).status).toBe(404);
    expect((await api.call("GET", "/api/snapshots/2026-05.v1", { token: readerB })).status).toBe(404);
    expect((await api.call("GET", "/api/snapshots/compare?from=2026-05.v1&to=2026-05.v2", { token: managerB })).status).toBe(404);
    expect((await api.call("POST", "/api/snapshots/2026-05.v2/supersede", { token: managerB, body: { correctionReason: "x" } })).status).toBe(404);
    expect(await ok<Verification>(api.call("GET", "/api/snapshots/verify", { token: readerB }))).toEqual({ intact: true, checked: 0, problems: [] });
    // Tenant A's month is as it was.
    const a = await ok<Detail>(api.call("GET", "/api/snapshots/2026-05.v2", { token: await boardMember(tenantA) }));
    expect(a.snapshot.tenantId).toBe(tenantA);
    expect(a.integrity).toBe("verified");
  });
});

describe("who publishes", () => {
  it("follows the decision rights: their Accountable, as a Portfolio.Manager, or any Portfolio.Manager while none is named", async () => {
    clock = "2026-05-03T08:00:00.000Z";
    const { token: cio } = await seedTenant(tenantE);
    const other = await manager(tenantE, pmo);
    const march = await draft(cio, "2026-03");
    // No decision right yet: any Portfolio.Manager may publish; executives and board members never.
    expect((await api.call("POST", `/api/snapshots/${march.id}/publish`, { token: await executive(tenantE), headers: { "if-match": march.etag } })).status).toBe(403);
    expect((await api.call("POST", `/api/snapshots/${march.id}/publish`, { token: await boardMember(tenantE), headers: { "if-match": march.etag } })).status).toBe(403);
    expect((await publish(other, march)).publishedBy).toBe(pmo);

    // The CIO is named Accountable for publishing.
    const at = new Date(clock).toISOString();
    await commitChanges(api.services.storage, tenantE, people.cio, async () => [
      {
        kind: "decision-right",
        id: "publish-snapshot",
        action: "create",
        before: null,
        after: decisionRight.parse({
          decisionType: "publish-snapshot",
          accountableId: people.cio,
          id: "publish-snapshot",
          tenantId: tenantE,
          createdAt: at,
          createdBy: people.cio,
          updatedAt: at,
          updatedBy: people.cio,
        }),
      },
    ]);
    const april = await draft(cio, "2026-04");
    const refused = await api.call("POST", `/api/snapshots/${april.id}/publish`, { token: other, headers: { "if-match": april.etag } });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain(people.cio);
    const stillDraft = await ok<Detail>(api.call("GET", `/api/snapshots/${april.id}`, { token: cio }));
    expect(stillDraft.snapshot).toMatchObject({ status: "draft", etag: april.etag });
    const cioAsExecutive = await api.token({ oid: people.cio, tid: tenantE, roles: ["Executive"] });
    expect((await api.call("POST", `/api/snapshots/${april.id}/publish`, { token: cioAsExecutive, headers: { "if-match": april.etag } })).status).toBe(403);
    const published = await publish(cio, april);
    expect(published).toMatchObject({ status: "published", publishedBy: people.cio, chainIndex: 2 });
  });
});

describe("comparing two months", () => {
  it("lists stage moves, opened and closed risks, band changes, value, maturity, alignment and missed check-ins", async () => {
    const tid = "f0000000-0000-4000-8000-00000000000f";
    const dims = ["strategy", "value", "organisation", "people-culture", "governance", "engineering", "data"];
    const assessment = (period: string, current: number) => ({ period, dimensions: dims.map((dimension) => ({ dimension, current, target: 4 })) });

    // April: two initiatives (one in pilot), two open risks, an assessment and a survey cycle.
    clock = "2026-04-10T09:00:00.000Z";
    const token = await manager(tid);
    await ok(api.call("PUT", "/api/strategy", { token, body: strategy() }), 201);
    const pilot = await ok<Json>(api.call("POST", "/api/initiatives", { token, body: initiativeBody({ stage: "pilot" }) }), 201);
    const idea = await ok<Json>(api.call("POST", "/api/initiatives", { token, body: initiativeBody({ title: "Churn prediction", department: "Sales", priorityIds: ["service"] }) }), 201);
    const closing = await ok<Json>(api.call("POST", "/api/risks", { token, body: riskBody(pilot.id, { title: "Vendor lock-in", likelihood: 2, impact: 3 }) }), 201);
    const growing = await ok<Json>(api.call("POST", "/api/risks", { token, body: riskBody(pilot.id, { title: "Model drift", likelihood: 3, impact: 4 }) }), 201);
    await ok(api.call("POST", "/api/maturity-assessments", { token, body: assessment("2026-04", 2) }), 201);
    const ratings: [string, number][] = [[people.cfo, 5], [people.coo, 4], [people.ciso, 5]];
    const answers = new Map<string, string>();
    for (const [oid, importance] of ratings) {
      const res = await api.call("PUT", "/api/alignment-responses/2026-Q2/margin", {
        token: await executive(tid, oid),
        body: { importance, expectedOutcome: "cost-reduction", confidence: 3 },
      });
      expect(res.status, res.text).toBe(201);
      answers.set(oid, res.headers.get("etag") as string);
    }
    clock = "2026-05-01T06:00:00.000Z";
    const april = await publish(token, await draft(token, "2026-04"));

    // May: a stage move, a closed risk, a worse risk, a new risk, new money, a new initiative,
    // a better assessment and a dissenting executive.
    clock = "2026-05-15T09:00:00.000Z";
    await ok(api.call("POST", `/api/initiatives/${idea.id}/retire`, { token, body: { rationale: "Superseded by a vendor product" }, headers: { "if-match": idea.etag } }));
    await ok(api.call("PATCH", `/api/risks/${closing.id}`, { token, body: { status: "closed" }, headers: { "if-match": closing.etag } }));
    await ok(api.call("PATCH", `/api/risks/${growing.id}`, { token, body: { likelihood: 5 }, headers: { "if-match": growing.etag } }));
    const raised = await ok<Json>(api.call("POST", "/api/risks", { token, body: riskBody(null, { title: "Shadow AI use", ownerId: people.ciso, likelihood: 4, impact: 4 }) }), 201);
    const current = await ok<Json>(api.call("GET", `/api/initiatives/${pilot.id}`, { token }));
    await ok(
      api.call("PATCH", `/api/initiatives/${pilot.id}`, {
        token,
        body: { benefitLines: [...(current.benefitLines as unknown[]), { period: "2026-05", kind: "hard", planned: 10_000, actual: 15_000 }] },
        headers: { "if-match": current.etag },
      }),
    );
    const added = await ok<Json>(api.call("POST", "/api/initiatives", { token, body: initiativeBody({ title: "Contract review copilot", department: "Legal", costLines: [], benefitLines: [] }) }), 201);
    await ok(api.call("POST", "/api/maturity-assessments", { token, body: assessment("2026-05", 3) }), 201);
    await ok(
      api.call("PUT", "/api/alignment-responses/2026-Q2/margin", {
        token: await executive(tid, people.coo),
        body: { importance: 1, expectedOutcome: "cost-reduction", confidence: 3 },
        headers: { "if-match": answers.get(people.coo) as string },
      }),
    );

    // The timer drafts May on June 1st; the CIO publishes it; a board member compares.
    clock = "2026-06-01T06:00:00.000Z";
    const run = await draftMonthlySnapshots(api.services, { tenantIds: [tid] });
    expect(run.created).toEqual([tid]);
    const mayDraft = await ok<Detail>(api.call("GET", "/api/snapshots/2026-05.v1", { token }));
    const may = await publish(token, mayDraft.snapshot);
    expect(may.previousHash).toBe(april.contentHash);

    const res = await api.call("GET", `/api/snapshots/compare?from=${april.id}&to=${may.id}`, { token: await boardMember(tid) });
    expect(res.status, res.text).toBe(200);
    const { from, to, diff } = res.json as { from: Snapshot; to: Snapshot; diff: SnapshotDiff };
    expect([from.id, to.id]).toEqual([april.id, may.id]);
    expect(diff.from).toEqual({ period: "2026-04", version: 1 });
    expect(diff.to).toEqual({ period: "2026-05", version: 1 });
    expect(diff.stageMoves).toEqual([{ initiativeId: idea.id, title: "Churn prediction", from: "idea", to: "retired" }]);
    expect(diff.initiativesAdded.map((i) => i.initiativeId)).toEqual([added.id]);
    expect(diff.initiativesRemoved).toEqual([]);
    expect(diff.risks.opened.map((r) => [r.riskId, r.reopened])).toEqual([[raised.id, false]]);
    expect(diff.risks.closed.map((r) => [r.riskId, r.removed])).toEqual([[closing.id, false]]);
    expect(diff.risks.bandChanges).toEqual([
      expect.objectContaining({ riskId: growing.id, kind: "inherent", from: "high", to: "critical", worse: true }),
    ]);
    expect(diff.risks.openByBand.critical).toEqual({ from: 0, to: 1, delta: 1 });
    expect(diff.portfolio.benefitToDate.delta).toBe(15_000);
    expect(diff.portfolio.roi.delta).toBeGreaterThan(0);
    expect(diff.initiativeValue.map((v) => [v.initiativeId, v.benefitToDate.delta])).toEqual([[pilot.id, 15_000]]);
    expect(diff.maturity).toMatchObject({ fromPeriod: "2026-04", toPeriod: "2026-05", index: { from: 25, to: 50, delta: 25 } });
    expect(diff.maturity.dimensions).toHaveLength(7);
    expect(diff.alignment.index.delta).toBeLessThan(0);
    expect(diff.alignment.newDisagreements).toEqual([{ priorityId: "margin", title: "Protect operating margin" }]);
    expect(diff.checkIns.missed.map((m) => [m.initiativeId, m.outcomeOwnerName, m.missedBefore])).toEqual([[pilot.id, "Frank CFO", true]]);

    // Either way round is allowed; the same snapshot against itself shows nothing.
    const same = await ok<{ diff: SnapshotDiff }>(api.call("GET", `/api/snapshots/compare?from=${may.id}&to=${may.id}`, { token }));
    expect(same.diff.stageMoves).toEqual([]);
    expect(same.diff.initiativeValue).toEqual([]);
    expect((await api.call("GET", `/api/snapshots/compare?from=${may.id}`, { token })).status).toBe(400);
  });
});
