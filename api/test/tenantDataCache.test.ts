import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
});
