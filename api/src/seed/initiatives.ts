import { monthFromIndex } from "../domain/calendar";
import type { InitiativeInput, Stage } from "../domain/schemas";
import { initiativeInput } from "../domain/schemas";
import type { Month } from "./calendar";
import { lastDateOf } from "./calendar";
import type { InitiativeTemplate, MetricSpec, Size } from "./catalogue";
import { exitThreshold, financeValidatedStages, formatMetricValue } from "./metrics";
import type { Cast } from "./personas";
import type { Random } from "./random";
import { priorityId } from "./strategy";
import type { InitiativeData } from "./types";
import { validated } from "./validate";

type CostLineInput = NonNullable<InitiativeInput["costLines"]>[number];
type BenefitLineInput = NonNullable<InitiativeInput["benefitLines"]>[number];
type PilotInput = NonNullable<InitiativeInput["pilot"]>;

/** The months of an initiative's life, as absolute months. */
export type Timeline = {
  start: Month;
  /** Build work starts here: after assessment and approval for the stages before a pilot. */
  buildStart: Month;
  /** The last month with cost or benefit lines. */
  end: Month;
  /** The month of the pilot's scale / iterate / stop decision. */
  pilotEnd: Month;
  /** From this month on it runs (licence and run costs) and yields benefits. */
  goLive: Month;
};

type Offsets = { start: number; buildStart: number; end: number; pilotEnd: number; goLive: number };

/** Where each stage sits in time, in months from asOf (negative is the past). */
const stageOffsets: Record<Stage, Offsets> = {
  idea: { start: 2, buildStart: 2, end: 7, pilotEnd: 7, goLive: 8 },
  assessed: { start: -2, buildStart: 2, end: 12, pilotEnd: 6, goLive: 7 },
  "approved-for-pilot": { start: -3, buildStart: 0, end: 15, pilotEnd: 4, goLive: 5 },
  pilot: { start: -5, buildStart: -5, end: 15, pilotEnd: 1, goLive: -2 },
  scaling: { start: -13, buildStart: -13, end: 10, pilotEnd: -8, goLive: -9 },
  production: { start: -20, buildStart: -20, end: 3, pilotEnd: -15, goLive: -15 },
  retired: { start: -22, buildStart: -22, end: -4, pilotEnd: -17, goLive: -17 },
  "on-hold": { start: -9, buildStart: -9, end: -2, pilotEnd: -3, goLive: -5 },
  rejected: { start: -5, buildStart: 0, end: -4, pilotEnd: -4, goLive: 0 },
};
const stoppedAfterPilotOffsets: Offsets = { start: -11, buildStart: -11, end: -3, pilotEnd: -3, goLive: -6 };

export function timelineOf(template: InitiativeTemplate, asOf: Month, random: Random): Timeline {
  const offsets = template.stoppedAfterPilot ? stoppedAfterPilotOffsets : stageOffsets[template.stage];
  // Ideas stay in the future; everything else moves by up to a month so that not all start together.
  // An overdue decision moves the whole pilot two months back, past its decision date.
  let shift = template.stage === "idea" ? 0 : random.int(-1, 0);
  if (template.decisionOverdue) shift -= 2;
  return {
    start: asOf + offsets.start + shift,
    buildStart: asOf + offsets.buildStart + shift,
    end: asOf + offsets.end + shift,
    pilotEnd: asOf + offsets.pilotEnd + shift,
    goLive: asOf + offsets.goLive + shift,
  };
}

/** Stages that went through (or are in) a pilot and so carry a pilot charter. */
function hasPilot(template: InitiativeTemplate): boolean {
  const withPilot: readonly Stage[] = [
    "approved-for-pilot",
    "pilot",
    "scaling",
    "production",
    "retired",
    "on-hold",
  ];
  return withPilot.includes(template.stage) || template.stoppedAfterPilot === true;
}

/** Monthly amounts in EUR by size; `benefit` is the full monthly benefit of an impact-3 initiative. */
const sizeProfiles: Record<
  Size,
  { people: number; data: number; build: number; licence: number; run: number; benefit: number }
> = {
  S: { people: 8_000, data: 12_000, build: 15_000, licence: 2_000, run: 2_500, benefit: 28_000 },
  M: { people: 18_000, data: 25_000, build: 35_000, licence: 5_000, run: 6_000, benefit: 70_000 },
  L: { people: 35_000, data: 50_000, build: 70_000, licence: 12_000, run: 15_000, benefit: 160_000 },
};
/** Once built, a smaller team keeps it running. */
const runTeamShare = 0.4;

const benefitFactor = { over: 1.3, on: 1, under: 0.55, none: 0 } as const;
const vendorServiceTypes: readonly string[] = ["generative", "conversational", "vision"];

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

function costLines(template: InitiativeTemplate, tl: Timeline, asOf: Month, random: Random): CostLineInput[] {
  if (template.noCost) return [];
  const profile = sizeProfiles[template.size];
  const scale = random.between(0.8, 1.25);
  const planned = (amount: number) => roundTo(amount * scale, 500);
  const costFactor = template.overBudget ? 1.35 : 1;
  const buildEnd = Math.min(tl.end, Math.max(tl.pilotEnd, tl.goLive + 2));
  const lines: CostLineInput[] = [];
  const add = (period: Month, category: CostLineInput["category"], amount: number) => {
    const plan = planned(amount);
    const actual = period <= asOf ? roundTo(plan * costFactor * random.between(0.9, 1.12), 100) : null;
    lines.push({ period: monthFromIndex(period), category, planned: plan, actual });
  };
  for (let month = tl.start; month <= tl.end; month++) {
    add(month, "people", month <= buildEnd ? profile.people : profile.people * runTeamShare);
    if (month <= tl.start + 1) add(month, "data", profile.data);
    if (month >= tl.buildStart && month <= buildEnd) add(month, "build", profile.build);
    if (month >= tl.goLive) {
      add(month, "run", profile.run);
      if (vendorServiceTypes.includes(template.aiType)) add(month, "licence", profile.licence);
    }
  }
  return lines;
}

function benefitLines(
  template: InitiativeTemplate,
  tl: Timeline,
  asOf: Month,
  random: Random,
): BenefitLineInput[] {
  if (template.noCost) return [];
  const impact = template.scores[0];
  const full = sizeProfiles[template.size].benefit * (0.4 + 0.2 * impact) * random.between(0.85, 1.2);
  const kind = template.benefitKind ?? (template.valueCategory === "process-optimisation" ? "soft" : "hard");
  const shares: ["hard" | "soft", number][] =
    kind === "both"
      ? [
          ["hard", 0.7],
          ["soft", 0.3],
        ]
      : [[kind, 1]];
  const delivered = benefitFactor[template.delivery];
  const lines: BenefitLineInput[] = [];
  for (let month = tl.goLive; month <= tl.end; month++) {
    const ramp = Math.min(1, (month - tl.goLive + 1) / 6);
    for (const [lineKind, share] of shares) {
      const planned = roundTo(full * ramp * share, 100);
      const past = month <= asOf;
      const actual = past ? roundTo(planned * delivered * random.between(0.85, 1.15), 100) : null;
      const confidence = !past
        ? "estimated"
        : lineKind === "soft"
          ? "estimated"
          : financeValidatedStages.includes(template.stage)
            ? "finance-validated"
            : "measured";
      lines.push({ period: monthFromIndex(month), kind: lineKind, planned, actual, confidence });
    }
  }
  return lines;
}

function pilotDecision(template: InitiativeTemplate): PilotInput["decision"] {
  if (template.stoppedAfterPilot) return "stop";
  switch (template.stage) {
    case "scaling":
    case "production":
    case "retired":
      return "scale";
    case "on-hold":
      return "iterate";
    default:
      return "pending";
  }
}

function pilotCharter(
  template: InitiativeTemplate,
  tl: Timeline,
  costs: readonly CostLineInput[],
  metrics: readonly { id: string; spec: MetricSpec }[],
): PilotInput | null {
  if (!hasPilot(template)) return null;
  if (!template.hypothesis)
    throw new Error(`the template "${template.title}" needs a hypothesis for its pilot`);
  const pilotCost = costs
    .filter((c) => c.period <= monthFromIndex(tl.pilotEnd))
    .reduce((sum, c) => sum + c.planned, 0);
  return {
    hypothesis: template.hypothesis,
    exitCriteria: metrics.slice(0, 2).map(({ id, spec }) => {
      const threshold = exitThreshold(spec);
      return {
        metricId: id,
        description: `${spec.name} reaches ${formatMetricValue(threshold, spec.unit)} by the decision date`,
        threshold,
      };
    }),
    budgetCap: Math.max(10_000, Math.ceil((pilotCost * 1.1) / 10_000) * 10_000),
    decisionDate: lastDateOf(tl.pilotEnd),
    decision: pilotDecision(template),
  };
}

export type InitiativeDraft = {
  template: InitiativeTemplate;
  title: string;
  problem: string;
  tags: string[];
};

export function buildInitiative(
  draft: InitiativeDraft,
  tl: Timeline,
  metrics: readonly { id: string; spec: MetricSpec }[],
  context: { asOf: Month; cast: Cast; random: Random; id: string },
): InitiativeData {
  const { template } = draft;
  const { asOf, cast, random } = context;
  const [impact, alignment, feasibility, resourceFit, riskExposure] = template.scores;
  const costs = costLines(template, tl, asOf, random);
  return validated(
    initiativeInput,
    {
      title: draft.title,
      problemStatement: draft.problem,
      department: template.department,
      tags: draft.tags,
      priorityIds: template.priorities.map(priorityId),
      valueCategory: template.valueCategory,
      aiType: template.aiType,
      health: template.health,
      outcomeOwnerId: cast[template.outcomeOwner].id,
      riskOwnerId: cast[template.riskOwner].id,
      prioritisation: { impact, alignment, feasibility, resourceFit, riskExposure },
      euAiActTier: template.tier,
      pilot: pilotCharter(template, tl, costs, metrics),
      costLines: costs,
      benefitLines: benefitLines(template, tl, asOf, random),
      stage: template.stage,
    },
    `initiative ${context.id}`,
  );
}
