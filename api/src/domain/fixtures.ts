import type {
  AlignmentResponse,
  DecisionRight,
  GateDecision,
  Initiative,
  MaturityAssessment,
  Risk,
  StatusUpdate,
  StrategyProfile,
  SuccessMetric,
} from "./schemas";
import { defaultWeights, maturityDimensions } from "./schemas";

/**
 * Complete, valid entities with plain defaults, for tests and generated data sets: each factory
 * takes only the fields a test cares about.
 */

const system = (id: string, at = "2026-01-15T09:00:00.000Z") => ({
  id,
  tenantId: "tenant-1",
  createdAt: at,
  createdBy: "author",
  updatedAt: at,
  updatedBy: "author",
});

export function makeStrategy(overrides: Partial<StrategyProfile> = {}): StrategyProfile {
  return {
    ...system("strategy"),
    vision: "Use AI to serve customers faster at lower cost",
    horizon: "2026-2028",
    priorities: [
      { id: "p-growth", title: "Grow revenue", rank: 1, sponsorId: "ceo" },
      { id: "p-cost", title: "Lower cost to serve", rank: 2, sponsorId: "cfo" },
    ],
    executives: [
      { id: "ceo", displayName: "Chief Executive", jobTitle: "CEO" },
      { id: "cfo", displayName: "Chief Financial Officer", jobTitle: "CFO" },
      { id: "ciso", displayName: "Chief Information Security Officer", jobTitle: "CISO" },
    ],
    maturityFramework: "default-7x5",
    currency: "EUR",
    discountRate: 0.1,
    prioritisationWeights: defaultWeights,
    ...overrides,
  };
}

export function makeInitiative(overrides: Partial<Initiative> & { id: string }): Initiative {
  return {
    ...system(overrides.id),
    title: `Initiative ${overrides.id}`,
    problemStatement: "",
    department: "Operations",
    tags: [],
    priorityIds: ["p-cost"],
    valueCategory: "cost-reduction",
    aiType: "other",
    stage: "idea",
    health: "on-track",
    outcomeOwnerId: "cfo",
    riskOwnerId: "ciso",
    prioritisation: { impact: 3, alignment: 3, feasibility: 3, resourceFit: 3, riskExposure: 3 },
    euAiActTier: "unassessed",
    pilot: null,
    costLines: [],
    benefitLines: [],
    ...overrides,
  };
}

export function makeRisk(overrides: Partial<Risk> & { id: string }): Risk {
  return {
    ...system(overrides.id),
    initiativeId: null,
    title: `Risk ${overrides.id}`,
    description: "",
    category: "security",
    likelihood: 3,
    impact: 3,
    ownerId: "ciso",
    treatment: "mitigate",
    plan: "",
    dueDate: null,
    status: "open",
    residualLikelihood: null,
    residualImpact: null,
    frameworks: {},
    ...overrides,
  };
}

export function makeMetric(
  overrides: Partial<SuccessMetric> & { id: string; initiativeId: string },
): SuccessMetric {
  return {
    ...system(overrides.id),
    name: `Metric ${overrides.id}`,
    category: "cost-reduction",
    unit: "EUR",
    direction: "up",
    baseline: 0,
    baselinePeriod: "2026-01",
    target: 100,
    targetDate: "2026-11-30",
    observations: [],
    ...overrides,
  };
}

export function makeAssessment(
  period: string,
  levels: readonly (readonly [current: number, target: number])[],
  overrides: Partial<MaturityAssessment> = {},
): MaturityAssessment {
  return {
    ...system(`assessment-${period}`),
    period,
    framework: "default-7x5",
    dimensions: maturityDimensions.map((dimension, k) => ({
      dimension,
      current: levels[k]?.[0] ?? 1,
      target: levels[k]?.[1] ?? 1,
      evidence: "",
    })),
    notes: "",
    ...overrides,
  };
}

export function makeResponse(
  overrides: Partial<AlignmentResponse> &
    Pick<AlignmentResponse, "executiveId" | "priorityId" | "importance">,
): AlignmentResponse {
  const cycle = overrides.cycle ?? "2026-Q1";
  return {
    ...system(`${cycle}-${overrides.executiveId}-${overrides.priorityId}`),
    cycle,
    expectedOutcome: "cost-reduction",
    confidence: 3,
    ...overrides,
  };
}

export function makeDecisionRight(
  overrides: Partial<DecisionRight> & Pick<DecisionRight, "decisionType">,
): DecisionRight {
  return {
    ...system(`right-${overrides.decisionType}`),
    accountableId: "ceo",
    responsibleIds: [],
    consultedIds: [],
    informedIds: [],
    ...overrides,
  };
}

export function makeGateDecision(
  overrides: Partial<GateDecision> & Pick<GateDecision, "initiativeId" | "from" | "to" | "decidedAt">,
): GateDecision {
  return {
    ...system(
      `gate-${overrides.initiativeId}-${overrides.decidedAt.replace(/[^0-9]/g, "")}`,
      overrides.decidedAt,
    ),
    decisionType: null,
    checklist: [],
    riskOwnerSignOff: null,
    acknowledgedDuplicates: [],
    decidedBy: "ceo",
    rationale: "Criteria met",
    ...overrides,
  };
}

export function makeStatusUpdate(
  overrides: Partial<StatusUpdate> & Pick<StatusUpdate, "initiativeId" | "period">,
): StatusUpdate {
  return {
    ...system(`status-${overrides.initiativeId}-${overrides.period}`),
    rag: "green",
    narrative: "On plan",
    blockers: "",
    decisionsNeeded: "",
    ...overrides,
  };
}
