import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./support/accessibility";
import { launchBrowser, newPage } from "./support/browser";

/**
 * Board snapshots in a real browser against the seeded demo company: the CIO prepares and
 * publishes the month just ended, a board member reads the latest month and compares it with the
 * one before, and the board pack prints with the content hash on every section page. The two
 * months before are drafted and published through the API first, by whoever the decision rights
 * name Accountable for publishing.
 */
let browser: Browser;
const tabUrl = () => inject("tabUrl");
const apiUrl = () => inject("apiUrl");
const slow = { timeout: 15_000 };

interface Persona {
  id: string;
  displayName: string;
  roles: string[];
}
interface Snapshot {
  id: string;
  period: string;
  status: string;
  etag: string;
  contentHash: string;
}

/** "YYYY-MM", `back` months before the current one (UTC, as the API counts months). */
function monthsAgo(back: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return d.toISOString().slice(0, 7);
}

async function call<T>(
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await fetch(`${apiUrl()}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function tokenOf(personaId: string): Promise<string> {
  const res = await fetch(`${apiUrl()}/local-auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ personaId }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

/** Drafts and publishes a month unless it is published already. */
async function publishMonth(token: string, period: string): Promise<Snapshot> {
  const existing = (
    await call<{ items: Snapshot[] }>(token, "GET", `/snapshots?period=${period}&status=published`)
  ).items[0];
  if (existing) return existing;
  const draft = await call<Snapshot>(token, "POST", "/snapshots", { period });
  const narrated = await call<Snapshot>(
    token,
    "PATCH",
    `/snapshots/${draft.id}`,
    {
      narrative: { highlights: [`Highlights of ${period}`], decisionsRequested: [], commentary: "" },
    },
    { "if-match": draft.etag },
  );
  return call<Snapshot>(token, "POST", `/snapshots/${draft.id}/publish`, undefined, {
    "if-match": narrated.etag,
  });
}

const justEnded = monthsAgo(1);
let earlier: Snapshot;

beforeAll(async () => {
  browser = await launchBrowser();
  const { personas } = (await (await fetch(`${apiUrl()}/local-auth/personas`)).json()) as {
    personas: Persona[];
  };
  const manager = personas.find((p) => p.roles.includes("Portfolio.Manager"));
  if (!manager) throw new Error("the demo company has no Portfolio.Manager persona");
  // Publishing is for the Accountable of "publish-snapshot", who must be a Portfolio.Manager.
  const rights = await call<{ items: { decisionType: string; accountableId: string }[] }>(
    await tokenOf(manager.id),
    "GET",
    "/decision-rights",
  );
  const accountableId =
    rights.items.find((r) => r.decisionType === "publish-snapshot")?.accountableId ?? manager.id;
  const publisher = personas.find((p) => p.id === accountableId && p.roles.includes("Portfolio.Manager"));
  if (!publisher)
    throw new Error(`the Accountable for publishing (${accountableId}) is not a Portfolio.Manager persona`);
  const token = await tokenOf(publisher.id);
  await publishMonth(token, monthsAgo(3));
  earlier = await publishMonth(token, monthsAgo(2));
});
afterAll(() => browser.close());

async function signIn(page: Page, name: string, hash: string) {
  await page.goto(`${tabUrl()}/${hash}`);
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
}

const hashOf = (page: Page) => new URL(page.url()).hash;

describe("board snapshots journey", () => {
  it("lets the CIO draft the month just ended, add the narrative and publish it", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Mateo Fernández", "#/snapshots");
    await expect
      .poll(() => page.getByRole("heading", { level: 1, name: "Board snapshots" }).isVisible(), slow)
      .toBe(true);
    const month = page.getByRole("combobox", { name: "Month" });
    await expect.poll(() => month.inputValue(), slow).toBe(justEnded);
    await page.getByRole("button", { name: "Create draft" }).click();
    await expect.poll(() => hashOf(page), slow).toBe(`#/snapshots/${justEnded}.v1`);
    const banner = page.getByRole("note", { name: "About this snapshot" });
    await expect
      .poll(() => banner.innerText(), slow)
      .toContain("not published yet, the board does not see it");

    await page.getByRole("button", { name: "Edit narrative" }).click();
    const dialog = page.getByRole("dialog", { name: "Narrative for the board" });
    await dialog
      .getByRole("textbox", { name: /Highlights/ })
      .fill("Claims triage reached production\nShadow AI policy adopted");
    await dialog
      .getByRole("textbox", { name: /Decisions requested/ })
      .fill("Approve the scaling budget for claims triage");
    await dialog.getByRole("textbox", { name: /Commentary/ }).fill("A steady month, on budget.");
    await dialog.getByRole("button", { name: "Save narrative" }).click();
    await expect.poll(() => dialog.isVisible(), slow).toBe(false);
    const highlights = page.getByRole("list", { name: "Highlights" });
    await expect.poll(() => highlights.innerText(), slow).toContain("Shadow AI policy adopted");

    await page
      .getByRole("toolbar", { name: "Prepare and publish" })
      .getByRole("button", { name: "Publish" })
      .click();
    const confirm = page.getByRole("dialog", { name: /^Publish the snapshot of / });
    await expect
      .poll(() => confirm.innerText(), slow)
      .toContain("Per the decision rights, Mateo Fernández is Accountable");
    await confirm.getByRole("button", { name: "Publish" }).click();
    await expect
      .poll(() => banner.innerText(), slow)
      .toMatch(/published .+ by Mateo Fernández · SHA-256 [0-9a-f]{12}/);
    expect(await page.getByRole("button", { name: "Correct this snapshot" }).isVisible()).toBe(true);

    // Published means listed for the board, and the chain still verifies.
    await page.getByRole("link", { name: "All snapshots" }).click();
    await expect
      .poll(() => page.getByRole("status", { name: "Snapshot chain" }).innerText(), slow)
      .toMatch(/Chain verified · \d+ snapshots/);
    await context.close();
  });

  it("shows a board member the latest month and what changed since the month before", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Yusuf Demir", "");
    await expect.poll(() => hashOf(page), slow).toBe("#/snapshots");
    const table = page.getByRole("table", { name: "Board snapshots by month" });
    await expect.poll(() => table.getByRole("row").count(), slow).toBeGreaterThan(2);
    expect(await table.innerText()).not.toMatch(/Draft/);

    // The newest month is the first row.
    const latest = table.getByRole("link").first();
    await latest.click();
    await expect.poll(() => hashOf(page), slow).toMatch(/^#\/snapshots\/\d{4}-\d{2}\.v\d+$/);
    await expect.poll(() => page.getByRole("region", { name: "Portfolio ROI" }).isVisible(), slow).toBe(true);
    expect(await page.getByRole("note", { name: "About this snapshot" }).innerText()).toMatch(
      /As of .+, published .+ by .+ · SHA-256/,
    );
    expect(await page.getByRole("toolbar", { name: "Prepare and publish" }).count()).toBe(0);

    await page.getByRole("link", { name: /^Compare with / }).click();
    await expect.poll(() => hashOf(page), slow).toMatch(/^#\/snapshots\/compare\?from=.+&to=.+$/);
    const status = page.getByRole("status").filter({ hasText: "compared with" });
    await expect.poll(() => status.isVisible(), slow).toBe(true);
    const portfolio = page.getByRole("region", { name: "Portfolio ROI and value" });
    // Month on month, the demo company's benefits and costs move: the differences are listed.
    await expect.poll(() => portfolio.innerText(), slow).toMatch(/\d+ changes?/);
    expect(await portfolio.getByRole("table").getByRole("row").count()).toBeGreaterThan(1);
    for (const name of [
      "Stage moves",
      "New risks",
      "Closed risks",
      "Risk band changes",
      "Maturity",
      "Leadership alignment",
      "Missed check-ins",
    ])
      expect(await page.getByRole("region", { name, exact: true }).innerText()).toMatch(
        /No changes|\d+ changes?/,
      );
    await context.close();
  });

  it("prints the board pack with the content hash on every section page", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Yusuf Demir", `#/snapshots/${earlier.id}`);
    const sheets = page.getByRole("region", { name: /^Board pack page: / });
    await expect.poll(() => sheets.count(), slow).toBe(8);
    await expect
      .poll(() => page.getByRole("button", { name: "Print board pack" }).isVisible(), slow)
      .toBe(true);

    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Pages" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Print board pack" }).isVisible()).toBe(false);
    for (const sheet of await sheets.all()) {
      const footer = sheet.getByText(`SHA-256 ${earlier.contentHash}`);
      expect(await footer.isVisible()).toBe(true);
    }
    await page.emulateMedia({ media: "screen" });
    expect(await sheets.first().getByText(`SHA-256 ${earlier.contentHash}`).isVisible()).toBe(false);
    await context.close();
  });

  it("is accessible: the month, the comparison and the stage view, in the contrast theme too", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Yusuf Demir", `#/snapshots/${earlier.id}`);
    await expect.poll(() => page.getByRole("region", { name: /^Board pack page: / }).count(), slow).toBe(8);
    const found: Record<string, string[]> = { snapshot: await seriousViolations(page) };
    await page.getByRole("link", { name: /^Compare with / }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "compared with" }).isVisible(), slow)
      .toBe(true);
    found.compare = await seriousViolations(page);
    await page.goto(`${tabUrl()}/?theme=contrast#/snapshots/${earlier.id}?view=stage`);
    const stage = page.getByRole("region", { name: "Board snapshot on the meeting stage" });
    await expect.poll(() => stage.getByRole("region", { name: "Key figures" }).isVisible(), slow).toBe(true);
    expect(await stage.getByRole("heading", { level: 1 }).innerText()).toMatch(/^Board snapshot · /);
    found["stage, contrast theme"] = await seriousViolations(page);
    expect(found).toEqual({ snapshot: [], compare: [], "stage, contrast theme": [] });
    await context.close();
  });
});
