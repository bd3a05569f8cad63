import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./support/accessibility";
import { launchBrowser, newPage } from "./support/browser";

/**
 * The forms around initiatives, in a real browser against the seeded demo company: the portfolio
 * office adds an initiative and changes a maturity assessment; nobody else is offered what the API
 * would refuse them; the Accountable of a stage decision is offered the move; the dialogs pass axe.
 */
let browser: Browser;
const slow = { timeout: 15_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface Persona {
  id: string;
  displayName: string;
  roles: string[];
}

interface Initiative {
  id: string;
  title: string;
  stage: string;
  department: string;
  priorityIds: string[];
  valueCategory: string;
  outcomeOwnerId: string;
  riskOwnerId: string;
}

interface Assessment {
  id: string;
  period: string;
  dimensions: { dimension: string; current: number; target: number; evidence: string }[];
  notes: string;
}

async function personas(): Promise<Persona[]> {
  const response = await fetch(`${inject("apiUrl")}/local-auth/personas`);
  return ((await response.json()) as { personas: Persona[] }).personas;
}

async function persona(match: (p: Persona) => boolean, what: string): Promise<Persona> {
  const found = (await personas()).find(match);
  if (!found) throw new Error(`no ${what} persona`);
  return found;
}

const cioPersona = () => persona((p) => p.displayName === "Mateo Fernández", "CIO");

/** Reads the API as a persona, with a token from the local identity provider. */
async function apiAs(who: Persona) {
  const apiUrl = inject("apiUrl");
  const tokenResponse = await fetch(`${apiUrl}/local-auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ personaId: who.id }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  return async <T>(path: string): Promise<T> => {
    const response = await fetch(`${apiUrl}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  };
}

async function signIn(page: Page, name: string, hash: string) {
  await page.goto(`${inject("tabUrl")}/${hash}`);
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
}

async function openPortfolio(page: Page, name: string) {
  await signIn(page, name, "#/portfolio");
  await expect
    .poll(() => page.getByRole("heading", { level: 1, name: "Portfolio" }).isVisible(), slow)
    .toBe(true);
  await expect
    .poll(() => page.getByRole("table", { name: "Initiatives" }).getByRole("row").count(), slow)
    .toBeGreaterThan(1);
}

async function pickPerson(page: Page, dialog: Locator, field: string, name: string) {
  const input = dialog.getByRole("combobox", { name: field, exact: true });
  await input.click();
  await input.pressSequentially(name.slice(0, 5));
  await page.getByRole("option", { name: new RegExp(`^${name}`) }).click();
}

async function openAssessment(page: Page) {
  await signIn(page, "Mateo Fernández", "#/maturity");
  await expect
    .poll(() => page.getByRole("heading", { level: 1, name: "Maturity" }).isVisible(), slow)
    .toBe(true);
  const evidence = page.getByRole("region", { name: "Evidence", exact: true });
  await evidence.getByRole("button", { name: "Edit assessment" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit assessment" });
  await expect.poll(() => dialog.isVisible(), slow).toBe(true);
  return { evidence, dialog };
}

describe("initiative forms", () => {
  it("the CIO creates an initiative and lands on its page", async () => {
    const cio = await cioPersona();
    const get = await apiAs(cio);
    const { priorities } = await get<{ priorities: { id: string; title: string; rank: number }[] }>(
      "/strategy",
    );
    const priority = [...priorities].sort((a, b) => a.rank - b.rank)[0];
    if (!priority) throw new Error("the demo strategy has no business priority");
    const title = `Contract clause finder ${Date.now()}`;

    const { context, page } = await newPage(browser);
    await openPortfolio(page, cio.displayName);
    await page.getByRole("button", { name: "New initiative" }).click();
    const dialog = page.getByRole("dialog", { name: "New initiative" });
    await dialog.getByRole("textbox", { name: /Title/ }).fill(title);
    await dialog
      .getByRole("textbox", { name: /Problem statement/ })
      .fill("Lawyers read every contract end to end.");
    await dialog.getByRole("textbox", { name: /Department/ }).fill("Legal");
    await dialog.getByRole("combobox", { name: /Business priorities/ }).click();
    await page.getByRole("menuitemcheckbox", { name: priority.title }).click();
    await dialog.getByRole("textbox", { name: /Department/ }).click();
    await dialog.getByRole("combobox", { name: /Value category/ }).selectOption("process-optimisation");
    await pickPerson(page, dialog, "Outcome owner", "Henrik Vogel");
    await pickPerson(page, dialog, "Risk owner", "Priya Raman");
    await dialog.getByRole("combobox", { name: /Impact/ }).selectOption("4");
    await dialog.getByRole("button", { name: "Create initiative" }).click();

    await expect
      .poll(() => page.getByRole("heading", { level: 1, name: title }).isVisible(), slow)
      .toBe(true);
    expect(await dialog.count()).toBe(0);
    const id = decodeURIComponent(/#\/initiatives\/([^?]+)/.exec(page.url())?.[1] ?? "");
    const stored = await get<Initiative>(`/initiatives/${encodeURIComponent(id)}`);
    const people = await personas();
    expect(stored).toMatchObject({
      title,
      stage: "idea",
      department: "Legal",
      priorityIds: [priority.id],
      valueCategory: "process-optimisation",
      outcomeOwnerId: people.find((p) => p.displayName === "Henrik Vogel")?.id,
      riskOwnerId: people.find((p) => p.displayName === "Priya Raman")?.id,
    });
    // Back goes to the portfolio it came from.
    expect(await page.getByRole("link", { name: "Back to Portfolio" }).count()).toBe(1);
    await context.close();
  });

  it("the CIO edits the latest maturity assessment", async () => {
    const cio = await cioPersona();
    const get = await apiAs(cio);
    const evidenceText = `Data catalogue live ${Date.now()}`;

    const { context, page } = await newPage(browser);
    const { evidence, dialog } = await openAssessment(page);
    const data = dialog.getByRole("group", { name: "Data" });
    await data.getByRole("textbox", { name: "Evidence" }).fill(evidenceText);
    await dialog.getByRole("button", { name: "Save assessment" }).click();
    await expect.poll(() => dialog.isVisible(), slow).toBe(false);
    await expect.poll(() => evidence.getByRole("cell", { name: evidenceText }).isVisible(), slow).toBe(true);

    const { items } = await get<{ items: Assessment[] }>("/maturity-assessments");
    const latest = items.at(-1);
    expect(latest?.dimensions.find((d) => d.dimension === "data")?.evidence).toBe(evidenceText);
    await context.close();
  });

  it("only the portfolio office is offered a new initiative: the CIO is, an executive who is not a manager is not", async () => {
    const cio = await cioPersona();
    const executive = await persona(
      (p) => p.roles.includes("Executive") && !p.roles.includes("Portfolio.Manager"),
      "executive",
    );
    const manager = await newPage(browser);
    await openPortfolio(manager.page, cio.displayName);
    expect(await manager.page.getByRole("button", { name: "New initiative" }).count()).toBe(1);
    await manager.context.close();

    const { context, page } = await newPage(browser);
    await openPortfolio(page, executive.displayName);
    expect(await page.getByRole("button", { name: "New initiative" }).count()).toBe(0);
    await context.close();
  });

  it("the Accountable for scaling is offered the stage move on an initiative they do not own", async () => {
    const all = await personas();
    const cio = await cioPersona();
    const get = await apiAs(cio);
    const { items: rights } = await get<{ items: { decisionType: string; accountableId: string }[] }>(
      "/decision-rights",
    );
    const accountable = all.find(
      (p) =>
        p.id === rights.find((r) => r.decisionType === "scale")?.accountableId &&
        !p.roles.includes("Portfolio.Manager"),
    );
    if (!accountable) throw new Error("no executive is Accountable for scaling in the demo data");
    const { items } = await get<{ items: Initiative[] }>("/initiatives?stage=pilot");
    const target = items.find((i) => i.stage === "pilot" && i.outcomeOwnerId !== accountable.id);
    if (!target) throw new Error("no pilot owned by someone else in the demo data");
    const check = await (
      await apiAs(accountable)
    )<{ canDecide: boolean }>(`/initiatives/${encodeURIComponent(target.id)}/gate-check?to=scaling`);
    expect(check.canDecide).toBe(true);

    const { context, page } = await newPage(browser);
    await signIn(page, accountable.displayName, `#/initiatives/${encodeURIComponent(target.id)}`);
    await expect
      .poll(() => page.getByRole("heading", { level: 1, name: target.title }).isVisible(), slow)
      .toBe(true);
    await expect.poll(() => page.getByRole("button", { name: "Move stage…" }).isVisible(), slow).toBe(true);
    await context.close();
  });

  it("axe finds no serious or critical violation in the new dialogs", async () => {
    const cio = await cioPersona();
    const create = await newPage(browser);
    await openPortfolio(create.page, cio.displayName);
    await create.page.getByRole("button", { name: "New initiative" }).click();
    const dialog = create.page.getByRole("dialog", { name: "New initiative" });
    await expect.poll(() => dialog.isVisible(), slow).toBe(true);
    expect(await seriousViolations(create.page, '[role="dialog"]')).toEqual([]);
    // And with every error showing at its field.
    await dialog.getByRole("button", { name: "Create initiative" }).click();
    await expect.poll(() => dialog.getByRole("status").innerText(), slow).toContain("fields need attention");
    expect(await seriousViolations(create.page, '[role="dialog"]')).toEqual([]);
    await create.context.close();

    const edit = await newPage(browser);
    await openAssessment(edit.page);
    expect(await seriousViolations(edit.page, '[role="dialog"]')).toEqual([]);
    await edit.context.close();
  });
});
