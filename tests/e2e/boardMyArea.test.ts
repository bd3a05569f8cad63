import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser";

/** My area shows the signed-in executive's own items: exactly what the API says they own. */
let browser: Browser;
const slow = { timeout: 15_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface Persona {
  id: string;
  displayName: string;
}

/** Calls the API as a persona, with a token from the local identity provider. */
async function apiAs(name: string) {
  const apiUrl = inject("apiUrl");
  const { personas } = (await (await fetch(`${apiUrl}/local-auth/personas`)).json()) as { personas: Persona[] };
  const persona = personas.find((p) => p.displayName === name);
  if (!persona) throw new Error(`no persona ${name}`);
  const tokenResponse = await fetch(`${apiUrl}/local-auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ personaId: persona.id }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${apiUrl}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  return { id: persona.id, get };
}

/** The row count a table's footer states ("12 rows", "Rows 1–25 of 40"). */
async function rowCount(page: Page, table: string) {
  const region = page.getByRole("region", { name: table, exact: true });
  const footer = await region.getByText(/^(\d[\d,]*) rows?$|^Rows .* of (\d[\d,]*)$/).innerText();
  return Number(footer.match(/(\d[\d,]*)(?: rows?)?$/)?.[1]?.replace(/,/g, ""));
}

async function columnTexts(page: Page, table: string, column: number) {
  const rows = page.getByRole("table", { name: table, exact: true }).getByRole("row");
  const texts = await rows.evaluateAll(
    (trs, c) => trs.slice(1).map((tr) => tr.querySelectorAll("td")[c]?.textContent ?? ""),
    column,
  );
  return texts;
}

describe("my area", () => {
  it("lists exactly the CIO's initiatives and risks, and what is open for them", async () => {
    const mateo = await apiAs("Mateo Fernández");
    const board = await mateo.get<{ initiatives: { title: string; outcomeOwnerId: string }[]; owners: { ownerId: string; openRisks: number; overdueMitigations: number }[] }>(
      "/board",
    );
    const ownInitiatives = board.initiatives.filter((i) => i.outcomeOwnerId === mateo.id).map((i) => i.title);
    const { items: ownRisks } = await mateo.get<{ items: { title: string; ownerId: string }[] }>(`/risks?ownerId=${mateo.id}`);
    expect(ownInitiatives.length).toBeGreaterThan(0);
    expect(ownRisks.length).toBeGreaterThan(0);
    expect(ownRisks.every((r) => r.ownerId === mateo.id)).toBe(true);

    const { context, page } = await newPage(browser);
    await page.goto(`${inject("tabUrl")}/#/my-area`);
    await page.getByRole("button", { name: "Sign in as Mateo Fernández" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "My area" }).isVisible(), slow).toBe(true);

    await expect.poll(() => page.getByRole("table", { name: "Initiatives I own" }).getAttribute("aria-busy"), slow).toBe("false");
    expect(await rowCount(page, "Initiatives I own")).toBe(ownInitiatives.length);
    const shownInitiatives = await columnTexts(page, "Initiatives I own", 0);
    expect(shownInitiatives.every((t) => ownInitiatives.includes(t))).toBe(true);
    expect(shownInitiatives.length).toBe(Math.min(25, ownInitiatives.length));

    await expect.poll(() => page.getByRole("table", { name: "Risks I own" }).getAttribute("aria-busy"), slow).toBe("false");
    expect(await rowCount(page, "Risks I own")).toBe(ownRisks.length);
    const shownRisks = await columnTexts(page, "Risks I own", 0);
    expect(shownRisks.every((t) => ownRisks.some((r) => r.title === t))).toBe(true);

    const mine = board.owners.find((o) => o.ownerId === mateo.id);
    const card = (label: string) => page.getByRole("region", { name: label, exact: true });
    expect(await card("My open risks").innerText()).toContain(String(mine?.openRisks ?? 0));
    expect(await card("My overdue mitigations").innerText()).toContain(String(mine?.overdueMitigations ?? 0));
    expect(await card("My initiatives").innerText()).toContain(String(ownInitiatives.length));

    // The survey cycles still waiting for an answer, honestly: no form yet, a link to the results.
    const surveys = page.getByRole("region", { name: "Alignment surveys" });
    await expect.poll(() => surveys.innerText(), slow).not.toContain("Loading");
    expect(await surveys.innerText()).toMatch(/Survey \d{4}-Q[1-4]|answered every survey/);
    await context.close();
  });
});
