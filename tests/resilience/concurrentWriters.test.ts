import { TableClient } from "@azure/data-tables";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { startApi, tenantA } from "../../api/test/support/apiHarness";
import { initiativeBody, people, strategy } from "../../api/test/support/fixtures";
import { demoTenantId } from "../../api/src/seed/demoTenantId";
import { startApiProcess, type ApiProcess } from "./support/apiProcess";
import { readPartition } from "./support/consistency";
import { jsonClient, type JsonClient } from "./support/http";

/**
 * Issue #8, concurrent writers: 50 writers increment a counter on the same three initiatives,
 * each by GET → PATCH with If-Match, retrying a 412 a bounded number of times. Optimistic
 * concurrency must make every accepted write build on the one before it: no lost update,
 * no 5xx, and an audit log that holds exactly the accepted writes.
 */
const writers = 50;
const initiatives = 3;
const writesPerWriter = 2;
const maxAttempts = 60;

type Writer = { call: JsonClient; token: string };
type Accepted = {
  initiativeId: string;
  count: number;
  etag: string;
  updatedAt: string;
  doc: Record<string, unknown>;
};
type Outcome = { accepted: Accepted[]; statuses: { method: string; status: number }[]; gaveUp: number };

const stored = z.looseObject({
  id: z.string(),
  etag: z.string(),
  updatedAt: z.string(),
  problemStatement: z.string(),
});
const auditItems = z.object({
  items: z.array(z.object({ seq: z.number(), action: z.string(), before: z.unknown(), after: z.unknown() })),
});
const countOf = (problemStatement: string) =>
  Number(/^count=(\d+)/.exec(problemStatement)?.[1] ?? Number.NaN);
const withoutEtag = ({ etag: _etag, ...doc }: Record<string, unknown>) => doc;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every writer lands `writesPerWriter` increments on its initiative, or gives up after `maxAttempts` 412s. */
async function runWriters(clients: Writer[], ids: string[]): Promise<Outcome> {
  const outcome: Outcome = { accepted: [], statuses: [], gaveUp: 0 };
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const { call, token } = clients[w % clients.length] as Writer;
      const id = ids[w % ids.length] as string;
      for (let write = 0; write < writesPerWriter; write++) {
        let landed = false;
        for (let attempt = 1; attempt <= maxAttempts && !landed; attempt++) {
          const read = await call("GET", `/api/initiatives/${id}`, { token });
          outcome.statuses.push({ method: "GET", status: read.status });
          if (read.status !== 200) break;
          const current = stored.parse(read.json);
          const res = await call("PATCH", `/api/initiatives/${id}`, {
            token,
            headers: { "if-match": current.etag },
            body: {
              problemStatement: `count=${countOf(current.problemStatement) + 1}`,
              title: `Writer ${w}, write ${write}, attempt ${attempt}`,
            },
          });
          outcome.statuses.push({ method: "PATCH", status: res.status });
          if (res.status === 200) {
            const doc = stored.parse(res.json);
            outcome.accepted.push({
              initiativeId: id,
              count: countOf(doc.problemStatement),
              etag: doc.etag,
              updatedAt: doc.updatedAt,
              doc,
            });
            landed = true;
          } else if (res.status === 412) await pause(Math.random() * 10);
          else break;
        }
        if (!landed) outcome.gaveUp++;
      }
    }),
  );
  return outcome;
}

/** The checks of the issue, through the API (final state, audit per entity, verify) and in storage. */
async function expectNoLostUpdate(
  outcome: Outcome,
  ids: string[],
  reader: Writer,
  table: TableClient,
  tenantId: string,
) {
  const unexpected = outcome.statuses.filter((s) =>
    s.method === "GET" ? s.status !== 200 : s.status !== 200 && s.status !== 412,
  );
  expect(unexpected, "every GET is 200, every PATCH 200 or 412").toEqual([]);

  for (const id of ids) {
    const accepted = outcome.accepted.filter((a) => a.initiativeId === id).sort((a, b) => a.count - b.count);
    // Each accepted write incremented exactly the state it read: the counts are 1..n, none twice.
    expect(
      accepted.map((a) => a.count),
      `counts written to ${id}`,
    ).toEqual(accepted.map((_, i) => i + 1));
    expect(new Set(accepted.map((a) => a.etag)).size).toBe(accepted.length);
    const updatedAt = accepted.map((a) => a.updatedAt);
    expect(updatedAt, "the server's order of accepted writes is the counter's order").toEqual(
      [...updatedAt].sort(),
    );

    const last = accepted.at(-1) as Accepted;
    const final = await reader.call("GET", `/api/initiatives/${id}`, { token: reader.token });
    expect(final.status).toBe(200);
    expect(final.headers.etag).toBe(last.etag);
    expect(withoutEtag(stored.parse(final.json))).toEqual(withoutEtag(last.doc));

    const audit = await reader.call("GET", `/api/audit?entityId=${id}&limit=500`, { token: reader.token });
    expect(audit.status).toBe(200);
    const events = auditItems.parse(audit.json).items.sort((a, b) => a.seq - b.seq);
    expect(events.map((e) => e.action)).toEqual(["create", ...accepted.map(() => "update")]);
    expect(events.slice(1).map((e) => e.after)).toEqual(accepted.map((a) => withoutEtag(a.doc)));
  }

  // 412s prove that writers really raced; without them this test would show nothing.
  expect(
    outcome.statuses.filter((s) => s.status === 412).length,
    `${outcome.accepted.length} writes accepted, ${outcome.gaveUp} given up after ${maxAttempts} attempts`,
  ).toBeGreaterThan(0);
  const verify = await reader.call("GET", "/api/audit/verify", { token: reader.token });
  expect(verify.json).toMatchObject({ intact: true });
  const partition = await readPartition(table, tenantId);
  expect(partition.problems).toEqual([]);
  expect(partition.events.length).toBe((verify.json as { events: number }).events);
}

async function createTargets(
  call: JsonClient,
  token: string,
  owner: { outcome: string; risk: string },
): Promise<string[]> {
  const profile = await call("PUT", "/api/strategy", { token, body: strategy() });
  expect(profile.status, profile.text).toBe(201);
  const ids: string[] = [];
  for (let i = 0; i < initiatives; i++) {
    const res = await call("POST", "/api/initiatives", {
      token,
      body: initiativeBody({
        title: `Contended ${i}`,
        problemStatement: "count=0",
        outcomeOwnerId: owner.outcome,
        riskOwnerId: owner.risk,
      }),
    });
    expect(res.status, res.text).toBe(201);
    ids.push(stored.parse(res.json).id);
  }
  return ids;
}

describe("concurrent writers with ETags", () => {
  const processes: ApiProcess[] = [];
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
  });

  it("50 writers on 3 initiatives through one API: 2xx or 412 only, no lost update, audit = accepted writes", async () => {
    const api = await startApi();
    try {
      const call = jsonClient(api.baseUrl);
      const token = await api.token({ oid: people.cio, roles: ["Portfolio.Manager"] });
      const ids = await createTargets(call, token, { outcome: people.cfo, risk: people.ciso });
      const outcome = await runWriters([{ call, token }], ids);
      await expectNoLostUpdate(outcome, ids, { call, token }, api.services.storage.table, tenantA);
    } finally {
      await api.close();
    }
  });

  it("the same across two API processes sharing one table (the head's ETag decides across instances)", async () => {
    const connectionString = inject("azuriteConnectionString");
    const tableName = `w${randomBytes(6).toString("hex")}`;
    for (let i = 0; i < 2; i++)
      processes.push(await startApiProcess(inject("apiBundle"), { connectionString, tableName }));
    const clients: Writer[] = [];
    for (const p of processes) {
      const cio = p.personas.find((persona) => persona.roles.includes("Portfolio.Manager"));
      if (!cio) throw new Error("the demo company has no Portfolio.Manager");
      clients.push({ call: p.call, token: await p.tokenFor(cio.id) });
    }
    const [first] = clients as [Writer];
    const [outcomeOwner, riskOwner] = (processes[0] as ApiProcess).personas.filter(
      (p) => !p.roles.includes("Portfolio.Manager"),
    );
    const ids = await createTargets(first.call, first.token, {
      outcome: String(outcomeOwner?.id),
      risk: String(riskOwner?.id),
    });
    const outcome = await runWriters(clients, ids);
    const table = TableClient.fromConnectionString(connectionString, tableName, {
      allowInsecureConnection: true,
    });
    await expectNoLostUpdate(outcome, ids, first, table, demoTenantId);
    for (const p of processes) expect(p.unexpectedErrors()).toEqual([]);
  });
});
