import { describe, expect, it } from "vitest";
import { boardView } from "./board";
import type { BoardView } from "./board";
import { boardFilters, noFilters } from "./boardFilters";
import { corpus } from "./duplicateCorpus.testdata";
import { MAX_DUPLICATE_PAIRS } from "./duplicates";
import {
  makeAssessment,
  makeGateDecision,
  makeInitiative,
  makeMetric,
  makeResponse,
  makeRisk,
  makeStatusUpdate,
  makeStrategy,
} from "./fixtures";
import { riskBands } from "./risk";
import { stages } from "./schemas";
import { syntheticPortfolio } from "./syntheticPortfolio";
import { emptyTenantData } from "./tenantData";
import type { TenantData } from "./tenantData";

const ts = (day: string) => `${day}T09:00:00.000Z`;
const asOf = "2026-05";
const today = "2026-05-20";

/**
 * Three initiatives, five risks, three metrics, three assessments, two survey cycles; every
 * expected number below is worked out by hand in the comments.
 */
function company(): TenantData {
  const a = makeInitiative({
    id: "a",
    title: "Invoice capture",
    department: "Finance",
    stage: "pilot",
    outcomeOwnerId: "cfo",
    riskOwnerId: "ciso",
    priorityIds: ["p-cost"],
    prioritisation: { impact: 4, alignment: 3, feasibility: 2, resourceFit: 5, riskExposure: 2 },
    createdAt: ts("2026-01-15"),
    costLines: [
      { period: "2026-03", category: "build", planned: 1000, actual: 1000 },
      { period: "2026-04", category: "build", planned: 1000, actual: 1200 },
      { period: "2026-05", category: "run", planned: 1000, actual: 800 },
    ],
    benefitLines: [
      { period: "2026-04", kind: "hard", planned: 500, actual: 400, confidence: "measured" },
      { period: "2026-05", kind: "hard", planned: 1500, actual: 1600, confidence: "measured" },
      { period: "2026-05", kind: "soft", planned: 500, actual: null, confidence: "estimated" },
    ],
  });
  const b = makeInitiative({
    id: "b",
    title: "Sales forecasting",
    department: "Sales",
    stage: "production",
    outcomeOwnerId: "ceo",
    riskOwnerId: "cfo",
    priorityIds: ["p-growth"],
    prioritisation: { impact: 5, alignment: 5, feasibility: 5, resourceFit: 5, riskExposure: 1 },
    createdAt: ts("2026-01-15"),
    costLines: [{ period: "2026-04", category: "licence", planned: 2000, actual: 2000 }],
    benefitLines: [
      { period: "2026-05", kind: "hard", planned: 1000, actual: 1000, confidence: "finance-validated" },
    ],
  });
  const c = makeInitiative({
    id: "c",
    title: "HR chatbot",
    department: "HR",
    stage: "idea",
    outcomeOwnerId: "ceo",
    riskOwnerId: "ciso",
    priorityIds: ["p-growth"],
    createdAt: ts("2026-05-02"),
  });
  return {
    ...emptyTenantData(),
    strategy: makeStrategy(),
    initiatives: [a, b, c],
    gateDecisions: [
      makeGateDecision({ initiativeId: "a", from: "idea", to: "assessed", decidedAt: ts("2026-02-10") }),
      makeGateDecision({
        initiativeId: "a",
        from: "assessed",
        to: "approved-for-pilot",
        decidedAt: ts("2026-03-05"),
      }),
      makeGateDecision({
        initiativeId: "a",
        from: "approved-for-pilot",
        to: "pilot",
        decidedAt: ts("2026-05-03"),
      }),
    ],
    risks: [
      // 4 × 5 = 20 critical, open, due before today
      makeRisk({
        id: "r1",
        initiativeId: "a",
        ownerId: "ciso",
        likelihood: 4,
        impact: 5,
        dueDate: "2026-05-10",
        residualLikelihood: 2,
        residualImpact: 3,
        createdAt: ts("2026-02-01"),
      }),
      // 2 × 2 = 4 low, closed in May: open at the end of April
      makeRisk({
        id: "r2",
        initiativeId: "a",
        ownerId: "ciso",
        likelihood: 2,
        impact: 2,
        status: "closed",
        createdAt: ts("2026-02-01"),
        updatedAt: ts("2026-05-05"),
      }),
      // 3 × 4 = 12 high, mitigating, due in April: overdue now and then
      makeRisk({
        id: "r3",
        initiativeId: "b",
        ownerId: "cfo",
        likelihood: 3,
        impact: 4,
        status: "mitigating",
        dueDate: "2026-04-15",
        createdAt: ts("2026-03-01"),
      }),
      // 3 × 3 = 9 medium, organisation-level, raised in May
      makeRisk({
        id: "r4",
        initiativeId: null,
        ownerId: "ciso",
        likelihood: 3,
        impact: 3,
        createdAt: ts("2026-05-10"),
      }),
      // 1 × 5 = 5 medium, accepted: not open
      makeRisk({
        id: "r5",
        initiativeId: "c",
        ownerId: "ceo",
        likelihood: 1,
        impact: 5,
        status: "accepted",
        createdAt: ts("2026-05-02"),
        updatedAt: ts("2026-05-15"),
      }),
    ],
    metrics: [
      // May plan 0 + 100 × 4/10 = 40; measured 40 → on track
      makeMetric({
        id: "m1",
        initiativeId: "a",
        baseline: 0,
        target: 100,
        baselinePeriod: "2026-01",
        targetDate: "2026-11-30",
        observations: [{ period: "2026-05", value: 40, confidence: "measured" }],
      }),
      // April plan 60 − 20 × 3/4 = 45; measured 58, 13 worse, band ± 2 → behind
      makeMetric({
        id: "m2",
        initiativeId: "a",
        direction: "down",
        baseline: 60,
        target: 40,
        baselinePeriod: "2026-01",
        targetDate: "2026-05-15",
        observations: [{ period: "2026-04", value: 58, confidence: "measured" }],
      }),
      makeMetric({ id: "m3", initiativeId: "b" }),
    ],
    statusUpdates: [
      makeStatusUpdate({ initiativeId: "a", period: "2026-04", rag: "green" }),
      makeStatusUpdate({ initiativeId: "a", period: "2026-05", rag: "amber" }),
      makeStatusUpdate({ initiativeId: "b", period: "2026-06", rag: "red" }),
    ],
    assessments: [
      makeAssessment("2026-01", Array(7).fill([2, 4])), // index 25, target 75
      makeAssessment("2026-04", Array(7).fill([3, 4])), // index 50, target 75
      makeAssessment("2026-06", Array(7).fill([5, 5])), // after the month: ignored
    ],
    alignment: [
      // Q1: growth 5, 5, 5 → index 1; cost 1, 5 → spread 2, index 0; overall 0.5
      ...[
        ["ceo", 5],
        ["cfo", 5],
        ["ciso", 5],
      ].map(([e, r]) =>
        makeResponse({
          cycle: "2026-Q1",
          executiveId: String(e),
          priorityId: "p-growth",
          importance: Number(r),
        }),
      ),
      ...[
        ["ceo", 1],
        ["cfo", 5],
      ].map(([e, r]) =>
        makeResponse({
          cycle: "2026-Q1",
          executiveId: String(e),
          priorityId: "p-cost",
          importance: Number(r),
        }),
      ),
      // Q2: growth 4, 5, 4 → spread √(2/9) = 0.4714, index 0.7643; cost 3, 3 → index 1; overall 0.8821
      ...[
        ["ceo", 4],
        ["cfo", 5],
        ["ciso", 4],
      ].map(([e, r]) =>
        makeResponse({
          cycle: "2026-Q2",
          executiveId: String(e),
          priorityId: "p-growth",
          importance: Number(r),
        }),
      ),
      ...[
        ["ceo", 3],
        ["cfo", 3],
      ].map(([e, r]) =>
        makeResponse({
          cycle: "2026-Q2",
          executiveId: String(e),
          priorityId: "p-cost",
          importance: Number(r),
        }),
      ),
    ],
  };
}

const zeroStages = Object.fromEntries(stages.map((s) => [s, 0]));

describe("boardView of an empty tenant", () => {
  const view = boardView(emptyTenantData(), noFilters, asOf, today);

  it("works without a strategy and gives zeros and nulls", () => {
    expect(view.currency).toBeNull();
    expect(view.kpis.portfolioRoi).toEqual({
      value: null,
      previous: null,
      delta: null,
      comparedWith: "2026-04",
    });
    expect(view.kpis.valueRealised.value).toEqual({ actual: 0, planned: 0, ratio: null });
    expect(view.kpis.investmentToDate).toMatchObject({ value: 0, previous: 0, delta: 0 });
    expect(view.kpis.initiativesByStage.value).toEqual(zeroStages);
    expect(view.kpis.openRisksByBand.value).toEqual({ low: 0, medium: 0, high: 0, critical: 0 });
    expect(view.kpis.overdueMitigations.value).toBe(0);
    expect(view.kpis.maturityIndex).toEqual({ value: null, previous: null, delta: null, comparedWith: null });
    expect(view.kpis.alignmentIndex).toEqual({
      value: null,
      previous: null,
      delta: null,
      comparedWith: null,
    });
    expect(view.finance).toMatchObject({
      discountRate: 0,
      npv: 0,
      lifetimeRoi: null,
      paybackMonth: null,
      hardOnlyRoi: null,
    });
    expect(view.riskHeatmap.inherent.flat().every((n) => n === 0)).toBe(true);
    expect(view.maturity).toEqual({ latest: null, trend: [] });
    expect(view.alignment).toEqual({ cycle: null, index: null, priorities: [] });
    expect([view.owners, view.initiatives, view.duplicates, view.valueFeasibility]).toEqual([[], [], [], []]);
    expect(view.options).toEqual({ departments: [], owners: [], stages: [...stages], priorities: [] });
    expect(view.progression.done).toBe(0);
    expect(view.stageFunnel.every((s) => s.count === 0 && s.reached === 0)).toBe(true);
  });

  it("refuses a malformed month or day", () => {
    expect(() => boardView(emptyTenantData(), noFilters, "2026-5", today)).toThrow(RangeError);
    expect(() => boardView(emptyTenantData(), noFilters, asOf, "20 May")).toThrow(RangeError);
  });
});

describe("boardView of a small company, checked by hand", () => {
  const view = boardView(company(), noFilters, asOf, today);

  it("echoes the month, the currency and the filters applied", () => {
    expect(view.asOf).toBe("2026-05");
    expect(view.today).toBe("2026-05-20");
    expect(view.currency).toBe("EUR");
    expect(view.filtersApplied).toEqual({ ...noFilters, period: "2026-05" });
  });

  it("computes the money KPIs against April", () => {
    // costs: a 1000 + 1200 + 800 = 3000, b 2000 → 5000; April: a 2200 + b 2000 = 4200
    expect(view.kpis.investmentToDate).toEqual({
      value: 5000,
      previous: 4200,
      delta: 800,
      comparedWith: "2026-04",
    });
    // benefits actual: a 400 + 1600 (soft has no actual) + b 1000 = 3000 → (3000 − 5000) / 5000
    // April: 400 → (400 − 4200) / 4200 = −0.9048
    expect(view.kpis.portfolioRoi.value).toBeCloseTo(-0.4, 12);
    expect(view.kpis.portfolioRoi.previous).toBeCloseTo(-0.904762, 6);
    expect(view.kpis.portfolioRoi.delta).toBeCloseTo(0.504762, 6);
    // planned: a 500 + 1500 + 500 + b 1000 = 3500 → 3000 / 3500; April 400 / 500
    expect(view.kpis.valueRealised.value).toEqual({ actual: 3000, planned: 3500, ratio: 3000 / 3500 });
    expect(view.kpis.valueRealised.previous).toEqual({ actual: 400, planned: 500, ratio: 0.8 });
    expect(view.kpis.valueRealised.delta.actual).toBe(2600);
    expect(view.kpis.valueRealised.delta.ratio).toBeCloseTo(0.057143, 6);
  });

  it("counts initiatives by stage now and, through the gate decisions, in April", () => {
    // a moved to pilot on 3 May (approved-for-pilot in April); c was created in May
    expect(view.kpis.initiativesByStage.value).toEqual({ ...zeroStages, idea: 1, pilot: 1, production: 1 });
    expect(view.kpis.initiativesByStage.previous).toEqual({
      ...zeroStages,
      "approved-for-pilot": 1,
      production: 1,
    });
    expect(view.kpis.initiativesByStage.delta).toMatchObject({
      idea: 1,
      "approved-for-pilot": -1,
      pilot: 1,
      production: 0,
    });
    expect(view.stageFunnel).toEqual([
      { stage: "idea", count: 1, reached: 3 },
      { stage: "assessed", count: 0, reached: 2 },
      { stage: "approved-for-pilot", count: 0, reached: 2 },
      { stage: "pilot", count: 1, reached: 2 },
      { stage: "scaling", count: 0, reached: 1 },
      { stage: "production", count: 1, reached: 1 },
    ]);
  });

  it("counts open risks by band and overdue mitigations now and in April", () => {
    // now: r1 critical, r3 high, r4 medium (r2 closed, r5 accepted)
    expect(view.kpis.openRisksByBand.value).toEqual({ low: 0, medium: 1, high: 1, critical: 1 });
    // April: r1, r2 (closed only in May), r3; r4 and r5 did not exist
    expect(view.kpis.openRisksByBand.previous).toEqual({ low: 1, medium: 0, high: 1, critical: 1 });
    expect(view.kpis.openRisksByBand.delta).toEqual({ low: -1, medium: 1, high: 0, critical: 0 });
    // now r1 (due 10 May) and r3 (due 15 April); at the end of April only r3
    expect(view.kpis.overdueMitigations).toEqual({
      value: 2,
      previous: 1,
      delta: 1,
      comparedWith: "2026-04",
    });
  });

  it("places open risks on the inherent and residual heatmaps", () => {
    const cells = (m: number[][]) =>
      m.flatMap((row, l) => row.map((n, i) => [l + 1, i + 1, n])).filter(([, , n]) => n > 0);
    expect(cells(view.riskHeatmap.inherent)).toEqual([
      [3, 3, 1],
      [3, 4, 1],
      [4, 5, 1],
    ]);
    expect(cells(view.riskHeatmap.residual)).toEqual([[2, 3, 1]]);
    expect(view.riskHeatmap.residualUnassessed).toBe(2);
  });

  it("compares the latest assessment with the one before it", () => {
    expect(view.kpis.maturityIndex).toEqual({ value: 50, previous: 25, delta: 25, comparedWith: "2026-01" });
    expect(view.maturity.trend).toEqual([
      { period: "2026-01", index: 25, targetIndex: 75 },
      { period: "2026-04", index: 50, targetIndex: 75 },
    ]);
    expect(view.maturity.latest?.dimensions[0]).toEqual({
      dimension: "strategy",
      label: "Strategy",
      current: 3,
      target: 4,
      gap: 1,
    });
  });

  it("compares the latest survey cycle with the one before it", () => {
    expect(view.kpis.alignmentIndex.value).toBeCloseTo(0.882149, 6);
    expect(view.kpis.alignmentIndex.previous).toBe(0.5);
    expect(view.kpis.alignmentIndex.comparedWith).toBe("2026-Q1");
    expect(view.alignment.cycle).toBe("2026-Q2");
    expect(view.alignment.priorities.map((p) => [p.priorityId, p.title, p.rank, p.respondents])).toEqual([
      ["p-growth", "Grow revenue", 1, 3],
      ["p-cost", "Lower cost to serve", 2, 2],
    ]);
    expect(view.alignment.priorities[0].alignmentIndex).toBeCloseTo(0.764298, 6);
  });

  it("sums money and risks per executive owner", () => {
    expect(view.owners.map((o) => o.ownerId)).toEqual(["ciso", "cfo", "ceo"]); // by exposure 29, 12, 0
    const [ciso, cfo, ceo] = view.owners;
    // ciso owns no outcome; risk owner of a and c; owns r1 (20, overdue), r2 (closed), r4 (9)
    expect(ciso).toMatchObject({
      displayName: "Chief Information Security Officer",
      outcomeInitiatives: 0,
      riskInitiatives: 2,
      investmentToDate: 0,
      roi: null,
      valueRealisation: null,
      openRisks: 2,
      overdueMitigations: 1,
      exposure: 29,
    });
    expect(ciso.openRisksByBand).toEqual({ low: 0, medium: 1, high: 0, critical: 1 });
    // cfo owns a's outcome: 3000 spent, 2000 of 2500 realised, ROI −1/3; owns r3 (12, overdue)
    expect(cfo).toMatchObject({
      outcomeInitiatives: 1,
      riskInitiatives: 1,
      investmentToDate: 3000,
      valuePlannedToDate: 2500,
      valueRealisedToDate: 2000,
      valueRealisation: 0.8,
      openRisks: 1,
      exposure: 12,
    });
    expect(cfo.roi).toBeCloseTo(-1 / 3, 12);
    // ceo owns b and c: 2000 spent, 1000 of 1000 realised, ROI −0.5; r5 is accepted
    expect(ceo).toMatchObject({
      outcomeInitiatives: 2,
      investmentToDate: 2000,
      valueRealisation: 1,
      roi: -0.5,
      openRisks: 0,
      exposure: 0,
    });
  });

  it("counts May's check-ins of the initiatives in delivery, and who owes them", () => {
    // a (pilot) reported in May; b (production, owed in April too) reported only for June, after
    // the month: late; c is an idea and owes nothing
    expect(view.checkIns).toEqual({
      period: "2026-05",
      dueBy: "2026-05-31",
      due: 2,
      done: 1,
      missing: [],
      late: [{ initiativeId: "b", title: "Sales forecasting", outcomeOwnerId: "ceo", lastReported: null }],
    });
    const owed = view.owners.map((o) => [o.ownerId, o.checkInsMissing, o.checkInsLate]);
    expect(owed).toEqual([
      ["ciso", 0, 0],
      ["cfo", 0, 0],
      ["ceo", 0, 1],
    ]);
  });

  it("summarises each initiative, highest priority first", () => {
    expect(view.initiatives.map((r) => [r.id, r.priorityScore])).toEqual([
      ["b", 100],
      ["a", 62.5],
      ["c", 50],
    ]);
    const [b, a, c] = view.initiatives;
    expect(a).toMatchObject({
      costToDate: 3000,
      benefitToDate: 2000,
      plannedBenefitToDate: 2500,
      valueRealisation: 0.8,
      openRisks: 1,
      highestOpenBand: "critical",
      overdueMitigations: 1,
      exposure: 20,
      paybackMonth: null,
      latestStatus: { period: "2026-05", rag: "amber" },
    });
    expect(a.roi).toBeCloseTo(-1 / 3, 12);
    // flows from March: −1000, 400 − 1200 = −800, 1600 + 500 − 800 = 1300 at 10 % a year:
    // −1000 − 800 / 1.0079741 + 1300 / 1.0160119 = −514.1585
    expect(a.npv).toBeCloseTo(-514.1585, 3);
    expect(a.metrics).toEqual({ total: 2, onTrack: 1, behind: 1, noData: 0 });
    expect(b).toMatchObject({
      roi: -0.5,
      valueRealisation: 1,
      highestOpenBand: "high",
      latestStatus: null,
      metrics: { total: 1, onTrack: 0, behind: 0, noData: 1 },
    });
    expect(c).toMatchObject({
      roi: null,
      valueRealisation: null,
      npv: 0,
      openRisks: 0,
      highestOpenBand: null,
    });
    expect(view.metricsStatus).toEqual({ ahead: 0, "on-track": 1, behind: 1, "no-data": 1 });
  });

  it("gives portfolio NPV, lifetime ROI and the hard/soft split", () => {
    // merged flows from March: −1000, −800 − 2000 = −2800, 1300 + 1000 = 2300
    expect(view.finance.npv).toBeCloseTo(-1514.096, 3);
    // planned 3500 against 5000
    expect(view.finance.lifetimeRoi).toBeCloseTo(-0.3, 12);
    expect(view.finance.hardOnlyRoi).toBeCloseTo(-0.4, 12);
    expect(view.finance.benefitsToDate).toEqual({
      hard: { planned: 3000, actual: 3000 },
      soft: { planned: 500, actual: 0 },
    });
  });

  it("places initiatives in the value × feasibility matrix", () => {
    expect(view.valueFeasibility.map((p) => [p.id, p.value, p.feasibility, p.priorityScore])).toEqual([
      ["a", 4, 2, 62.5],
      ["b", 5, 5, 100],
      ["c", 3, 3, 50],
    ]);
  });

  it("lists slicer options from all the data", () => {
    expect(view.options.departments).toEqual(["Finance", "HR", "Sales"]);
    expect(view.options.owners).toEqual([
      { id: "ceo", displayName: "Chief Executive" },
      { id: "cfo", displayName: "Chief Financial Officer" },
      { id: "ciso", displayName: "Chief Information Security Officer" },
    ]);
    expect(view.options.priorities).toEqual([
      { id: "p-growth", title: "Grow revenue", rank: 1 },
      { id: "p-cost", title: "Lower cost to serve", rank: 2 },
    ]);
  });
});

describe("boardView with slicers", () => {
  const finance = boardView(company(), boardFilters.parse({ department: "Finance" }), asOf, today);

  it("keeps the initiatives in scope and their risks, without organisation-level risks", () => {
    expect(finance.initiatives.map((r) => r.id)).toEqual(["a"]);
    expect(finance.kpis.investmentToDate.value).toBe(3000);
    // r1 only: r2 is closed, r4 is organisation-level
    expect(finance.kpis.openRisksByBand.value).toEqual({ low: 0, medium: 0, high: 0, critical: 1 });
    expect(finance.owners.map((o) => [o.ownerId, o.outcomeInitiatives, o.openRisks])).toEqual([
      ["ciso", 0, 1],
      ["cfo", 1, 0],
    ]);
  });

  it("keeps the options of the whole tenant", () => {
    expect(finance.options).toEqual(boardView(company(), noFilters, asOf, today).options);
    expect(finance.filtersApplied.department).toEqual(["Finance"]);
  });

  it("limits the alignment view to the priorities chosen", () => {
    const cost = boardView(company(), boardFilters.parse({ priority: "p-cost" }), asOf, today);
    expect(cost.alignment.priorities.map((p) => p.priorityId)).toEqual(["p-cost"]);
    expect(cost.kpis.alignmentIndex).toMatchObject({ value: 1, previous: 0, delta: 1 });
  });

  it("shows duplicate pairs with at least one initiative in scope, found across the tenant", () => {
    const data = { ...emptyTenantData(), initiatives: corpus };
    const all = boardView(data, noFilters, asOf, today).duplicates;
    const sales = boardView(data, boardFilters.parse({ department: "Sales" }), asOf, today).duplicates;
    expect(all).toHaveLength(4);
    // Sales' churn model duplicates Customer Service's, which is out of scope but still named
    expect(sales.map((d) => [d.a.id, d.b.id])).toEqual([["cs-churn", "sales-churn"]]);
  });

  it("can be viewed as of a past month", () => {
    const april = boardView(company(), noFilters, "2026-04", today);
    expect(april.kpis.investmentToDate.value).toBe(4200);
    expect(april.kpis.initiativesByStage.value).toEqual({
      ...zeroStages,
      "approved-for-pilot": 1,
      production: 1,
    });
    // at the end of April only r3 was overdue (judged against 1 May)
    expect(april.kpis.overdueMitigations.value).toBe(1);
    expect(april.kpis.maturityIndex.value).toBe(50);
  });
});

/** Deeply frozen, so any write to the input throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Every number anywhere in the view, with its path. */
function numbers(value: unknown, path = "view"): [string, number][] {
  if (typeof value === "number") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, k) => numbers(v, `${path}[${k}]`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}

describe("boardView at 1,000 initiatives", () => {
  const data = deepFreeze(
    syntheticPortfolio({
      initiatives: 1000,
      risksPerInitiative: 5,
      metricsPerInitiative: 4,
      observations: 24,
      asOf: "2026-06",
    }),
  );
  const view: BoardView = boardView(data, noFilters, "2026-06", "2026-06-17");
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const close = (a: number, b: number) =>
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b)));

  it("has the generated size, and never writes to its input", () => {
    expect(data.initiatives).toHaveLength(1000);
    expect(data.risks).toHaveLength(5020);
    expect(data.metrics).toHaveLength(4000);
    expect(view.initiatives).toHaveLength(1000);
    expect(view.valueFeasibility).toHaveLength(1000);
  });

  it("counts every initiative in exactly one stage, and the funnel agrees", () => {
    expect(sum(Object.values(view.kpis.initiativesByStage.value))).toBe(1000);
    const forward = view.stageFunnel.map((s) => s.count);
    expect(view.stageFunnel[0].reached).toBe(sum(forward));
    for (const s of view.stageFunnel) expect(s.count).toBe(view.kpis.initiativesByStage.value[s.stage]);
  });

  it("splits the portfolio's money exactly over the outcome owners", () => {
    close(sum(view.owners.map((o) => o.investmentToDate)), view.kpis.investmentToDate.value);
    close(sum(view.owners.map((o) => o.valueRealisedToDate)), view.kpis.valueRealised.value.actual);
    close(sum(view.owners.map((o) => o.valuePlannedToDate)), view.kpis.valueRealised.value.planned);
    close(sum(view.initiatives.map((r) => r.costToDate)), view.kpis.investmentToDate.value);
    expect(sum(view.owners.map((o) => o.outcomeInitiatives))).toBe(1000);
    expect(sum(view.owners.map((o) => o.riskInitiatives))).toBe(1000);
  });

  it("splits open risks, exposure and overdue mitigations exactly over the risk owners", () => {
    for (const band of riskBands)
      expect(sum(view.owners.map((o) => o.openRisksByBand[band]))).toBe(
        view.kpis.openRisksByBand.value[band],
      );
    const open = sum(Object.values(view.kpis.openRisksByBand.value));
    expect(sum(view.owners.map((o) => o.openRisks))).toBe(open);
    expect(sum(view.owners.map((o) => o.overdueMitigations))).toBe(view.kpis.overdueMitigations.value);
    expect(sum(view.riskHeatmap.inherent.flat())).toBe(open);
    expect(sum(view.riskHeatmap.residual.flat()) + view.riskHeatmap.residualUnassessed).toBe(open);
    // initiative risks per row, plus the organisation-level ones, make up the whole
    const orgOpen = open - sum(view.initiatives.map((r) => r.openRisks));
    expect(orgOpen).toBeGreaterThanOrEqual(0);
    expect(orgOpen).toBeLessThanOrEqual(20);
    expect(sum(view.owners.map((o) => o.exposure))).toBeGreaterThanOrEqual(
      sum(view.initiatives.map((r) => r.exposure)),
    );
  });

  it("judges every metric once", () => {
    expect(sum(Object.values(view.metricsStatus))).toBe(4000);
    expect(sum(view.initiatives.map((r) => r.metrics.total))).toBe(4000);
  });

  it("has every number finite, every KPI delta equal to value − previous", () => {
    const bad = numbers(view).filter(([, n]) => !Number.isFinite(n));
    expect(bad).toEqual([]);
    for (const kpi of [
      view.kpis.portfolioRoi,
      view.kpis.investmentToDate,
      view.kpis.overdueMitigations,
      view.kpis.maturityIndex,
      view.kpis.alignmentIndex,
    ]) {
      if (kpi.value === null || kpi.previous === null) expect(kpi.delta).toBeNull();
      else close(kpi.delta ?? Number.NaN, kpi.value - kpi.previous);
    }
    expect(view.initiatives.every((r) => r.priorityScore >= 0 && r.priorityScore <= 100)).toBe(true);
  });

  it("is plain data that survives JSON", () => {
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it("lists a bounded number of duplicates, each across departments", () => {
    expect(view.duplicates.length).toBeGreaterThan(0);
    expect(view.duplicates.length).toBeLessThanOrEqual(MAX_DUPLICATE_PAIRS);
    expect(view.duplicates.every((d) => d.a.department !== d.b.department)).toBe(true);
  });

  it("narrows consistently under a slicer", () => {
    const finance = boardView(data, boardFilters.parse({ department: "Finance" }), "2026-06", "2026-06-17");
    expect(finance.initiatives.length).toBeGreaterThan(0);
    expect(finance.initiatives.every((r) => r.department === "Finance")).toBe(true);
    expect(sum(Object.values(finance.kpis.initiativesByStage.value))).toBe(finance.initiatives.length);
    expect(finance.kpis.investmentToDate.value).toBeLessThan(view.kpis.investmentToDate.value);
    expect(finance.options).toEqual(view.options);
  });
});
