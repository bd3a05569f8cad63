import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser";

/**
 * The board as an executive uses it, in a real browser against the seeded demo company: KPI
 * cards, slicers in the URL, cross-filtering by clicking a chart, drill-through and back.
 */
let browser: Browser;
const tabUrl = () => inject("tabUrl");
const slow = { timeout: 15_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signIn(page: Page, name: string, hash: string) {
  await page.goto(`${tabUrl()}/${hash}`);
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
}

const hashOf = (page: Page) => new URL(page.url()).hash;

/**
 * Clicks band `index` (0 = Idea, top) of the stage funnel's canvas with the mouse. The funnel
 * stacks its six stages in equal bands between 8 px margins (charts/options.ts).
 */
async function clickFunnelBand(page: Page, index: number) {
  const funnel = page.getByRole("img", { name: /^Stage funnel\./ });
  await funnel.scrollIntoViewIfNeeded();
  await expect.poll(() => funnel.locator("canvas").count(), slow).toBe(1);
  const box = await funnel.boundingBox();
  if (!box) throw new Error("the stage funnel is not on screen");
  const band = (box.height - 16) / 6;
  await page.mouse.click(box.x + box.width / 2, box.y + 8 + band * (index + 0.5));
}

/** The KPI card's figure (the text of the card after its heading). */
const kpi = (page: Page, label: string) => page.getByRole("region", { name: label, exact: true });

describe("board journey", () => {
  it("opens the board for the COO, filters by a slicer and by clicking the funnel, drills through and back", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Amara Okafor", "#/board");
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Board" }).isVisible(), slow).toBe(true);
    await expect.poll(() => kpi(page, "Portfolio ROI").isVisible(), slow).toBe(true);
    expect(await kpi(page, "Investment to date").innerText()).toMatch(/€|\$|£/);
    expect(await kpi(page, "Open risks").innerText()).toMatch(/vs [A-Z][a-z]{2,4} \d{4}/);
    const status = page.getByRole("status").filter({ hasText: "in scope" });
    const inScope = async () => Number((await status.innerText()).match(/([\d,]+) initiatives? in scope/)?.[1]?.replace(/,/g, ""));
    await expect.poll(inScope, slow).toBeGreaterThan(20);
    const everything = await inScope();

    // A slicer: the Finance department.
    await page.getByRole("combobox", { name: "Department" }).click();
    await page.getByRole("menuitemcheckbox", { name: "Finance" }).click();
    await page.keyboard.press("Escape");
    await expect.poll(() => hashOf(page), slow).toBe("#/board?department=Finance");
    await expect.poll(inScope, slow).toBeLessThan(everything);
    const finance = await inScope();
    expect(finance).toBeGreaterThan(0);

    // A real click on the funnel's canvas: the Pilot band (the 4th of 6, top to bottom) sets the stage slicer.
    const funnel = page.getByRole("img", { name: /^Stage funnel\./ });
    await clickFunnelBand(page, 3);
    await expect.poll(() => hashOf(page), slow).toBe("#/board?department=Finance&stage=pilot");
    await expect.poll(() => page.getByRole("combobox", { name: "Stage" }).innerText(), slow).toBe("Pilot");
    await expect.poll(inScope, slow).toBeLessThanOrEqual(finance);
    expect(await funnel.getAttribute("aria-label")).toMatch(/Pilot \d+/);

    // Drill into the first initiative in scope, then back: URL and slicers restored.
    const table = page.getByRole("table", { name: "Initiatives in scope" });
    const first = table.getByRole("link").first();
    const title = await first.innerText();
    await first.click();
    await expect.poll(() => page.getByRole("heading", { level: 1, name: title }).isVisible(), slow).toBe(true);
    expect(hashOf(page)).toMatch(/^#\/initiatives\/[^?]+\?department=Finance&stage=pilot&from=%2Fboard$/);
    await expect.poll(() => page.getByRole("region", { name: "ROI to date" }).innerText(), slow).not.toContain("…");
    await expect.poll(() => page.getByRole("table", { name: "Stage and gate history" }).getByRole("row").count(), slow).toBeGreaterThan(1);

    await page.goBack();
    await expect.poll(() => hashOf(page), slow).toBe("#/board?department=Finance&stage=pilot");
    await expect.poll(() => page.getByRole("combobox", { name: "Department" }).innerText(), slow).toBe("Finance");

    // The page's own Back link does the same.
    await table.getByRole("link", { name: title }).click();
    await page.getByRole("link", { name: "Back to Board" }).click();
    await expect.poll(() => hashOf(page), slow).toBe("#/board?department=Finance&stage=pilot");

    // Clicking the selected band again clears the stage, like Power BI; Clear all clears the rest.
    await clickFunnelBand(page, 3);
    await expect.poll(() => hashOf(page), slow).toBe("#/board?department=Finance");
    await page.getByRole("button", { name: "Clear all" }).click();
    await expect.poll(() => hashOf(page), slow).toBe("#/board");
    await expect.poll(inScope, slow).toBe(everything);
    await context.close();
  });

  it("cross-filters by owner from a chart's table and keeps the slicers across pages", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Mateo Fernández", "#/risks");
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Risks" }).isVisible(), slow).toBe(true);
    const toggle = page.getByRole("button", { name: "View as table: Risk exposure per owner" });
    await toggle.click();
    const exposure = page.getByRole("table", { name: "Risk exposure per owner" });
    await expect.poll(() => exposure.getByRole("row").count(), slow).toBeGreaterThan(2);

    // The table's owner buttons cross-filter as a click on the bar does.
    await exposure.getByRole("button", { name: "Amara Okafor: filter by this owner" }).click();
    await expect.poll(() => hashOf(page), slow).toMatch(/^#\/risks\?owner=[^&]+$/);
    await expect.poll(() => page.getByRole("combobox", { name: "Owner" }).innerText(), slow).toBe("Amara Okafor");
    const owner = hashOf(page).split("owner=")[1];

    // The navigation carries the slicers to the next page.
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Owners" }).click();
    await expect.poll(() => hashOf(page), slow).toBe(`#/owners?owner=${owner}`);
    await expect.poll(() => page.getByRole("combobox", { name: "Owner" }).innerText(), slow).toBe("Amara Okafor");
    await context.close();
  });

  it("shows the owners' totals equal to the board's", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Mateo Fernández", "#/board");
    await expect.poll(() => kpi(page, "Investment to date").isVisible(), slow).toBe(true);
    const figure = async (label: string) => (await kpi(page, label).locator(":scope > span").first().innerText()).trim();
    const board = {
      investment: await figure("Investment to date"),
      openRisks: await figure("Open risks"),
      overdue: await figure("Overdue mitigations"),
    };
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Owners" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Owners" }).isVisible(), slow).toBe(true);
    const totals = page.getByRole("region", { name: "Totals of all owners" });
    await expect.poll(() => totals.isVisible(), slow).toBe(true);
    const total = async (label: string) =>
      (await totals.getByRole("region", { name: label, exact: true }).locator(":scope > span").first().innerText()).trim();
    expect(await total("Investment to date")).toBe(board.investment);
    expect(await total("Open risks")).toBe(board.openRisks);
    expect(await total("Overdue mitigations")).toBe(board.overdue);
    expect(await page.getByRole("table", { name: "Executive owners" }).getByRole("row").count()).toBeGreaterThan(3);
    await context.close();
  });

  it("prints the board pack and exports a table as CSV and a chart as PNG", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Mateo Fernández", "#/board-pack?department=Operations");
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Board pack" }).isVisible(), slow).toBe(true);
    await expect.poll(() => page.getByRole("region", { name: "Risk heatmap" }).isVisible(), slow).toBe(true);
    for (const section of ["Stage funnel", "Leadership alignment", "The nine steps", "Maturity by dimension"])
      expect(await page.getByRole("region", { name: section }).count()).toBeGreaterThan(0);

    // Printing hides the navigation and the slicers.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Pages" }).isVisible()).toBe(false);
    expect(await page.getByRole("group", { name: "Slicers" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole("button", { name: "Print board pack" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const csv = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV: Initiatives in scope" }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe("initiatives-in-scope.csv");
    const text = await readFile(await csvFile.path(), "utf8");
    const lines = text.replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]).toBe(
      "Initiative,Department,Stage,Health,Outcome owner,ROI,Value realised,Cost to date,Priority score,Open risks,Overdue mitigations",
    );
    expect(lines.slice(1).every((l) => l.includes(",Operations,"))).toBe(true);

    const png = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download image: Stage funnel" }).click();
    const image = await png;
    expect(image.suggestedFilename()).toBe("stage-funnel.png");
    const bytes = await readFile(await image.path());
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    await context.close();
  });
});
