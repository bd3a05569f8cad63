import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations, settled } from "./support/accessibility";
import { launchBrowser, newPage } from "./support/browser";

/**
 * Every page of the board passes axe-core without serious or critical violations, in the light,
 * dark and high-contrast themes, and the charts follow the theme.
 */
let browser: Browser;
const slow = { timeout: 15_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signIn(page: Page, name: string, search = "") {
  await page.goto(`${inject("tabUrl")}/${search}#/board`);
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
  await expect.poll(() => page.getByRole("navigation", { name: "Pages" }).isVisible(), slow).toBe(true);
}

/** Opens a page by its hash and waits until it has loaded everything it shows. */
async function open(page: Page, hash: string, heading: string | RegExp) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect.poll(() => page.getByRole("heading", { level: 1, name: heading }).isVisible(), slow).toBe(true);
  await settled(page);
}

const boardPages: [hash: string, heading: string | RegExp][] = [
  ["#/board", "Board"],
  ["#/owners", "Owners"],
  ["#/risks", "Risks"],
  ["#/maturity", "Maturity"],
  ["#/alignment", "Alignment"],
  ["#/priorities", "Priorities"],
  ["#/progress", "Progress"],
];
const otherPages: [hash: string, heading: string | RegExp][] = [
  ["#/my-area", "My area"],
  ["#/portfolio", "Portfolio"],
  ["#/board-pack", "Board pack"],
  ["#/about", "About AI Strategy Board"],
  ["#/privacy", "Privacy"],
  ["#/terms", "Terms of use"],
];

/** Each page's serious and critical violations, by page; every list should be empty. */
async function violationsOf(page: Page, pages: [string, string | RegExp][]) {
  const found: Record<string, string[]> = {};
  for (const [hash, heading] of pages) {
    await open(page, hash, heading);
    found[hash] = await seriousViolations(page);
  }
  return found;
}
const noneFor = (found: Record<string, string[]>) => Object.fromEntries(Object.keys(found).map((k) => [k, []]));

describe("accessibility", () => {
  it("finds no serious or critical violation on the board's pages", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Mateo Fernández");
    const found = await violationsOf(page, boardPages);
    expect(found).toEqual(noneFor(found));
    await context.close();
  });

  it("finds none on my area, the portfolio, the board pack, an initiative and the content pages", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Mateo Fernández");
    const found = await violationsOf(page, otherPages);
    // An initiative's drill-through page, reached from the board's table.
    await open(page, "#/board", "Board");
    const link = page.getByRole("table", { name: "Initiatives in scope" }).getByRole("link").first();
    const title = await link.innerText();
    await link.click();
    await open(page, new URL(page.url()).hash, title);
    found.initiative = await seriousViolations(page);
    // A chart's table view.
    await page.getByRole("button", { name: "View as table: Cost and benefit over time" }).click();
    found["initiative, table view"] = await seriousViolations(page);
    expect(found).toEqual(noneFor(found));
    await context.close();
  });

  it("shows a board member the snapshots only, accessibly", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${inject("tabUrl")}/#/board`);
    await page.getByRole("button", { name: "Sign in as Yusuf Demir" }).click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1, name: "This page is not part of your role" }).isVisible(), slow)
      .toBe(true);
    const nav = page.getByRole("navigation", { name: "Pages" });
    expect(await nav.getByRole("link").allInnerTexts()).toEqual(["Board snapshots"]);
    await open(page, "#/snapshots", "Board snapshots");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  for (const theme of ["dark", "contrast"] as const) {
    it(`renders the board in the ${theme} theme, charts included`, async () => {
      const { context, page } = await newPage(browser, { colorScheme: theme === "dark" ? "dark" : "light" });
      await signIn(page, "Mateo Fernández", `?theme=${theme}`);
      await open(page, "#/board", "Board");
      const background = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
      const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
      expect(r + g + b).toBeLessThan(200);
      // The chart's axis labels are drawn in the theme's light foreground: sample the canvas for light pixels.
      const chart = page.getByRole("img", { name: /^Risk exposure per owner\./ });
      await chart.scrollIntoViewIfNeeded();
      const lightPixels = await chart.locator("canvas").evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        let light = 0;
        for (let k = 0; k < data.length; k += 4) if (data[k + 3]! > 200 && data[k]! + data[k + 1]! + data[k + 2]! > 600) light += 1;
        return light;
      });
      expect(lightPixels).toBeGreaterThan(50);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
