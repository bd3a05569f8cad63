import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApi, type Harness } from "./support/apiHarness";
import { initiativeBody, people, strategy } from "./support/fixtures";

/** The strategy profile keeps the business priorities initiatives link to, over real HTTP. */
type Problem = { status: number; detail: string; errors?: { path: string; message: string }[] };
type Profile = { priorities: { id: string; title: string }[]; etag: string };

let api: Harness;
let cio: string;

beforeAll(async () => {
  api = await startApi();
  cio = await api.token({ oid: people.cio, roles: ["Portfolio.Manager", "Executive"] });
  const body = strategy();
  body.priorities.push({ id: "people", title: "Upskill our people", rank: 3, sponsorId: people.cio });
  expect((await api.call("PUT", "/api/strategy", { token: cio, body })).status).toBe(201);
  for (const [title, priorityIds] of [
    ["Invoice matching", ["margin"]],
    ["Chat triage", ["margin", "service"]],
  ] as const) {
    const res = await api.call("POST", "/api/initiatives", {
      token: cio,
      body: initiativeBody({ title, priorityIds: [...priorityIds] }),
    });
    expect(res.status, res.text).toBe(201);
  }
});
afterAll(() => api.close());

const read = async () => (await api.call("GET", "/api/strategy", { token: cio })).json as Profile;
const auditOf = async () =>
  (await api.call("GET", "/api/audit?entityId=profile", { token: cio })).json as { items: unknown[] };
const replace = (profile: Profile, keep: readonly string[]) =>
  api.call("PUT", "/api/strategy", {
    token: cio,
    headers: { "if-match": profile.etag },
    body: {
      ...strategy(),
      priorities: [
        ...strategy().priorities,
        { id: "people", title: "Upskill our people", rank: 3, sponsorId: people.cio },
      ]
        .filter((p) => keep.includes(p.id))
        .map((p, n) => ({ ...p, rank: n + 1 })),
    },
  });

describe("removing business priorities", () => {
  it("refuses with 409 while initiatives link to them, naming each priority and its initiatives, and writes nothing", async () => {
    const before = await read();
    const audit = await auditOf();
    const refused = await replace(before, ["people"]);
    expect(refused.status, refused.text).toBe(409);
    expect(refused.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = refused.json as Problem;
    expect(problem.detail).toBe(
      "initiatives still link to 'Protect operating margin', 'Faster customer service'; link those initiatives to other business priorities before removing them",
    );
    expect(problem.errors).toEqual([
      {
        path: "priorities",
        message: "'Protect operating margin' is linked by 2 initiatives: Chat triage, Invoice matching",
      },
      { path: "priorities", message: "'Faster customer service' is linked by 1 initiative: Chat triage" },
    ]);
    const after = await read();
    expect(after.etag).toBe(before.etag);
    expect(after.priorities.map((p) => p.id)).toEqual(["margin", "service", "people"]);
    expect(await auditOf()).toEqual(audit);
  });

  it("removes a priority no initiative links to", async () => {
    const before = await read();
    const audit = await auditOf();
    const res = await replace(before, ["margin", "service"]);
    expect(res.status, res.text).toBe(200);
    expect((await read()).priorities.map((p) => p.id)).toEqual(["margin", "service"]);
    expect((await auditOf()).items).toHaveLength(audit.items.length + 1);
  });
});
