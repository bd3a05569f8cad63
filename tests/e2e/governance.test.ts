import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations, settled } from "./support/accessibility";
import { launchBrowser, newPage } from "./support/browser";

/**
 * The governance screens in a real browser against the seeded demo company: the CIO (portfolio
 * office) edits the strategy and a decision right, finds both changes in the activity log and
 * verifies the audit chain; an executive reads the same pages without edit controls.
 */
let browser: Browser;
const slow = { timeout: 15_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signIn(page: Page, name: string, hash: string) {
  await page.goto(`${inject("tabUrl")}/${hash}`);
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
  await expect.poll(() => page.getByRole("navigation", { name: "Pages" }).isVisible(), slow).toBe(true);
}

/** Opens a page from the navigation and waits until it has loaded. */
async function openFromNav(page: Page, title: string) {
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: title, exact: true }).click();
  await loaded(page, title);
}

async function loaded(page: Page, heading: string) {
  await expect.poll(() => page.getByRole("heading", { level: 1, name: heading, exact: true }).isVisible(), slow).toBe(true);
  await settled(page);
}

/** The entries of the activity log, newest first. */
const entries = (page: Page) => page.getByRole("list", { name: "Activity" }).locator(":scope > li");

describe("governance", () => {
  it("the CIO edits the strategy and a decision right, sees both in the activity and verifies the chain", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Mateo Fernández", "#/strategy");
    await loaded(page, "Strategy");

    // A business priority that initiatives link to stays: the form shows the API's 409.
    await page.getByRole("button", { name: "Edit strategy" }).click();
    const refused = page.getByRole("dialog", { name: "Edit strategy" });
    await refused.getByRole("button", { name: "Remove priority 1" }).click();
    await refused.getByRole("button", { name: "Save strategy" }).click();
    await expect.poll(() => refused.getByText(/is linked by \d+ initiatives?:/).count(), slow).toBe(1);
    await refused.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => refused.isVisible(), slow).toBe(false);

    // The strategy's vision.
    const vision = `AI in every core process, set in the browser ${Date.now()}`;
    await page.getByRole("button", { name: "Edit strategy" }).click();
    const strategyDialog = page.getByRole("dialog", { name: "Edit strategy" });
    await strategyDialog.getByRole("textbox", { name: /Vision/ }).fill(vision);
    await strategyDialog.getByRole("button", { name: "Save strategy" }).click();
    await expect.poll(() => strategyDialog.isVisible(), slow).toBe(false);
    await expect.poll(() => page.getByTestId("strategy-vision").innerText(), slow).toBe(vision);
    await page.reload();
    await loaded(page, "Strategy");
    expect(await page.getByTestId("strategy-vision").innerText()).toBe(vision);

    // A decision right: who is informed of retiring an initiative.
    await openFromNav(page, "Decision rights");
    const table = page.getByRole("table", { name: "Decision rights" });
    const retire = table.getByRole("row", { name: /Retire an initiative/ });
    expect(await retire.innerText()).not.toContain("Sofia Lindqvist");
    await retire.getByRole("button", { name: "Edit decision right: Retire an initiative" }).click();
    const rightDialog = page.getByRole("dialog", { name: "Decision right: Retire an initiative" });
    const informed = rightDialog.getByRole("combobox", { name: "Informed" });
    await informed.click();
    await informed.pressSequentially("Sofia");
    await page.getByRole("option", { name: /Sofia Lindqvist/ }).click();
    await rightDialog.getByRole("button", { name: "Save decision right" }).click();
    await expect.poll(() => rightDialog.isVisible(), slow).toBe(false);
    await expect.poll(() => retire.innerText(), slow).toContain("Sofia Lindqvist");

    // Both changes at the top of the activity, before → after.
    await openFromNav(page, "Activity");
    await expect.poll(() => entries(page).first().innerText(), slow).toContain("Mateo Fernández updated Decision right “Retire an initiative”");
    // People by name: who was informed before → who is now.
    expect(await entries(page).first().innerText()).toMatch(/informedIds: Henrik Vogel → Henrik Vogel, Sofia Lindqvist/);
    await page.getByRole("combobox", { name: "Kind of change" }).selectOption({ label: "Strategy profile" });
    await expect.poll(() => entries(page).first().innerText(), slow).toContain("Mateo Fernández updated Strategy profile");
    expect(await entries(page).first().innerText()).toMatch(new RegExp(`vision: .+ → ${vision}`));
    expect(new URL(page.url()).hash).toBe("#/activity?type=strategy");

    await page.getByRole("button", { name: "Verify chain" }).click();
    await expect.poll(() => page.getByText("The audit chain is intact.").isVisible(), slow).toBe(true);
    await context.close();
  });

  it("shows an executive the strategy and the decision rights without edit controls", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Amara Okafor", "#/strategy");
    await loaded(page, "Strategy");
    expect(await page.getByTestId("strategy-vision").innerText()).not.toBe("");
    expect(await page.getByRole("table", { name: "Business priorities" }).getByRole("row").count()).toBeGreaterThan(1);
    expect(await page.getByRole("button", { name: "Edit strategy" }).count()).toBe(0);

    await openFromNav(page, "Decision rights");
    const table = page.getByRole("table", { name: "Decision rights" });
    expect(await table.getByRole("row").count()).toBe(7);
    expect(await page.getByRole("button", { name: /^Edit/ }).count()).toBe(0);

    await openFromNav(page, "Activity");
    await expect.poll(() => entries(page).count(), slow).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: "Verify chain" }).count()).toBe(0);
    await context.close();
  });

  it("finds no serious or critical accessibility violation on the three pages and the edit forms", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "Mateo Fernández", "#/strategy");
    const found: Record<string, string[]> = {};
    await loaded(page, "Strategy");
    found.strategy = await seriousViolations(page);
    await page.getByRole("button", { name: "Edit strategy" }).click();
    await expect.poll(() => page.getByRole("dialog", { name: "Edit strategy" }).isVisible(), slow).toBe(true);
    found["strategy form"] = await seriousViolations(page);
    await page.getByRole("dialog", { name: "Edit strategy" }).getByRole("button", { name: "Cancel" }).click();

    await openFromNav(page, "Decision rights");
    found["decision rights"] = await seriousViolations(page);
    await page.getByRole("button", { name: "Edit decision right: Scale an initiative" }).click();
    await expect.poll(() => page.getByRole("dialog", { name: "Decision right: Scale an initiative" }).isVisible(), slow).toBe(true);
    found["decision right form"] = await seriousViolations(page);
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

    await openFromNav(page, "Activity");
    await expect.poll(() => entries(page).count(), slow).toBeGreaterThan(0);
    found.activity = await seriousViolations(page);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    await context.close();
  });
});
