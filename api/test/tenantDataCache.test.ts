import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { commitChanges } from "../src/store/commit";
import { createStorageClients } from "../src/store/clients";
import { readTenantEntities } from "../src/store/tenantData";
import { startApi, tenantA, type Harness } from "./support/apiHarness";
import { initiativeBody, metricBody, people, riskBody, strategy } from "./support/fixtures";

/**
 * The per-tenant cache applies this process's own commits instead of re-reading: after any mix of
 * creates, updates and deletes, the patched cache must equal a fresh read of storage.
 */
let api: Harness;
let cio: string;

beforeAll(async () => {
  api = await startApi();
  cio = await api.token({ oid: people.cio, roles: ["Portfolio.Manager", "Executive"] });
});
afterAll(() => api.close());

describe("tenant data cache", () => {
  it("equals a fresh read after creates, updates and deletes", async () => {
    expect((await api.call("PUT", "/api/strategy", { token: cio, body: strategy() })).status).toBe(201);
    await api.services.tenantData.get(tenantA); // warm: later writes are applied to this copy
    const table = api.services.storage.table;
    const list = table.listEntities.bind(table);
    let queries = 0;
    table.listEntities = ((...args: Parameters<typeof list>) => {
      queries++;
      return list(...args);
    }) as typeof table.listEntities;
    const ids: string[] = [];
    for (const title of ["Zeta", "Alpha", "Mid"]) {
      const res = await api.call("POST", "/api/initiatives", { token: cio, body: initiativeBody({ title }) });
      ids.push((res.json as { id: string }).id);
    }
    const first = (await api.call("GET", `/api/initiatives/${ids[0]}`, { token: cio })).headers.get("etag") as string;
    await api.call("PATCH", `/api/initiatives/${ids[0]}`, { token: cio, body: { health: "off-track" }, headers: { "if-match": first } });
    const metric = await api.call("POST", "/api/metrics", { token: cio, body: metricBody(ids[1] as string) });
    const risk = await api.call("POST", "/api/risks", { token: cio, body: riskBody(ids[2] as string) });
    await api.call("DELETE", `/api/metrics/${(metric.json as { id: string }).id}`, {
      token: cio,
      headers: { "if-match": metric.headers.get("etag") as string },
    });

    const cached = await api.services.tenantData.get(tenantA);
    expect(queries, "the cache re-read storage instead of applying the commits").toBe(0);
    table.listEntities = list;
    const fresh = await readTenantEntities(api.services.storage, tenantA);
    expect(cached.data).toEqual(fresh);
    expect(cached.data.initiatives.map((i) => i.id)).toEqual([...ids].sort());
    expect(cached.data.risks.map((r) => r.id)).toEqual([(risk.json as { id: string }).id]);
    expect(cached.data.metrics).toEqual([]);
  });

  it("answers an unchanged board with 304 and a changed one with a new ETag", async () => {
    const first = await api.call("GET", "/api/board", { token: cio });
    const etag = first.headers.get("etag") as string;
    const zipped = await api.call("GET", "/api/board", { token: cio, headers: { "accept-encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.json).toEqual(first.json);
    expect(etag).toMatch(/^W\/"board-\d+-/);
    expect((await api.call("GET", "/api/board", { token: cio, headers: { "if-none-match": etag } })).status).toBe(304);
    await api.call("POST", "/api/initiatives", { token: cio, body: initiativeBody({ title: "Another" }) });
    const after = await api.call("GET", "/api/board", { token: cio, headers: { "if-none-match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
  });

  it("sees a write made by another instance on the very next read", async () => {
    const created = await api.call("POST", "/api/initiatives", { token: cio, body: initiativeBody({ title: "Shared" }) });
    const id = (created.json as { id: string }).id;
    expect((await api.call("GET", `/api/initiatives/${id}`, { token: cio })).json).toMatchObject({ health: "on-track" });
    // Another instance: its own clients and caches over the same table.
    const other = createStorageClients({
      STORAGE_CONNECTION_STRING: inject("azuriteConnectionString"),
      TABLE_NAME: api.tableName,
      SNAPSHOT_CONTAINER: "unused",
    });
    const before = (await readTenantEntities(other, tenantA)).initiatives.find((i) => i.id === id);
    const { etag: _etag, ...doc } = before as NonNullable<typeof before>;
    await commitChanges(other, tenantA, people.cio, () =>
      Promise.resolve([{ kind: "initiative", id, action: "update", before: doc, after: { ...doc, health: "off-track" } }]),
    );
    const after = await api.call("GET", `/api/initiatives/${id}`, { token: cio });
    expect(after.json).toMatchObject({ health: "off-track" });
    const board = (await api.call("GET", "/api/board", { token: cio })).json as { initiatives: { id: string; health: string }[] };
    expect(board.initiatives.find((i) => i.id === id)?.health).toBe("off-track");
  });

  it("shares head reads among concurrent requests, and a write's plan reads no storage at all", async () => {
    const created = await api.call("POST", "/api/initiatives", { token: cio, body: initiativeBody({ title: "Busy" }) });
    const id = (created.json as { id: string }).id;
    const table = api.services.storage.table;
    const getEntity = table.getEntity.bind(table);
    const list = table.listEntities.bind(table);
    let pointReads = 0;
    let queries = 0;
    table.getEntity = ((...args: Parameters<typeof getEntity>) => {
      pointReads++;
      return getEntity(...args);
    }) as typeof table.getEntity;
    table.listEntities = ((...args: Parameters<typeof list>) => {
      queries++;
      return list(...args);
    }) as typeof table.listEntities;
    try {
      const answers = await Promise.all(Array.from({ length: 40 }, () => api.call("GET", `/api/initiatives/${id}`, { token: cio })));
      expect(answers.every((a) => a.status === 200)).toBe(true);
      expect(pointReads).toBeGreaterThanOrEqual(1);
      expect(pointReads, "each request read the head on its own").toBeLessThan(40);
      expect(queries).toBe(0);

      pointReads = 0;
      const etag = answers[0]?.headers.get("etag") as string;
      const patched = await api.call("PATCH", `/api/initiatives/${id}`, { token: cio, body: { health: "at-risk" }, headers: { "if-match": etag } });
      expect(patched.status).toBe(200);
      // The head is this process's last write and the entity comes from the cache at that head.
      expect(pointReads).toBe(0);
      expect(queries).toBe(0);
    } finally {
      table.getEntity = getEntity;
      table.listEntities = list;
    }
    expect((await api.call("GET", `/api/initiatives/${id}`, { token: cio })).json).toMatchObject({ health: "at-risk" });
  });
});
