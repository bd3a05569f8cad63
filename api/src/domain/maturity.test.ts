import { describe, expect, it } from "vitest";
import { makeAssessment } from "./fixtures";
import { assessmentsUpTo, maturityGaps, maturityIndex, targetIndex } from "./maturity";

// strategy, value, organisation, people-culture, governance, engineering, data
const march = makeAssessment("2026-03", [
  [1, 3],
  [2, 3],
  [3, 4],
  [4, 4],
  [5, 5],
  [3, 5],
  [3, 4],
]);

describe("maturityIndex", () => {
  it("maps the mean current level 1–5 to 0–100", () => {
    // mean (1 + 2 + 3 + 4 + 5 + 3 + 3) / 7 = 3 → (3 − 1) / 4 = 50
    expect(maturityIndex(march)).toBe(50);
    expect(maturityIndex(makeAssessment("2026-01", Array(7).fill([1, 1]) as [number, number][]))).toBe(0);
    expect(maturityIndex(makeAssessment("2026-01", Array(7).fill([5, 5]) as [number, number][]))).toBe(100);
  });

  it("rounds to one decimal", () => {
    // currents 2, 1, 1, 1, 1, 1, 1: mean 8 / 7 = 1.142857 → 3.5714 → 3.6
    const a = makeAssessment("2026-01", [[2, 2]]);
    expect(maturityIndex(a)).toBe(3.6);
  });

  it("gives the target index on the same scale", () => {
    // targets 3 + 3 + 4 + 4 + 5 + 5 + 4 = 28 → mean 4 → 75
    expect(targetIndex(march)).toBe(75);
  });
});

describe("maturityGaps", () => {
  it("lists target − current per dimension, largest first, ties in framework order", () => {
    const gaps = maturityGaps(march);
    expect(gaps.map((g) => [g.dimension, g.gap])).toEqual([
      ["strategy", 2],
      ["engineering", 2],
      ["value", 1],
      ["organisation", 1],
      ["data", 1],
      ["people-culture", 0],
      ["governance", 0],
    ]);
    expect(gaps[0]).toEqual({ dimension: "strategy", current: 1, target: 3, gap: 2 });
  });
});

describe("assessmentsUpTo", () => {
  it("keeps assessments up to the month, oldest first, without reordering the input", () => {
    const list = [
      makeAssessment("2026-06", []),
      makeAssessment("2026-01", []),
      makeAssessment("2026-03", []),
    ];
    expect(assessmentsUpTo(list, "2026-05").map((a) => a.period)).toEqual(["2026-01", "2026-03"]);
    expect(list.map((a) => a.period)).toEqual(["2026-06", "2026-01", "2026-03"]);
  });

  it("orders two assessments of one month by their last update", () => {
    const later = makeAssessment("2026-03", [], { id: "later", updatedAt: "2026-03-20T00:00:00.000Z" });
    const earlier = makeAssessment("2026-03", [], { id: "earlier", updatedAt: "2026-03-02T00:00:00.000Z" });
    expect(assessmentsUpTo([later, earlier], "2026-03").map((a) => a.id)).toEqual(["earlier", "later"]);
  });
});
