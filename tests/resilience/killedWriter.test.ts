import { TableClient } from "@azure/data-tables";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { demoTenantId } from "../../api/src/seed/demoTenantId";
import { initiativeBody, strategy } from "../../api/test/support/fixtures";
import { startApiProcess, type ApiProcess } from "./support/apiProcess";
import { entitiesOf, readPartition } from "./support/consistency";

/**
 * Issue #8, killed during a multi-entity write: the API runs as its own process and is killed
 * (SIGKILL) while retirements are in flight — each writes the initiative, a gate decision, two
 * audit events and the head in one transaction. After a restart every initiative is either
 * wholly before or wholly after: retired ⇔ a gate decision to retired ⇔ a retire audit event,
 * the chain is intact, and every retirement the API acknowledged is there.
 */
const initiativeCount = 40;
const rounds = 4;

const listed = z.object({
  items: z.array(z.object({ id: z.string(), stage: z.string(), etag: z.string() })),
});
const entity = z.object({ id: z.string(), etag: z.string() });

let api: ApiProcess | undefined;
afterAll(async () => {
  await api?.stop();
});

const connectionString = () => inject("azuriteConnectionString");

async function start(tableName: string) {
  const process = await startApiProcess(inject("apiBundle"), {
    connectionString: connectionString(),
    tableName,
  });
  const cio = process.personas.find((p) => p.roles.includes("Portfolio.Manager"));
  if (!cio) throw new Error("the demo company has no Portfolio.Manager");
  return { process, token: await process.tokenFor(cio.id) };
}

/** Each initiative wholly before or wholly after its retirement, and the log replaying to the store. */
async function expectWholeWrites(table: TableClient, acknowledged: ReadonlySet<string>) {
  const partition = await readPartition(table, demoTenantId);
  expect(partition.problems).toEqual([]);
  const gates = entitiesOf(partition, "gate-decision");
  const mismatches: string[] = [];
  for (const initiative of entitiesOf(partition, "initiative")) {
    const id = String(initiative.id);
    const retired = initiative.stage === "retired";
    const decisions = gates.filter((g) => g.initiativeId === id && g.to === "retired").length;
    const events = partition.events.filter((e) => e.entityId === id && e.action === "retire").length;
    if (decisions !== (retired ? 1 : 0) || events !== (retired ? 1 : 0))
      mismatches.push(
        `${id}: stage ${String(initiative.stage)}, ${decisions} gate decisions, ${events} retire events`,
      );
    if (acknowledged.has(id) && !retired)
      mismatches.push(`${id}: retirement acknowledged with 200 but not stored`);
  }
  expect(mismatches).toEqual([]);
  return partition;
}

describe("API killed during multi-entity writes", () => {
  it("leaves every initiative wholly retired or wholly not, across repeated SIGKILLs", async () => {
    const tableName = `k${randomBytes(6).toString("hex")}`;
    const table = TableClient.fromConnectionString(connectionString(), tableName, {
      allowInsecureConnection: true,
    });
    let { process, token } = await start(tableName);
    api = process;
    expect((await process.call("PUT", "/api/strategy", { token, body: strategy() })).status).toBe(201);
    const [outcome, risk] = process.personas.filter((p) => !p.roles.includes("Portfolio.Manager"));
    for (let i = 0; i < initiativeCount; i++) {
      const res = await process.call("POST", "/api/initiatives", {
        token,
        body: initiativeBody({
          title: `Pilot ${i}`,
          outcomeOwnerId: String(outcome?.id),
          riskOwnerId: String(risk?.id),
        }),
      });
      expect(res.status, res.text).toBe(201);
      entity.parse(res.json);
    }

    const acknowledged = new Set<string>();
    const retiredAfterRound: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const list = await process.call("GET", "/api/initiatives?pageSize=100", { token });
      expect(list.status, list.text).toBe(200);
      const open = listed.parse(list.json).items.filter((i) => i.stage !== "retired");
      // All retirements at once; the process dies somewhere in the middle of them. The kill waits
      // for a random number of this round's acknowledgements (at most half of what is open), not
      // for a fixed time, so it lands mid-way on a fast machine as on a slow one.
      const killAfter = 1 + Math.floor(Math.random() * Math.max(1, Math.floor(open.length / 2)));
      let acknowledgedThisRound = 0;
      let reachedKillPoint: () => void = () => undefined;
      const killPoint = new Promise<void>((resolve) => {
        reachedKillPoint = resolve;
      });
      const inFlight = open.map(async (initiative) => {
        try {
          const res = await process.call("POST", `/api/initiatives/${initiative.id}/retire`, {
            token,
            headers: { "if-match": initiative.etag },
            body: { rationale: `Portfolio review, round ${round}` },
          });
          if (res.status === 200) {
            acknowledged.add(initiative.id);
            if (++acknowledgedThisRound >= killAfter) reachedKillPoint();
          }
        } catch {
          // The connection died with the process: the outcome is unknown, which is what is tested.
        }
      });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([killPoint, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
      clearTimeout(timer);
      await process.kill();
      await Promise.all(inFlight);

      ({ process, token } = await start(tableName));
      api = process;
      const partition = await expectWholeWrites(table, acknowledged);
      retiredAfterRound.push(entitiesOf(partition, "initiative").filter((i) => i.stage === "retired").length);
      const verify = await process.call("GET", "/api/audit/verify", { token });
      expect(verify.json).toMatchObject({ intact: true });
    }
    // The kills landed mid-way: some rounds ended with part of the portfolio retired.
    expect(
      retiredAfterRound.some((n) => n > 0 && n < initiativeCount),
      `retired after each round: ${retiredAfterRound.join(", ")}`,
    ).toBe(true);

    // After the last restart the API serves normally: the rest can be retired.
    const list = await process.call("GET", "/api/initiatives?pageSize=100", { token });
    for (const initiative of listed.parse(list.json).items.filter((i) => i.stage !== "retired")) {
      const res = await process.call("POST", `/api/initiatives/${initiative.id}/retire`, {
        token,
        headers: { "if-match": initiative.etag },
        body: { rationale: "Final review" },
      });
      expect(res.status, res.text).toBe(200);
      acknowledged.add(initiative.id);
    }
    const final = await expectWholeWrites(table, acknowledged);
    expect(entitiesOf(final, "initiative").every((i) => i.stage === "retired")).toBe(true);
    expect(process.unexpectedErrors()).toEqual([]);
  });
});
