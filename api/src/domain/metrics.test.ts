import { describe, expect, it } from "vitest";
import { makeMetric } from "./fixtures";
import {
  latestObservation,
  metricProgress,
  metricSummary,
  TRAJECTORY_TOLERANCE,
  trajectoryStatus,
  trajectoryValue,
} from "./metrics";
import type { Observation, SuccessMetric } from "./schemas";

const obs = (period: string, value: number): Observation => ({ period, value, confidence: "measured" });

/** Up from 100 (January) to 200 by November: 10 months, 10 a month. */
const revenue = (observations: Observation[] = []): SuccessMetric =>
  makeMetric({
    id: "m-up",
    initiativeId: "i1",
    direction: "up",
    baseline: 100,
    baselinePeriod: "2026-01",
    target: 200,
    targetDate: "2026-11-30",
    observations,
  });

/** Down from 60 minutes (January) to 40 by May: 4 months, −5 a month. */
const handlingTime = (observations: Observation[] = []): SuccessMetric =>
  makeMetric({
    id: "m-down",
    initiativeId: "i1",
    direction: "down",
    unit: "min",
    baseline: 60,
    baselinePeriod: "2026-01",
    target: 40,
    targetDate: "2026-05-15",
    observations,
  });

/** Keep the error rate at or below 5 %: target equals baseline. */
const errorRate = (observations: Observation[] = []): SuccessMetric =>
  makeMetric({
    id: "m-flat",
    initiativeId: "i1",
    direction: "down",
    unit: "%",
    baseline: 5,
    baselinePeriod: "2026-01",
    target: 5,
    targetDate: "2026-12-31",
    observations,
  });

describe("latestObservation", () => {
  it("takes the latest month up to asOf, whatever the order stored", () => {
    const m = revenue([obs("2026-06", 150), obs("2026-03", 130), obs("2026-09", 190)]);
    expect(latestObservation(m, "2026-06")?.value).toBe(150);
    expect(latestObservation(m, "2026-05")?.value).toBe(130);
    expect(latestObservation(m, "2026-02")).toBeUndefined();
  });
});

describe("metricProgress", () => {
  it("is the share of the way from baseline to target", () => {
    const m = revenue([obs("2026-03", 130), obs("2026-06", 150), obs("2026-09", 230)]);
    // (130 − 100) / (200 − 100)
    expect(metricProgress(m, "2026-04")).toBeCloseTo(0.3, 12);
    // (150 − 100) / 100
    expect(metricProgress(m, "2026-06")).toBe(0.5);
    // beyond target is not clamped: (230 − 100) / 100
    expect(metricProgress(m, "2026-12")).toBeCloseTo(1.3, 12);
  });

  it("works for decreasing metrics, including moving the wrong way", () => {
    // (45 − 60) / (40 − 60) = 0.75
    expect(metricProgress(handlingTime([obs("2026-03", 45)]), "2026-03")).toBe(0.75);
    // (65 − 60) / (40 − 60) = −0.25
    expect(metricProgress(handlingTime([obs("2026-03", 65)]), "2026-03")).toBe(-0.25);
  });

  it("with target = baseline is 1 if the value meets it in the metric's direction, else 0", () => {
    expect(metricProgress(errorRate([obs("2026-02", 4)]), "2026-02")).toBe(1);
    expect(metricProgress(errorRate([obs("2026-02", 5)]), "2026-02")).toBe(1);
    expect(metricProgress(errorRate([obs("2026-02", 6)]), "2026-02")).toBe(0);
  });

  it("is null without observations up to asOf", () => {
    expect(metricProgress(revenue(), "2026-06")).toBeNull();
    expect(metricProgress(revenue([obs("2026-09", 190)]), "2026-06")).toBeNull();
  });
});

describe("trajectoryValue", () => {
  it("runs straight from baseline at the baseline month to target at the target month", () => {
    // 100 + 100 × 5 / 10
    expect(trajectoryValue(revenue(), "2026-06")).toBe(150);
    // 60 − 20 × 2 / 4
    expect(trajectoryValue(handlingTime(), "2026-03")).toBe(50);
  });

  it("holds the baseline before and the target after", () => {
    expect(trajectoryValue(revenue(), "2025-10")).toBe(100);
    expect(trajectoryValue(revenue(), "2026-01")).toBe(100);
    expect(trajectoryValue(revenue(), "2026-11")).toBe(200);
    expect(trajectoryValue(revenue(), "2027-04")).toBe(200);
  });

  it("steps to the target when the target month is not after the baseline month", () => {
    const m = { ...revenue(), targetDate: "2026-01-20" };
    expect(trajectoryValue(m, "2025-12")).toBe(100);
    expect(trajectoryValue(m, "2026-01")).toBe(200);
  });
});

describe("trajectoryStatus", () => {
  it("judges the latest value against the plan of its month, within the tolerance", () => {
    expect(TRAJECTORY_TOLERANCE).toBe(0.1);
    // March plan 120, band ± 0.1 × 100 = ± 10
    expect(trajectoryStatus(revenue([obs("2026-03", 135)]), "2026-03")).toBe("ahead"); // +15
    expect(trajectoryStatus(revenue([obs("2026-03", 130)]), "2026-03")).toBe("on-track"); // +10, on the edge
    expect(trajectoryStatus(revenue([obs("2026-03", 111)]), "2026-03")).toBe("on-track"); // −9
    expect(trajectoryStatus(revenue([obs("2026-03", 109)]), "2026-03")).toBe("behind"); // −11
    // a March value judged in June is still judged against March's plan
    expect(trajectoryStatus(revenue([obs("2026-03", 130)]), "2026-06")).toBe("on-track");
  });

  it("treats lower as better for decreasing metrics", () => {
    // March plan 50, band ± 0.1 × 20 = ± 2
    expect(trajectoryStatus(handlingTime([obs("2026-03", 45)]), "2026-03")).toBe("ahead");
    expect(trajectoryStatus(handlingTime([obs("2026-03", 51)]), "2026-03")).toBe("on-track");
    expect(trajectoryStatus(handlingTime([obs("2026-03", 53)]), "2026-03")).toBe("behind");
  });

  it("with target = baseline has no band: better is ahead, equal on track, worse behind", () => {
    expect(trajectoryStatus(errorRate([obs("2026-02", 4)]), "2026-02")).toBe("ahead");
    expect(trajectoryStatus(errorRate([obs("2026-02", 5)]), "2026-02")).toBe("on-track");
    expect(trajectoryStatus(errorRate([obs("2026-02", 6)]), "2026-02")).toBe("behind");
  });

  it("is no-data without observations", () => {
    expect(trajectoryStatus(revenue(), "2026-06")).toBe("no-data");
  });
});

describe("metricSummary", () => {
  it("gathers the derived values of a metric as of a month", () => {
    const s = metricSummary(revenue([obs("2026-03", 130)]), "2026-06");
    expect(s).toMatchObject({
      id: "m-up",
      planned: 150,
      status: "on-track",
      latest: { period: "2026-03", value: 130 },
    });
    expect(s.progress).toBeCloseTo(0.3, 12);
    expect(metricSummary(revenue(), "2026-06")).toMatchObject({
      latest: null,
      progress: null,
      status: "no-data",
    });
  });
});
