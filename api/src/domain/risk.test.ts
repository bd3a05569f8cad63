import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeRisk } from "./fixtures";
import {
  isOpenRisk,
  isOpenRiskAsOf,
  isOverdueMitigation,
  isOverdueMitigationAsOf,
  residualBand,
  residualScore,
  riskBand,
  riskBandLabels,
  riskBands,
  riskScore,
  worseBand,
} from "./risk";

const rating = fc.integer({ min: 1, max: 5 });

describe("riskScore", () => {
  it("multiplies likelihood by impact", () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore(5, 5)).toBe(25);
  });

  it("refuses ratings outside 1–5 or fractional", () => {
    expect(() => riskScore(0, 3)).toThrow(RangeError);
    expect(() => riskScore(3, 6)).toThrow(RangeError);
    expect(() => riskScore(2.5, 2)).toThrow(RangeError);
  });
});

describe("riskBand", () => {
  it("cuts at the documented boundaries", () => {
    expect([1, 4].map(riskBand)).toEqual(["low", "low"]);
    expect([5, 9].map(riskBand)).toEqual(["medium", "medium"]);
    expect([10, 16].map(riskBand)).toEqual(["high", "high"]);
    // 17–19 are no product of two 1–5 ratings, but the function is total on 1–25.
    expect([17, 18, 19].map(riskBand)).toEqual(["high", "high", "high"]);
    expect([20, 25].map(riskBand)).toEqual(["critical", "critical"]);
  });

  it("refuses scores outside 1–25 and non-integers", () => {
    for (const bad of [0, 26, -3, 4.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => riskBand(bad)).toThrow(RangeError);
    }
  });

  it("lists bands from least to most severe, each with a label", () => {
    expect(riskBands).toEqual(["low", "medium", "high", "critical"]);
    expect(riskBands.map((b) => riskBandLabels[b])).toEqual(["Low", "Medium", "High", "Critical"]);
  });

  it("is monotonic in the score", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 25 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(riskBands.indexOf(riskBand(lo))).toBeLessThanOrEqual(riskBands.indexOf(riskBand(hi)));
      }),
    );
  });

  it("is defined for every likelihood × impact pair, and critical exactly from 20", () => {
    fc.assert(
      fc.property(rating, rating, (likelihood, impact) => {
        const score = riskScore(likelihood, impact);
        const band = riskBand(score);
        expect(riskBands).toContain(band);
        expect(band === "critical").toBe(score >= 20);
      }),
    );
  });
});

describe("residual score and band", () => {
  it("are null until both residual ratings are set", () => {
    expect(residualScore({ residualLikelihood: null, residualImpact: null })).toBeNull();
    expect(residualScore({ residualLikelihood: 2, residualImpact: null })).toBeNull();
    expect(residualBand({ residualLikelihood: null, residualImpact: 4 })).toBeNull();
  });

  it("use the same score and band rules", () => {
    // 2 × 3 = 6 → Medium; 4 × 5 = 20 → Critical
    expect(residualScore({ residualLikelihood: 2, residualImpact: 3 })).toBe(6);
    expect(residualBand({ residualLikelihood: 2, residualImpact: 3 })).toBe("medium");
    expect(residualBand({ residualLikelihood: 4, residualImpact: 5 })).toBe("critical");
  });
});

describe("open and overdue", () => {
  it("counts open and mitigating as open", () => {
    expect(isOpenRisk({ status: "open" })).toBe(true);
    expect(isOpenRisk({ status: "mitigating" })).toBe(true);
    expect(isOpenRisk({ status: "accepted" })).toBe(false);
    expect(isOpenRisk({ status: "closed" })).toBe(false);
  });

  it("is overdue only when open with a due date before today", () => {
    expect(isOverdueMitigation({ status: "open", dueDate: "2026-05-31" }, "2026-06-01")).toBe(true);
    expect(isOverdueMitigation({ status: "mitigating", dueDate: "2026-06-01" }, "2026-06-01")).toBe(false);
    expect(isOverdueMitigation({ status: "open", dueDate: null }, "2026-06-01")).toBe(false);
    expect(isOverdueMitigation({ status: "closed", dueDate: "2026-01-01" }, "2026-06-01")).toBe(false);
  });

  it("reconstructs whether a risk was open at the end of a past month", () => {
    const closedInMay = makeRisk({
      id: "r1",
      status: "closed",
      createdAt: "2026-02-10T10:00:00.000Z",
      updatedAt: "2026-05-20T10:00:00.000Z",
    });
    expect(isOpenRiskAsOf(closedInMay, "2026-01")).toBe(false); // not created yet
    expect(isOpenRiskAsOf(closedInMay, "2026-04")).toBe(true); // closed only later
    expect(isOpenRiskAsOf(closedInMay, "2026-05")).toBe(false);
    const stillOpen = makeRisk({ id: "r2", createdAt: "2026-02-10T10:00:00.000Z", dueDate: "2026-03-15" });
    expect(isOpenRiskAsOf(stillOpen, "2026-06")).toBe(true);
    expect(isOverdueMitigationAsOf(stillOpen, "2026-03", "2026-04-01")).toBe(true);
    expect(isOverdueMitigationAsOf(stillOpen, "2026-02", "2026-03-01")).toBe(false);
    expect(isOverdueMitigationAsOf(closedInMay, "2026-06", "2026-07-01")).toBe(false);
  });

  it("picks the worse of two bands", () => {
    expect(worseBand(null, "low")).toBe("low");
    expect(worseBand("high", null)).toBe("high");
    expect(worseBand("medium", "critical")).toBe("critical");
    expect(worseBand(null, null)).toBeNull();
  });
});
