import { addMonths, monthIndex } from "./calendar";
import {
  makeAssessment,
  makeDecisionRight,
  makeGateDecision,
  makeInitiative,
  makeMetric,
  makeResponse,
  makeRisk,
  makeStatusUpdate,
  makeStrategy,
} from "./fixtures";
import type { BenefitLine, CostLine, Initiative, Observation, Risk, Stage, SuccessMetric } from "./schemas";
import { decisionTypes, riskStatuses, stages, valueCategories } from "./schemas";
import type { TenantData } from "./tenantData";

/**
 * A deterministic, plausible tenant of any size, for tests of invariants at scale and for the
 * benchmark. The same options always give the same data (a seeded PRNG, no clock).
 */
export type SyntheticOptions = {
  initiatives: number;
  risksPerInitiative: number;
  metricsPerInitiative: number;
  /** Monthly observations per metric, ending at `asOf`. */
  observations: number;
  /** Organisation-level risks (no initiative). */
  orgRisks: number;
  seed: number;
  asOf: string;
};

export const defaultSyntheticOptions: SyntheticOptions = {
  initiatives: 1000,
  risksPerInitiative: 5,
  metricsPerInitiative: 4,
  observations: 24,
  orgRisks: 20,
  seed: 1,
  asOf: "2026-06",
};

/** mulberry32: small, fast, good enough to spread test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const departments = [
  "Finance",
  "Procurement",
  "Customer Service",
  "Marketing",
  "Sales",
  "HR",
  "Operations",
  "IT",
  "Legal",
  "Supply Chain",
  "Manufacturing",
  "Risk",
];
const executiveIds = ["ceo", "cfo", "coo", "ciso", "chro", "cio", "cmo", "cto", "cdo", "clo", "cpo", "cro"];
const priorityIds = ["p-growth", "p-cost", "p-experience", "p-risk", "p-people"];
const actions = [
  "Automate",
  "Predict",
  "Classify",
  "Summarise",
  "Forecast",
  "Detect",
  "Recommend",
  "Extract",
  "Route",
  "Optimise",
];
const objects = [
  "invoices",
  "claims",
  "tickets",
  "contracts",
  "orders",
  "shipments",
  "applications",
  "complaints",
  "payments",
  "quotes",
  "returns",
  "leads",
  "incidents",
  "audits",
  "budgets",
  "schedules",
  "inventory",
  "suppliers",
  "forecasts",
  "emails",
];
const qualifiers = [
  "warehouse",
  "retail",
  "wholesale",
  "online",
  "regional",
  "export",
  "subscription",
  "field",
  "partner",
  "enterprise",
];
const generic = [
  "customer",
  "data",
  "manual",
  "faster",
  "cost",
  "quality",
  "team",
  "process",
  "errors",
  "time",
  "model",
  "reports",
];

export function syntheticPortfolio(options: Partial<SyntheticOptions> = {}): TenantData {
  const o = { ...defaultSyntheticOptions, ...options };
  const random = prng(o.seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const asOfIndex = monthIndex(o.asOf);
  const timestamp = (month: string, day = 10) => `${month}-${String(day).padStart(2, "0")}T09:00:00.000Z`;

  const strategy = makeStrategy({
    priorities: priorityIds.map((id, k) => ({
      id,
      title: `Priority ${id.slice(2)}`,
      rank: k + 1,
      sponsorId: executiveIds[k],
    })),
    executives: executiveIds.map((id) => ({ id, displayName: id.toUpperCase(), jobTitle: id.toUpperCase() })),
  });

  const initiatives: Initiative[] = [];
  const metrics: SuccessMetric[] = [];
  const risks: Risk[] = [];
  const gateDecisions: TenantData["gateDecisions"] = [];
  const statusUpdates: TenantData["statusUpdates"] = [];

  for (let k = 0; k < o.initiatives; k++) {
    const id = `ini-${String(k + 1).padStart(5, "0")}`;
    const start = addMonths(o.asOf, -int(6, 18));
    const action = pick(actions);
    const object = pick(objects);
    const qualifier = pick(qualifiers);
    const outcomeOwnerId = pick(executiveIds);
    let riskOwnerId = pick(executiveIds);
    if (riskOwnerId === outcomeOwnerId)
      riskOwnerId = executiveIds[(executiveIds.indexOf(outcomeOwnerId) + 1) % executiveIds.length];
    const stage: Stage = pick(stages);

    const costLines: CostLine[] = [];
    const benefitLines: BenefitLine[] = [];
    const monthlyCost = int(5, 50) * 1000;
    const monthlyBenefit = int(0, 80) * 1000;
    for (let m = 0; m < 24; m++) {
      const period = addMonths(start, m);
      const past = monthIndex(period) <= asOfIndex;
      const cost = m < 6 ? monthlyCost * 2 : monthlyCost;
      costLines.push({
        period,
        category: m < 6 ? "build" : "run",
        planned: cost,
        actual: past ? Math.round(cost * (0.8 + random() * 0.4)) : null,
      });
      if (m >= 3) {
        const benefit = monthlyBenefit * (m < 9 ? 0.5 : 1);
        const kind = m % 3 === 0 ? "soft" : "hard";
        benefitLines.push({
          period,
          kind,
          planned: benefit,
          actual: past && random() < 0.9 ? Math.round(benefit * (0.5 + random() * 0.8)) : null,
          confidence: "measured",
        });
      }
    }

    initiatives.push(
      makeInitiative({
        id,
        createdAt: timestamp(start),
        updatedAt: timestamp(o.asOf),
        title: `${action} ${qualifier} ${object}`,
        problemStatement: `${action} ${object} for the ${qualifier} business: ${pick(generic)} ${pick(generic)} ${pick(generic)} with ${pick(generic)} ${pick(generic)}.`,
        department: departments[k % departments.length],
        tags: [object, pick(generic)],
        priorityIds: [pick(priorityIds)],
        valueCategory: pick(valueCategories),
        stage,
        health: pick(["on-track", "at-risk", "off-track"] as const),
        outcomeOwnerId,
        riskOwnerId,
        prioritisation: {
          impact: int(1, 5),
          alignment: int(1, 5),
          feasibility: int(1, 5),
          resourceFit: int(1, 5),
          riskExposure: int(1, 5),
        },
        pilot:
          stage === "pilot" || random() < 0.2
            ? {
                hypothesis: `${action} cuts handling time of ${object}`,
                exitCriteria: random() < 0.8 ? [{ description: "handling time −20 %" }] : [],
                budgetCap: int(50, 500) * 1000,
                decisionDate: `${addMonths(o.asOf, int(1, 6))}-15`,
                decision: "pending",
              }
            : null,
        costLines,
        benefitLines,
      }),
    );
    if (stage !== "idea") {
      gateDecisions.push(
        makeGateDecision({
          initiativeId: id,
          from: "idea",
          to: stage,
          decidedAt: timestamp(addMonths(o.asOf, -int(0, 3)), 5),
        }),
      );
    }
    statusUpdates.push(
      makeStatusUpdate({ initiativeId: id, period: o.asOf, rag: pick(["green", "amber", "red"] as const) }),
    );

    for (let r = 0; r < o.risksPerInitiative; r++) {
      const created = addMonths(o.asOf, -int(0, 12));
      const status = pick(riskStatuses);
      const residual = random() < 0.6;
      risks.push(
        makeRisk({
          id: `${id}-r${r + 1}`,
          initiativeId: id,
          createdAt: timestamp(created),
          updatedAt: timestamp(
            addMonths(o.asOf, -int(0, Math.max(0, monthIndex(o.asOf) - monthIndex(created)))),
          ),
          likelihood: int(1, 5),
          impact: int(1, 5),
          ownerId: random() < 0.8 ? riskOwnerId : pick(executiveIds),
          status,
          dueDate:
            random() < 0.8 ? `${addMonths(o.asOf, int(-4, 4))}-${String(int(1, 28)).padStart(2, "0")}` : null,
          residualLikelihood: residual ? int(1, 3) : null,
          residualImpact: residual ? int(1, 3) : null,
        }),
      );
    }

    for (let m = 0; m < o.metricsPerInitiative; m++) {
      const up = random() < 0.5;
      const baseline = int(50, 150);
      const target = up ? baseline + int(10, 100) : baseline - int(10, 40);
      const first = addMonths(o.asOf, -(o.observations - 1));
      const observations: Observation[] = [];
      for (let t = 0; t < o.observations; t++) {
        const drift = ((target - baseline) * t) / Math.max(1, o.observations + 6);
        observations.push({
          period: addMonths(first, t),
          value: Math.round(baseline + drift * (0.6 + random() * 0.8)),
          confidence: "measured",
        });
      }
      metrics.push(
        makeMetric({
          id: `${id}-m${m + 1}`,
          initiativeId: id,
          direction: up ? "up" : "down",
          baseline,
          baselinePeriod: first,
          target,
          targetDate: `${addMonths(o.asOf, 6)}-28`,
          observations,
        }),
      );
    }
  }

  for (let r = 0; r < o.orgRisks; r++) {
    risks.push(
      makeRisk({
        id: `org-r${r + 1}`,
        initiativeId: null,
        createdAt: timestamp(addMonths(o.asOf, -int(1, 12))),
        updatedAt: timestamp(o.asOf),
        likelihood: int(1, 5),
        impact: int(1, 5),
        ownerId: pick(["ciso", "clo", "cro"]),
        status: pick(riskStatuses),
        dueDate: `${addMonths(o.asOf, int(-3, 3))}-15`,
      }),
    );
  }

  const assessments = [-9, -6, -3, 0].map((offset, k) =>
    makeAssessment(
      addMonths(o.asOf, offset),
      Array.from({ length: 7 }, () => [Math.min(5, 1 + k + int(0, 1)), 5] as const),
    ),
  );
  const cycles = ["Q1", "Q2"].map((q) => `${o.asOf.slice(0, 4)}-${q}`);
  const alignment = cycles.flatMap((cycle) =>
    executiveIds.flatMap((executiveId) =>
      priorityIds.map((priorityId) =>
        makeResponse({
          cycle,
          executiveId,
          priorityId,
          importance: int(1, 5),
          expectedOutcome: pick(valueCategories),
        }),
      ),
    ),
  );

  return {
    strategy,
    initiatives,
    metrics,
    risks,
    assessments,
    alignment,
    decisionRights: decisionTypes.map((decisionType) => makeDecisionRight({ decisionType })),
    gateDecisions,
    statusUpdates,
    publishedSnapshots: 0,
  };
}
