import { describe, expect, it } from "vitest";
import {
  alignmentByPriority,
  alignmentIndex,
  DISAGREEMENT_RANGE,
  DISAGREEMENT_SPREAD,
  isDisagreement,
  MAX_SPREAD,
  overallAlignmentIndex,
  priorityAlignment,
  surveyCyclesUpTo,
} from "./alignment";
import { makeResponse } from "./fixtures";
import type { ValueCategory } from "./schemas";

const answers = (
  priorityId: string,
  ratings: number[],
  cycle = "2026-Q1",
  outcome: ValueCategory = "cost-reduction",
) =>
  ratings.map((importance, k) =>
    makeResponse({ cycle, executiveId: `exec-${k}`, priorityId, importance, expectedOutcome: outcome }),
  );

describe("priorityAlignment", () => {
  it("gives mean, population spread, index, range and distribution", () => {
    // 3, 4, 4, 5: mean 4; deviations² 1, 0, 0, 1 → variance 0.5 → spread 0.7071
    const row = priorityAlignment("p", answers("p", [3, 4, 4, 5]));
    expect(row.respondents).toBe(4);
    expect(row.meanImportance).toBe(4);
    expect(row.spread).toBeCloseTo(Math.SQRT1_2, 12);
    // 1 − 0.7071 / 2 = 0.6464
    expect(row.alignmentIndex).toBeCloseTo(0.6464, 4);
    expect([row.minRating, row.maxRating]).toEqual([3, 5]);
    expect(row.distribution).toEqual([0, 0, 1, 2, 1]);
    expect(row.disagreement).toBe(false);
  });

  it("is 1 at full agreement and 0 at maximal disagreement", () => {
    expect(priorityAlignment("p", answers("p", [4, 4, 4])).alignmentIndex).toBe(1);
    // half 1, half 5: mean 3, every deviation 2 → spread 2 = MAX_SPREAD
    const split = priorityAlignment("p", answers("p", [1, 5, 1, 5]));
    expect(split.spread).toBe(MAX_SPREAD);
    expect(split.alignmentIndex).toBe(0);
    expect(alignmentIndex(0)).toBe(1);
  });

  it("counts the expected outcomes", () => {
    const rows = [
      ...answers("p", [4, 4], "2026-Q1", "revenue-growth"),
      makeResponse({ executiveId: "cfo", priorityId: "p", importance: 5, expectedOutcome: "cost-reduction" }),
    ];
    expect(priorityAlignment("p", rows).expectedOutcomes).toEqual({
      "cost-reduction": 1,
      "revenue-growth": 2,
      "process-optimisation": 0,
      "risk-mitigation": 0,
    });
  });

  it("counts an executive once, by their last answer", () => {
    const first = makeResponse({
      executiveId: "cfo",
      priorityId: "p",
      importance: 1,
      updatedAt: "2026-01-05T00:00:00.000Z",
    });
    const second = makeResponse({
      executiveId: "cfo",
      priorityId: "p",
      importance: 4,
      updatedAt: "2026-02-05T00:00:00.000Z",
    });
    const row = priorityAlignment("p", [second, first]);
    expect(row.respondents).toBe(1);
    expect(row.meanImportance).toBe(4);
  });

  it("has nulls and no flag without answers", () => {
    const row = priorityAlignment("p", []);
    expect(row).toMatchObject({
      respondents: 0,
      meanImportance: null,
      spread: null,
      alignmentIndex: null,
      disagreement: false,
    });
    expect(row.distribution).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("disagreement", () => {
  it("uses the named thresholds", () => {
    expect(DISAGREEMENT_SPREAD).toBe(1.2);
    expect(DISAGREEMENT_RANGE).toBe(3);
    expect(isDisagreement(1.2, 2, 4)).toBe(true);
    expect(isDisagreement(1.19, 2, 4)).toBe(false);
    expect(isDisagreement(0.5, 2, 5)).toBe(true);
    expect(isDisagreement(0.5, 2, 4)).toBe(false);
  });

  it("flags a wide spread", () => {
    // 1, 3, 5: variance 8/3 → 1.633; 2, 2, 5, 5: variance 2.25 → 1.5
    expect(priorityAlignment("p", answers("p", [1, 3, 5])).disagreement).toBe(true);
    expect(priorityAlignment("p", answers("p", [2, 2, 5, 5])).disagreement).toBe(true);
  });

  it("flags a lone dissenter whom the spread alone would hide", () => {
    // 2 and nine 5s: mean 4.7, variance (2.7² + 9 × 0.3²) / 10 = 0.81 → spread 0.9 < 1.2, but 5 − 2 = 3
    const row = priorityAlignment("p", answers("p", [2, 5, 5, 5, 5, 5, 5, 5, 5, 5]));
    expect(row.spread).toBeCloseTo(0.9, 12);
    expect(row.disagreement).toBe(true);
  });
});

describe("alignmentByPriority and the overall index", () => {
  const responses = [
    ...answers("p-growth", [4, 4, 4]),
    ...answers("p-cost", [1, 5, 1, 5]),
    ...answers("p-growth", [1, 1, 1], "2025-Q4"),
    ...answers("p-unlisted", [3]),
  ];

  it("reports the listed priorities in order, unanswered ones too, then answered unlisted ones", () => {
    const rows = alignmentByPriority(responses, "2026-Q1", ["p-growth", "p-cost", "p-people"]);
    expect(rows.map((r) => [r.priorityId, r.respondents])).toEqual([
      ["p-growth", 3],
      ["p-cost", 4],
      ["p-people", 0],
      ["p-unlisted", 1],
    ]);
    // only this cycle's answers: p-growth is 4, 4, 4 here
    expect(rows[0].meanImportance).toBe(4);
    // mean of 1 (growth), 0 (cost), 1 (unlisted); p-people has no answers and is left out
    expect(overallAlignmentIndex(rows)).toBeCloseTo(2 / 3, 12);
  });

  it("is null when no priority has answers", () => {
    expect(overallAlignmentIndex(alignmentByPriority([], "2026-Q1", ["p"]))).toBeNull();
    expect(overallAlignmentIndex([])).toBeNull();
  });

  it("lists the cycles started by a month", () => {
    expect(surveyCyclesUpTo(responses, "2026-03")).toEqual(["2025-Q4", "2026-Q1"]);
    expect(surveyCyclesUpTo(responses, "2025-12")).toEqual(["2025-Q4"]);
    expect(surveyCyclesUpTo(responses, "2025-09")).toEqual([]);
  });
});
