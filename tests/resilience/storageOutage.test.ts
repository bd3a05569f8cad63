import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { routes } from "../../api/src/http/routes";
import { loadConfig } from "../../api/src/config";
import { startLocalApi } from "../../api/src/host/main";
import { tenantA } from "../../api/test/support/apiHarness";
import { initiativeBody, people, riskBody } from "../../api/test/support/fixtures";
import { startAzurite, type RunningAzurite } from "../../scripts/lib/azurite";
import { readPartition } from "./support/consistency";
import {
  jsonClient,
  NoAnswerInTime,
  problemDefects,
  type JsonClient,
  type RawResponse,
} from "./support/http";
import { freePort } from "./support/ports";
import { createFixture, pastPeriod, sampleOf, sendSample, type Fixture } from "./support/samples";

/**
 * Issue #8, storage outage: Azurite is stopped in the middle of a load and started again on the
 * same ports and folder. While it is away the API answers 503 with Retry-After as problem+json
 * within a bound (never hangs, never a 500), nothing is half-written, and it serves normally
 * once storage is back.
 */
const answerBoundMs = 10_000;
const routesWithoutStorage = new Set(["me"]);

type Phase = "up" | "down" | "back";
type Result = {
  phase: Phase;
  op: string;
  status: number;
  ms: number;
  defects: string[];
};

const entity = z.object({ id: z.string(), etag: z.string() });

let folder: string;
let azurite: RunningAzurite;
let ports: { tablePort: number; blobPort: number };
let api: Awaited<ReturnType<typeof startLocalApi>>;
let call: JsonClient;
let token: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "board-outage-"));
  ports = { tablePort: await freePort(), blobPort: await freePort() };
  azurite = await startAzurite({ location: folder, ...ports });
  const settings = loadConfig({
    AUTH_MODE: "local",
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    TABLE_NAME: "outage",
  });
  api = await startLocalApi({ port: 0, settings, personas: [], quiet: true });
  call = jsonClient(`http://127.0.0.1:${api.port}`, answerBoundMs);
  token = await (api.identity as NonNullable<typeof api.identity>).issue({
    oid: people.cio,
    tid: tenantA,
    roles: ["Portfolio.Manager", "Executive"],
  });
});

afterAll(async () => {
  await api?.close();
  await azurite?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** What every answer must be, whatever storage does: a bounded, well-formed answer. */
function defectsOf(res: RawResponse, method: string): string[] {
  const defects: string[] = [];
  if (res.status >= 500 && res.status !== 503) defects.push(`status ${res.status}`);
  if (res.status >= 400) defects.push(...problemDefects(res, method));
  if (res.status === 503 && !/^\d+$/.test(String(res.headers["retry-after"] ?? "")))
    defects.push("503 without Retry-After");
  return defects;
}

describe("storage outage under load", () => {
  it("answers 503 + Retry-After within the bound while Azurite is down, and nothing is half-written", async () => {
    const results: Result[] = [];
    let phase: Phase = "up";
    const known: string[] = [];
    const created: string[] = [];

    const record = async (
      op: string,
      method: string,
      send: () => Promise<RawResponse>,
    ): Promise<RawResponse | undefined> => {
      const at = phase;
      try {
        const res = await send();
        results.push({
          phase: at,
          op,
          status: res.status,
          ms: res.ms,
          defects: defectsOf(res, method),
        });
        return res;
      } catch (error) {
        const defect =
          error instanceof NoAnswerInTime ? error.message : `no answer: ${(error as Error).message}`;
        results.push({ phase: at, op, status: 0, ms: answerBoundMs, defects: [defect] });
        return undefined;
      }
    };

    // The load: writers and readers of one tenant, all the time, through the whole outage.
    const operations: Record<string, () => Promise<unknown>> = {
      create: async () => {
        const res = await record("create initiative", "POST", () =>
          call("POST", "/api/initiatives", { token, body: initiativeBody() }),
        );
        if (res?.status === 201) {
          const { id } = entity.parse(res.json);
          known.push(id);
          created.push(id);
        }
      },
      update: async () => {
        const id = known[Math.floor(Math.random() * known.length)];
        if (!id) return;
        const read = await record("read initiative", "GET", () =>
          call("GET", `/api/initiatives/${id}`, { token }),
        );
        if (read?.status !== 200) return;
        await record("update initiative", "PATCH", () =>
          call("PATCH", `/api/initiatives/${id}`, {
            token,
            headers: { "if-match": entity.parse(read.json).etag },
            body: { health: "at-risk" },
          }),
        );
      },
      retire: async () => {
        const id = known[Math.floor(Math.random() * known.length)];
        if (!id) return;
        const read = await record("read initiative", "GET", () =>
          call("GET", `/api/initiatives/${id}`, { token }),
        );
        if (read?.status !== 200) return;
        await record("retire initiative", "POST", () =>
          call("POST", `/api/initiatives/${id}/retire`, {
            token,
            headers: { "if-match": entity.parse(read.json).etag },
            body: { rationale: "Stopped" },
          }),
        );
      },
      risk: async () => {
        const id = known[Math.floor(Math.random() * known.length)];
        if (id)
          await record("create risk", "POST", () =>
            call("POST", "/api/risks", { token, body: riskBody(id) }),
          );
      },
      // A publication writes the snapshot's document (a blob) and its index entry (a table row).
      publish: async () => {
        // Months 0–9 belong to the fixtures made before and after the outage; the load publishes elsewhere.
        const period = pastPeriod(10 + Math.floor(Math.random() * 230));
        const draft = await record("draft snapshot", "POST", () =>
          call("POST", "/api/snapshots", { token, body: { period } }),
        );
        if (draft?.status !== 200 && draft?.status !== 201) return;
        const { id, etag } = entity.parse(draft.json);
        await record("publish snapshot", "POST", () =>
          call("POST", `/api/snapshots/${id}/publish`, { token, headers: { "if-match": etag } }),
        );
      },
      list: () => record("list initiatives", "GET", () => call("GET", "/api/initiatives", { token })),
      board: () => record("board", "GET", () => call("GET", "/api/board", { token })),
      audit: () => record("audit", "GET", () => call("GET", "/api/audit?limit=20", { token })),
    };
    const fixture: Fixture = await createFixture(call, token, 0);
    known.push(fixture.initiative.id);
    const operationList = Object.values(operations);
    let loading = true;
    const load = Array.from({ length: 6 }, async () => {
      while (loading)
        await (operationList[Math.floor(Math.random() * operationList.length)] as () => Promise<unknown>)();
    });
    const during = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await during(1500);

    // Storage goes away in the middle of the load.
    await azurite.stop();
    phase = "down";
    await during(500);
    // Every route of the route table, with a valid request, while storage is down.
    const probes = await Promise.all(
      routes.map(async (route, n) => {
        const sample = sampleOf(route.name, fixture, n);
        return {
          route: route.name,
          res: await record(`probe ${route.name}`, sample.method, () => sendSample(call, sample, token)),
        };
      }),
    );
    await during(1500);

    phase = "back";
    azurite = await startAzurite({ location: folder, ...ports });
    // Back to normal within the bound: the health check answers 200 again.
    const healthy = await (async () => {
      const until = performance.now() + answerBoundMs;
      while (performance.now() < until) {
        if ((await call("GET", "/api/health")).status === 200) return true;
        await during(100);
      }
      return false;
    })();
    await during(1500);
    loading = false;
    await Promise.all(load);

    // No request hung, none answered 500 or a malformed error.
    expect(
      results.filter((r) => r.defects.length > 0).map((r) => `${r.phase} ${r.op}: ${r.defects.join("; ")}`),
    ).toEqual([]);
    expect(results.filter((r) => r.ms > answerBoundMs)).toEqual([]);
    expect(results.filter((r) => r.phase === "down" && r.status === 503).length).toBeGreaterThan(0);
    // Each route that needs storage said 503 while it was down; only the token-only route answered.
    expect(probes.map(({ route, res }) => `${route} ${res?.status}`)).toEqual(
      probes.map(({ route }) => `${route} ${routesWithoutStorage.has(route) ? 200 : 503}`),
    );
    expect(healthy).toBe(true);

    // Serving normally again: a create, an update and a retire go through.
    const again = await createFixture(call, token, 1);
    const patched = await sendSample(call, sampleOf("updateInitiative", again, 2), token);
    expect(patched.status, patched.text).toBe(200);
    const retired = await call("POST", `/api/initiatives/${again.initiative.id}/retire`, {
      token,
      headers: { "if-match": entity.parse(patched.json).etag },
      body: { rationale: "Done" },
    });
    expect(retired.status, retired.text).toBe(200);

    // Nothing half-written: the audit chain is intact and replays to exactly what is stored.
    const verify = await call("GET", "/api/audit/verify", { token });
    expect(verify.json).toMatchObject({ intact: true });
    const snapshots = await call("GET", "/api/snapshots/verify", { token });
    expect(snapshots.json, snapshots.text).toMatchObject({ intact: true });
    const partition = await readPartition(api.services.storage.table, tenantA);
    expect(partition.problems).toEqual([]);
    const creates = partition.events.filter((e) => e.before === null).length;
    const deletes = partition.events.filter((e) => e.after === null).length;
    expect(partition.entities.size).toBe(creates - deletes);
    // Every create the API acknowledged survived the outage.
    for (const id of created)
      expect(partition.entities.has(`initiative|${id}`), `initiative ${id}`).toBe(true);
  });
});
