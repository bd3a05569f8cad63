import { describe, expect, it } from "vitest";
import type { AuditItem, MetricItem } from "../../api/types";
import { formatters } from "../../format";
import { initiativeHistory } from "./history";
import { metricChart, moneyByMonth, monthRange } from "./series";

const event = (overrides: Partial<AuditItem>): AuditItem => ({
  tenantId: "t",
  seq: 1,
  at: "2026-05-01T10:00:00.000Z",
  actorId: "cio",
  action: "update",
  entityType: "initiative",
  entityId: "i1",
  before: null,
  after: null,
  prevHash: "0".repeat(64),
  hash: "1".repeat(64),
  ...overrides,
});

describe("initiative history", () => {
  it("reads creation, stage changes and updates from the audit events", () => {
    const history = initiativeHistory([
      event({ action: "retire", before: { stage: "pilot", title: "A" }, after: { stage: "retired", title: "A" } }),
      event({ before: { stage: "pilot", health: "on-track", updatedAt: "x" }, after: { stage: "pilot", health: "at-risk", updatedAt: "y" } }),
      event({ before: { stage: "idea", costLines: [] }, after: { stage: "pilot", costLines: [] } }),
      event({ action: "create", after: { stage: "idea" } }),
    ]);
    expect(history.map((h) => h.what)).toEqual([
      "Stage changed: Pilot → Retired",
      "Updated health",
      "Stage changed: Idea → Pilot",
      "Created in stage Idea",
    ]);
    expect(history.map((h) => h.stage)).toEqual(["retired", null, "pilot", "idea"]);
  });
});

describe("initiative series", () => {
  it("lists every month between two", () => {
    expect(monthRange("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("draws a metric's trajectory by its corners: baseline, target, flat after", () => {
    const metric = {
      name: "Downtime",
      unit: "h",
      direction: "down",
      baseline: 100,
      baselinePeriod: "2026-01",
      target: 60,
      targetDate: "2026-05-31",
      observations: [
        { period: "2026-02", value: 95, confidence: "measured" },
        { period: "2026-07", value: 58, confidence: "measured" },
      ],
    } as MetricItem;
    const chart = metricChart(metric, formatters("en-GB"));
    expect(chart.categories).toEqual(["Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026", "Jul 2026"]);
    expect(chart.series[0]?.values).toEqual([null, 95, null, null, null, null, 58]);
    expect(chart.series[1]).toMatchObject({ values: [100, null, null, null, 60, null, 60], connectNulls: true, dashed: true });
    expect(chart.value(58.25)).toBe("58.25 h");
  });

  it("adds cost and benefit lines up per month, actuals only where reported", () => {
    const months = moneyByMonth({
      costLines: [
        { period: "2026-01", category: "build", planned: 100, actual: 90 },
        { period: "2026-01", category: "run", planned: 10, actual: null },
        { period: "2026-03", category: "run", planned: 10, actual: null },
      ],
      benefitLines: [{ period: "2026-03", kind: "hard", planned: 50, actual: 20, confidence: "measured" }],
    });
    expect(months).toEqual([
      { period: "2026-01", costPlanned: 110, costActual: 90, benefitPlanned: 0, benefitActual: null },
      { period: "2026-02", costPlanned: 0, costActual: null, benefitPlanned: 0, benefitActual: null },
      { period: "2026-03", costPlanned: 10, costActual: null, benefitPlanned: 50, benefitActual: 20 },
    ]);
    expect(moneyByMonth({ costLines: [], benefitLines: [] })).toEqual([]);
  });
});
