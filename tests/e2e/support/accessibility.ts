import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const slow = { timeout: 15_000 };

/**
 * Waits until the page shows what it will keep showing: nothing loading (busy regions, skeletons,
 * spinners; a chart is busy until echarts has drawn it), every visible chart drawn, and no finite
 * animation or transition under way (a button turning enabled passes through colours that are
 * not its own, and axe would judge those).
 */
export async function settled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            document.querySelectorAll('[aria-busy="true"], .fui-Skeleton, .fui-SkeletonItem, .fui-Spinner')
              .length,
        ),
      slow,
    )
    .toBe(0);
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll("[data-chart]")].every(
            (img) => img.querySelector("canvas, svg") || img.closest("[hidden]"),
          ),
        ),
      slow,
    )
    .toBe(true);
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            document
              .getAnimations()
              .filter((a) => a.playState === "running" && a.effect?.getTiming().iterations !== Infinity)
              .length,
        ),
      slow,
    )
    .toBe(0);
}

/**
 * The serious and critical WCAG 2.1 AA violations of the page (or of the part `include` selects)
 * once it has settled, one line each: rule, help and the first few elements.
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  await settled(page);
  let axe = new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    // Fluent's focus guards (tabster's "dummy inputs" around the navigation and dialogs) are
    // aria-hidden and focusable by design: they hand focus on and are never announced.
    .exclude("[data-tabster-dummy]");
  if (include) axe = axe.include(include);
  const results = await axe.analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
}
