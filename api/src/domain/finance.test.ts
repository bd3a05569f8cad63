import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LedgerSum,
  mergeLedgers,
  moneyInLedger,
  monthlyLedger,
  npvOfLedger,
  paybackInLedger,
  benefitsByKind,
  benefitToDate,
  costToDate,
  investmentToDate,
  lifetimeRoi,
  npv,
  paybackMonth,
  plannedBenefitToDate,
  plannedCostToDate,
  portfolioLifetimeRoi,
  portfolioNpv,
  portfolioPaybackMonth,
  portfolioRoi,
  portfolioValueRealisation,
  returnOn,
  roi,
  valueRealisation,
} from "./finance";
import type { BenefitLine, CostLine, Initiative } from "./schemas";

type Money = Pick<Initiative, "costLines" | "benefitLines">;
const cost = (period: string, planned: number, actual: number | null = null): CostLine => ({
  period,
  category: "run",
  planned,
  actual,
});
const benefit = (
  period: string,
  kind: "hard" | "soft",
  planned: number,
  actual: number | null = null,
): BenefitLine => ({
  period,
  kind,
  planned,
  actual,
  confidence: "estimated",
});

/** Costs Jan–Apr, hard and soft benefits Feb–May; actuals recorded up to March. */
const a: Money = {
  costLines: [
    cost("2026-01", 1000, 1200),
    cost("2026-02", 500, 400),
    cost("2026-03", 500),
    cost("2026-04", 500),
  ],
  benefitLines: [
    benefit("2026-02", "hard", 600, 500),
    benefit("2026-03", "hard", 800, 900),
    benefit("2026-03", "soft", 400, 200),
    benefit("2026-04", "hard", 1000),
    benefit("2026-05", "soft", 1000),
  ],
};
/** One cost and one hard benefit, both actual. */
const b: Money = {
  costLines: [cost("2026-01", 1000, 1000)],
  benefitLines: [benefit("2026-03", "hard", 1000, 1500)],
};
const nothing: Money = { costLines: [], benefitLines: [] };

describe("money to date", () => {
  it("sums recorded actuals up to and including the month; unrecorded months count 0", () => {
    // costs: 1200 (Jan) + 400 (Feb) + March has no actual → 1600
    expect(costToDate(a, "2026-03")).toBe(1600);
    // planned: 1000 + 500 + 500
    expect(plannedCostToDate(a, "2026-03")).toBe(2000);
    // benefits: 500 (Feb hard) + 900 (Mar hard) + 200 (Mar soft)
    expect(benefitToDate(a, "2026-03")).toBe(1600);
    expect(benefitToDate(a, "2026-03", { hardOnly: true })).toBe(1400);
    // planned: 600 + 800 + 400; hard only 600 + 800
    expect(plannedBenefitToDate(a, "2026-03")).toBe(1800);
    expect(plannedBenefitToDate(a, "2026-03", { hardOnly: true })).toBe(1400);
    expect(costToDate(a, "2025-12")).toBe(0);
  });

  it("splits benefits into hard and soft", () => {
    expect(benefitsByKind(a, "2026-03")).toEqual({
      hard: { planned: 1400, actual: 1400 },
      soft: { planned: 400, actual: 200 },
    });
  });
});

describe("roi", () => {
  it("is (benefits − costs) / costs on actuals to date", () => {
    // (1600 − 1600) / 1600 = 0
    expect(roi(a, "2026-03")).toBe(0);
    // hard only: (1400 − 1600) / 1600 = −0.125
    expect(roi(a, "2026-03", { hardOnly: true })).toBe(-0.125);
    // February: (500 − 1600) / 1600 = −0.6875
    expect(roi(a, "2026-02")).toBe(-0.6875);
    // b in March: (1500 − 1000) / 1000 = 0.5
    expect(roi(b, "2026-03")).toBe(0.5);
  });

  it("is null at zero cost instead of dividing by zero", () => {
    expect(roi(a, "2025-12")).toBeNull();
    expect(roi(nothing, "2026-03")).toBeNull();
    const freeBenefit: Money = {
      costLines: [cost("2026-01", 0, 0)],
      benefitLines: [benefit("2026-01", "hard", 5, 5)],
    };
    expect(roi(freeBenefit, "2026-01")).toBeNull();
    expect(returnOn(100, 0)).toBeNull();
  });

  it("over the plan uses planned totals", () => {
    // planned costs 2500, planned benefits 600 + 800 + 400 + 1000 + 1000 = 3800 → 1300 / 2500
    expect(lifetimeRoi(a)).toBeCloseTo(0.52, 12);
    // hard only: 2400 → −100 / 2500
    expect(lifetimeRoi(a, { hardOnly: true })).toBeCloseTo(-0.04, 12);
    expect(lifetimeRoi(nothing)).toBeNull();
  });
});

describe("value realisation", () => {
  it("is actual to date over planned to date", () => {
    // 1600 / 1800
    expect(valueRealisation(a, "2026-03")).toBeCloseTo(0.8889, 4);
    // hard only: 1400 / 1400
    expect(valueRealisation(a, "2026-03", { hardOnly: true })).toBe(1);
    // February: 500 / 600
    expect(valueRealisation(a, "2026-02")).toBeCloseTo(0.8333, 4);
  });

  it("is null while nothing was planned", () => {
    expect(valueRealisation(a, "2026-01")).toBeNull();
    expect(valueRealisation(nothing, "2026-12")).toBeNull();
  });
});

describe("paybackMonth", () => {
  it("is the first month cumulative benefits reach cumulative costs (actual else planned)", () => {
    // costs 1200, 400, 500, 500 → cumulative 1200, 1600, 2100, 2600
    // benefits 0, 500, 1100, 1000 → cumulative 0, 500, 1600, 2600 → April
    expect(paybackMonth(a)).toBe("2026-04");
    // b: 1000 in January, 1500 in March → March
    expect(paybackMonth(b)).toBe("2026-03");
  });

  it("is null when benefits never catch up, or when there is nothing to pay back", () => {
    // hard only: cumulative benefits 0, 500, 1400, 2400, 2400 against costs up to 2600
    expect(paybackMonth(a, { hardOnly: true })).toBeNull();
    expect(paybackMonth(nothing)).toBeNull();
    expect(paybackMonth({ costLines: [], benefitLines: [benefit("2026-01", "hard", 10)] })).toBeNull();
  });
});

describe("npv", () => {
  const twoYears: Money = {
    costLines: [cost("2026-01", 1000)],
    benefitLines: [benefit("2028-01", "hard", 1210)],
  };

  it("discounts monthly from the first line's month", () => {
    // 24 months at 10 % a year: 1210 / 1.1² = 1000, so −1000 + 1000 = 0
    expect(npv(twoYears, 0.1)).toBeCloseTo(0, 9);
    // 6 months: 1100 / 1.1^(6/12) = 1100 / 1.0488088 = 1048.8088 → +48.8088
    const halfYear: Money = {
      costLines: [cost("2026-01", 1000)],
      benefitLines: [benefit("2026-07", "hard", 1100)],
    };
    expect(npv(halfYear, 0.1)).toBeCloseTo(48.8088, 4);
  });

  it("at 0 % is the plain sum of net flows, and with asOf counts months up to it only", () => {
    // a: −1200 + 100 + 600 + 500 + 1000 = 1000
    expect(npv(a, 0)).toBeCloseTo(1000, 9);
    // up to March: −1200 + 100 + 600 = −500
    expect(npv(a, 0, "2026-03")).toBeCloseTo(-500, 9);
    expect(npv(twoYears, 0.1, "2027-12")).toBe(-1000);
    expect(npv(nothing, 0.1)).toBe(0);
  });

  it("refuses a negative rate", () => {
    expect(() => npv(a, -0.1)).toThrow(RangeError);
  });
});

describe("portfolio", () => {
  it("adds up the initiatives", () => {
    // costs 1600 + 1000; benefits 1600 + 1500 = 3100 → (3100 − 2600) / 2600
    expect(investmentToDate([a, b], "2026-03")).toBe(2600);
    expect(portfolioRoi([a, b], "2026-03")).toBeCloseTo(500 / 2600, 12);
    // planned to date 1800 + 1000 = 2800
    expect(portfolioValueRealisation([a, b], "2026-03")).toEqual({
      actual: 3100,
      planned: 2800,
      ratio: 3100 / 2800,
    });
    // planned lines pooled: costs 2500 + 1000, benefits 3800 + 1000 → 1300 / 3500
    expect(portfolioLifetimeRoi([a, b])).toBeCloseTo(1300 / 3500, 12);
    // pooled cumulative costs 2200, 2600, 3100 vs benefits 0, 500, 3100 → March
    expect(portfolioPaybackMonth([a, b])).toBe("2026-03");
  });

  it("is empty-safe", () => {
    expect(investmentToDate([], "2026-03")).toBe(0);
    expect(portfolioRoi([], "2026-03")).toBeNull();
    expect(portfolioValueRealisation([], "2026-03")).toEqual({ actual: 0, planned: 0, ratio: null });
    expect(portfolioNpv([], 0.1)).toBe(0);
  });

  it("discounts the merged flows from the earliest month of any initiative", () => {
    // Same first month: the portfolio NPV is the sum of the NPVs.
    expect(portfolioNpv([a, b], 0.1)).toBeCloseTo(npv(a, 0.1) + npv(b, 0.1), 9);
    // c starts a year later: on its own it is not discounted, in the portfolio by one year.
    const c: Money = { costLines: [], benefitLines: [benefit("2027-01", "hard", 110)] };
    expect(npv(c, 0.1)).toBeCloseTo(110, 9);
    expect(portfolioNpv([b, c], 0.1) - npv(b, 0.1)).toBeCloseTo(100, 9);
  });
});

describe("roi invariants", () => {
  const amount = fc.integer({ min: 0, max: 1_000_000 });
  const month = fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, "0")}`);
  const initiative = fc.record({
    costLines: fc.array(
      fc
        .record({ period: month, planned: amount, actual: fc.option(amount, { nil: null }) })
        .map((l) => cost(l.period, l.planned, l.actual)),
      { maxLength: 8 },
    ),
    benefitLines: fc.array(
      fc
        .record({
          period: month,
          kind: fc.constantFrom("hard" as const, "soft" as const),
          planned: amount,
          actual: fc.option(amount, { nil: null }),
        })
        .map((l) => benefit(l.period, l.kind, l.planned, l.actual)),
      { maxLength: 8 },
    ),
  });
  const scaled = (m: Money, k: number): Money => ({
    costLines: m.costLines.map((l) => ({
      ...l,
      planned: l.planned * k,
      actual: l.actual === null ? null : l.actual * k,
    })),
    benefitLines: m.benefitLines.map((l) => ({
      ...l,
      planned: l.planned * k,
      actual: l.actual === null ? null : l.actual * k,
    })),
  });

  it("is null exactly when costs to date are 0", () => {
    fc.assert(
      fc.property(initiative, month, (m, asOf) => {
        expect(roi(m, asOf) === null).toBe(costToDate(m, asOf) === 0);
      }),
    );
  });

  it("is ≥ 0 exactly when benefits reach costs", () => {
    fc.assert(
      fc.property(initiative, month, (m, asOf) => {
        const r = roi(m, asOf);
        fc.pre(r !== null);
        expect((r as number) >= 0).toBe(benefitToDate(m, asOf) >= costToDate(m, asOf));
      }),
    );
  });

  it("does not change when all money is scaled by k > 0", () => {
    fc.assert(
      fc.property(initiative, month, fc.double({ min: 0.001, max: 1000, noNaN: true }), (m, asOf, k) => {
        const before = roi(m, asOf);
        const after = roi(scaled(m, k), asOf);
        if (before === null) expect(after).toBeNull();
        else {
          expect(after).not.toBeNull();
          expect(Math.abs((after as number) - before)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(before)),
          );
        }
      }),
    );
  });
});

describe("monthly ledgers", () => {
  it("give the same figures as the per-initiative functions", () => {
    const ledger = monthlyLedger(a);
    expect(ledger.start).toBe(monthlyLedger(b).start); // both start in January
    expect(moneyInLedger(ledger, "2026-03").cost.actual).toBe(costToDate(a, "2026-03"));
    expect(paybackInLedger(ledger)).toBe(paybackMonth(a));
    expect(npvOfLedger(ledger, 0.1)).toBe(npv(a, 0.1));
  });

  it("can be written into a buffer used again, when it is large enough", () => {
    const buffer = new Float64Array(1000).fill(7);
    const reused = monthlyLedger(a, buffer);
    expect(reused.values).toBe(buffer);
    expect(moneyInLedger(reused, "2026-03")).toEqual(moneyInLedger(monthlyLedger(a), "2026-03"));
    expect(npvOfLedger(reused, 0.1)).toBe(npv(a, 0.1));
    const small = new Float64Array(3);
    expect(monthlyLedger(a, small).values).not.toBe(small);
  });

  it("add up month by month, growing on either side", () => {
    const late: Money = { costLines: [cost("2026-09", 100, 100)], benefitLines: [] };
    const early: Money = { costLines: [cost("2025-11", 50, 50)], benefitLines: [] };
    const sum = new LedgerSum();
    sum.add(monthlyLedger(a));
    sum.add(monthlyLedger(late));
    const before = sum.ledger();
    sum.add(monthlyLedger(early));
    sum.add(monthlyLedger(nothing));
    const all = sum.ledger();
    expect(all).toEqual(mergeLedgers([a, late, early, nothing].map((m) => monthlyLedger(m))));
    expect([all.start, all.months]).toEqual([monthlyLedger(early).start, 11]); // Nov 2025 – Sep 2026
    // 1600 (a) + 100 + 50
    expect(moneyInLedger(all, null).cost.actual).toBe(1750);
    // a copy taken earlier does not change
    expect(moneyInLedger(before, null).cost.actual).toBe(1700);
    expect(mergeLedgers([])).toEqual({ start: 0, months: 0, values: new Float64Array(0) });
  });
});
