import type { BoardView, InitiativeRow, OwnerRow } from "../src/api/types";

/**
 * A small, complete board view as GET /api/board answers it, for component tests. Two owners,
 * three initiatives; `overrides` replaces top-level parts.
 */

const stages = {
  idea: 2,
  assessed: 1,
  "approved-for-pilot": 0,
  pilot: 1,
  scaling: 0,
  production: 1,
  retired: 0,
  "on-hold": 0,
  rejected: 0,
};

export function initiativeRow(id: string, overrides: Partial<InitiativeRow> = {}): InitiativeRow {
  return {
    id,
    title: `Initiative ${id}`,
    department: "Finance",
    stage: "pilot",
    health: "on-track",
    valueCategory: "cost-reduction",
    outcomeOwnerId: "cfo",
    riskOwnerId: "ciso",
    priorityScore: 70,
    costToDate: 100_000,
    benefitToDate: 150_000,
    plannedBenefitToDate: 200_000,
    roi: 0.5,
    valueRealisation: 0.75,
    npv: 250_000,
    paybackMonth: "2026-03",
    openRisks: 1,
    highestOpenBand: "high",
    overdueMitigations: 0,
    exposure: 12,
    metrics: { total: 1, onTrack: 1, behind: 0, noData: 0 },
    latestStatus: { period: "2026-10", rag: "green" },
    ...overrides,
  };
}

export function ownerRow(ownerId: string, displayName: string, overrides: Partial<OwnerRow> = {}): OwnerRow {
  return {
    ownerId,
    displayName,
    jobTitle: null,
    outcomeInitiatives: 1,
    riskInitiatives: 1,
    investmentToDate: 100_000,
    valuePlannedToDate: 200_000,
    valueRealisedToDate: 150_000,
    valueRealisation: 0.75,
    roi: 0.5,
    openRisks: 2,
    openRisksByBand: { low: 0, medium: 1, high: 1, critical: 0 },
    overdueMitigations: 1,
    exposure: 20,
    checkInsMissing: 0,
    checkInsLate: 0,
    ...overrides,
  };
}

const emptyHeatmap = () => Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);

export function boardView(overrides: Partial<BoardView> = {}): BoardView {
  const inherent = emptyHeatmap();
  inherent[3]![4] = 2;
  inherent[1]![2] = 1;
  return {
    asOf: "2026-11",
    today: "2026-11-25",
    currency: "EUR",
    filtersApplied: { department: [], owner: [], stage: [], priority: [], period: "2026-11" },
    options: {
      departments: ["Finance", "Operations"],
      owners: [
        { id: "cfo", displayName: "Casey Moreau" },
        { id: "ciso", displayName: "Rui Tanaka" },
      ],
      stages: ["idea", "assessed", "approved-for-pilot", "pilot", "scaling", "production", "retired", "on-hold", "rejected"],
      priorities: [{ id: "p1", title: "Grow revenue", rank: 1 }],
    },
    kpis: {
      portfolioRoi: { value: 0.25, previous: 0.2, delta: 0.05, comparedWith: "2026-10" },
      valueRealised: {
        value: { actual: 150_000, planned: 200_000, ratio: 0.75 },
        previous: { actual: 100_000, planned: 120_000, ratio: 0.8333 },
        delta: { actual: 50_000, planned: 80_000, ratio: -0.0833 },
        comparedWith: "2026-10",
      },
      investmentToDate: { value: 1_200_000, previous: 1_000_000, delta: 200_000, comparedWith: "2026-10" },
      initiativesByStage: {
        value: stages,
        previous: { ...stages, idea: 1 },
        delta: { ...Object.fromEntries(Object.keys(stages).map((s) => [s, 0])), idea: 1 } as typeof stages,
        comparedWith: "2026-10",
      },
      openRisksByBand: {
        value: { low: 1, medium: 2, high: 1, critical: 0 },
        previous: { low: 1, medium: 1, high: 2, critical: 0 },
        delta: { low: 0, medium: 1, high: -1, critical: 0 },
        comparedWith: "2026-10",
      },
      overdueMitigations: { value: 1, previous: 3, delta: -2, comparedWith: "2026-10" },
      maturityIndex: { value: 52.5, previous: 47.5, delta: 5, comparedWith: "2026-06" },
      alignmentIndex: { value: 0.7, previous: null, delta: null, comparedWith: null },
    },
    finance: {
      discountRate: 0.08,
      npv: 2_500_000,
      lifetimeRoi: 1.2,
      paybackMonth: "2027-06",
      hardOnlyRoi: 0.1,
      benefitsToDate: { hard: { planned: 150_000, actual: 120_000 }, soft: { planned: 50_000, actual: 30_000 } },
    },
    stageFunnel: [
      { stage: "idea", count: 2, reached: 5 },
      { stage: "assessed", count: 1, reached: 3 },
      { stage: "approved-for-pilot", count: 0, reached: 2 },
      { stage: "pilot", count: 1, reached: 2 },
      { stage: "scaling", count: 0, reached: 1 },
      { stage: "production", count: 1, reached: 1 },
    ],
    owners: [
      ownerRow("ciso", "Rui Tanaka", { exposure: 32, outcomeInitiatives: 0, investmentToDate: 0, valuePlannedToDate: 0, valueRealisedToDate: 0, valueRealisation: null, roi: null }),
      ownerRow("cfo", "Casey Moreau", { investmentToDate: 1_200_000 }),
    ],
    riskHeatmap: { inherent, residual: emptyHeatmap(), residualUnassessed: 3 },
    maturity: {
      latest: {
        period: "2026-09",
        index: 52.5,
        targetIndex: 75,
        dimensions: [
          { dimension: "strategy", label: "Strategy", current: 3, target: 4, gap: 1 },
          { dimension: "data", label: "Data", current: 2, target: 4, gap: 2 },
        ],
      },
      trend: [
        { period: "2026-06", index: 47.5, targetIndex: 75 },
        { period: "2026-09", index: 52.5, targetIndex: 75 },
      ],
    },
    alignment: {
      cycle: "2026-Q4",
      index: 0.7,
      priorities: [
        {
          priorityId: "p1",
          title: "Grow revenue",
          rank: 1,
          respondents: 4,
          meanImportance: 3,
          spread: 1.6,
          alignmentIndex: 0.2,
          minRating: 1,
          maxRating: 5,
          distribution: [1, 0, 1, 0, 2],
          expectedOutcomes: { "cost-reduction": 1, "revenue-growth": 3, "process-optimisation": 0, "risk-mitigation": 0 },
          disagreement: true,
        },
      ],
    },
    metricsStatus: { ahead: 0, "on-track": 2, behind: 1, "no-data": 0 },
    valueFeasibility: [
      { id: "a", title: "Initiative a", value: 4, feasibility: 3, priorityScore: 70, stage: "pilot", department: "Finance" },
    ],
    duplicates: [],
    progression: {
      steps: [
        { step: 1, key: "vision", title: "Define the AI vision", status: "done", evidence: ["Vision statement set"] },
        { step: 2, key: "maturity", title: "Assess AI maturity", status: "not-started", evidence: ["No maturity assessment yet"] },
      ],
      done: 1,
      inProgress: 0,
    },
    checkIns: { period: "2026-11", dueBy: "2026-11-30", due: 1, done: 1, missing: [], late: [] },
    initiatives: [
      initiativeRow("a"),
      initiativeRow("b", { title: "Claims triage", department: "Operations", stage: "production", outcomeOwnerId: "coo", priorityScore: 60 }),
    ],
    ...overrides,
  };
}
