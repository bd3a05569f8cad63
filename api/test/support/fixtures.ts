import type { InitiativeInput, RiskInput, StrategyProfileInput, SuccessMetricInput } from "../../src/domain/schemas";

export const people = {
  cio: "00000000-0000-4000-8000-0000000000c1",
  cfo: "00000000-0000-4000-8000-0000000000cf",
  ciso: "00000000-0000-4000-8000-00000000c150",
  coo: "00000000-0000-4000-8000-0000000000c0",
  board: "00000000-0000-4000-8000-0000000000b0",
};

export const strategy = (): StrategyProfileInput => ({
  vision: "Use AI where it measurably improves margins and service, governed from day one.",
  horizon: "2028",
  priorities: [
    { id: "margin", title: "Protect operating margin", rank: 1, sponsorId: people.cfo },
    { id: "service", title: "Faster customer service", rank: 2, sponsorId: people.coo },
  ],
  executives: [
    { id: people.cio, displayName: "Ada CIO", jobTitle: "Chief Information Officer" },
    { id: people.cfo, displayName: "Frank CFO", jobTitle: "Chief Financial Officer" },
  ],
  currency: "EUR",
  discountRate: 0.08,
});

export const initiativeBody = (overrides: Partial<InitiativeInput> = {}): InitiativeInput => ({
  title: "Invoice matching assistant",
  problemStatement: "Accounts payable clerks match invoices to purchase orders by hand.",
  department: "Finance",
  priorityIds: ["margin"],
  valueCategory: "cost-reduction",
  outcomeOwnerId: people.cfo,
  riskOwnerId: people.ciso,
  prioritisation: { impact: 4, alignment: 5, feasibility: 4, resourceFit: 3, riskExposure: 2 },
  costLines: [{ period: "2026-01", category: "build", planned: 10_000, actual: 12_000 }],
  benefitLines: [{ period: "2026-03", kind: "hard", planned: 20_000, actual: 18_000 }],
  ...overrides,
});

export const metricBody = (initiativeId: string, overrides: Partial<SuccessMetricInput> = {}): SuccessMetricInput => ({
  initiativeId,
  name: "Invoices matched automatically",
  category: "process-optimisation",
  unit: "%",
  direction: "up",
  baseline: 10,
  baselinePeriod: "2026-01",
  target: 80,
  targetDate: "2026-12-31",
  ...overrides,
});

export const riskBody = (initiativeId: string | null, overrides: Partial<RiskInput> = {}): RiskInput => ({
  initiativeId,
  title: "Supplier bank details exposed to the model vendor",
  category: "privacy",
  likelihood: 3,
  impact: 4,
  ...overrides,
});
