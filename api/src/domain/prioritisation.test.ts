import { describe, expect, it } from "vitest";
import { priorityScore, valueFeasibility } from "./prioritisation";
import { defaultWeights } from "./schemas";

describe("priorityScore", () => {
  it("is the weighted mean of the normalised inputs × 100", () => {
    // normalised: impact (4−1)/4 = .75, alignment .5, feasibility .25, resourceFit 1, risk (5−2)/4 = .75
    // weights 3, 2, 2, 1, 2 (sum 10): 2.25 + 1 + .5 + 1 + 1.5 = 6.25 → 62.5
    expect(
      priorityScore(
        { impact: 4, alignment: 3, feasibility: 2, resourceFit: 5, riskExposure: 2 },
        defaultWeights,
      ),
    ).toBe(62.5);
  });

  it("reaches 100 and 0 at the extremes, with risk exposure inverted", () => {
    expect(
      priorityScore(
        { impact: 5, alignment: 5, feasibility: 5, resourceFit: 5, riskExposure: 1 },
        defaultWeights,
      ),
    ).toBe(100);
    expect(
      priorityScore(
        { impact: 1, alignment: 1, feasibility: 1, resourceFit: 1, riskExposure: 5 },
        defaultWeights,
      ),
    ).toBe(0);
  });

  it("rounds to one decimal", () => {
    // all weights 1: (.5 + .5 + .5 + .5 + (5−4)/4 = .25) / 5 = .45 → 45; impact 4 → (.75+.5+.5+.5+.25)/5 = .5 → 50
    const equal = { impact: 1, alignment: 1, feasibility: 1, resourceFit: 1, riskExposure: 1 };
    expect(
      priorityScore({ impact: 3, alignment: 3, feasibility: 3, resourceFit: 3, riskExposure: 4 }, equal),
    ).toBe(45);
    // weights 1, 1, 1, 0, 0: (.75 + 0 + .25) / 3 = .3333… → 33.3
    const three = { impact: 1, alignment: 1, feasibility: 1, resourceFit: 0, riskExposure: 0 };
    expect(
      priorityScore({ impact: 4, alignment: 1, feasibility: 2, resourceFit: 5, riskExposure: 5 }, three),
    ).toBe(33.3);
  });

  it("refuses weights that are all zero and inputs outside 1–5", () => {
    const zero = { impact: 0, alignment: 0, feasibility: 0, resourceFit: 0, riskExposure: 0 };
    const inputs = { impact: 3, alignment: 3, feasibility: 3, resourceFit: 3, riskExposure: 3 };
    expect(() => priorityScore(inputs, zero)).toThrow(RangeError);
    expect(() => priorityScore({ ...inputs, impact: 6 }, defaultWeights)).toThrow(RangeError);
  });
});

describe("valueFeasibility", () => {
  it("places an initiative by its rated impact and feasibility", () => {
    expect(
      valueFeasibility({ impact: 5, alignment: 1, feasibility: 2, resourceFit: 4, riskExposure: 3 }),
    ).toEqual({
      value: 5,
      feasibility: 2,
    });
  });
});
