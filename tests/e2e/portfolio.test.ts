import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser";

/** The foundation journey in a real browser: sign in as a demo persona and see the portfolio. */
let browser: Browser;
const tabUrl = () => inject("tabUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe("portfolio journey", () => {
  it("signs the CIO in and lists the seeded portfolio with derived values", async () => {
    const { context, page } = await newPage(browser);
    // The board is the executives' home page; the portfolio is a deep link away.
    await page.goto(`${tabUrl()}/#/portfolio`);
    await expect.poll(() => page.getByRole("heading", { name: "Sign in as…" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Sign in as Mateo Fernández" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Portfolio" }).isVisible(), { timeout: 15_000 }).toBe(true);
    const table = page.getByRole("table", { name: "Initiatives" });
    await expect.poll(() => table.getByRole("row").count(), { timeout: 15_000 }).toBeGreaterThan(20);
    const text = await table.innerText();
    expect(text).toMatch(/Invoice/i);
    expect(text).toMatch(/%/);
    await expect.poll(() => page.getByRole("button", { name: /Account: Mateo Fernández/ }).isVisible()).toBe(true);

    // A filter in the URL narrows the list, and the back button restores it.
    await page.goto(`${tabUrl()}/#/portfolio?department=Finance`);
    await expect.poll(async () => {
      const rows = await table.getByRole("row").allInnerTexts();
      return rows.slice(1).length > 0 && rows.slice(1).every((r) => r.includes("Finance"));
    }, { timeout: 15_000 }).toBe(true);
    await page.goBack();
    await expect.poll(() => table.getByRole("row").count(), { timeout: 15_000 }).toBeGreaterThan(20);

    await page.getByRole("button", { name: /Account: Mateo Fernández/ }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Sign in as…" }).isVisible()).toBe(true);
    await context.close();
  });

  it("shows a board member the snapshots page and no live portfolio", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${tabUrl()}/`);
    await page.getByRole("button", { name: "Sign in as Yusuf Demir" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Board snapshots" }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByRole("link", { name: "Portfolio" }).count()).toBe(0);
    await context.close();
  });

  it("renders in the dark theme when asked", async () => {
    const { context, page } = await newPage(browser, { colorScheme: "dark" });
    await page.goto(`${tabUrl()}/?theme=dark`);
    await expect.poll(() => page.getByRole("heading", { name: "Sign in as…" }).isVisible()).toBe(true);
    const background = await page.evaluate(() => {
      const el = document.querySelector(".fui-FluentProvider") ?? document.body;
      return getComputedStyle(el).backgroundColor;
    });
    const [r, g, b] = (background.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(200);
    await context.close();
  });
});
