import { alignmentByPriority, surveyCyclesUpTo } from "./alignment";
import { assessmentsUpTo, maturityDimensionLabels, maturityGaps } from "./maturity";
import { hasBaselineAndTarget } from "./metrics";
import { priorityScore } from "./prioritisation";
import type { DecisionType, Initiative, Pilot, Stage } from "./schemas";
import { defaultWeights } from "./schemas";
import type { TenantData } from "./tenantData";

/** Step 4 is done when the latest survey cycle has answers from at least this many executives. */
export const MIN_ALIGNMENT_RESPONDENTS = 3;
/** Step 6 is done when at least this share of active initiatives has a success metric. */
export const METRIC_COVERAGE_DONE = 0.8;
/** Step 9 needs status updates this month from at least this share of active initiatives. */
export const STATUS_COVERAGE_DONE = 0.8;
/** Step 7: the decisions that must have an accountable person before AI scales. */
export const KEY_DECISION_TYPES: readonly DecisionType[] = [
  "approve-pilot",
  "scale",
  "accept-high-risk",
  "publish-snapshot",
];
/** Initiatives in delivery: approved or running, spending money, expected to measure and report. */
export const activeStages: readonly Stage[] = ["approved-for-pilot", "pilot", "scaling", "production"];

export const progressionStatuses = ["not-started", "in-progress", "done"] as const;
export type ProgressionStatus = (typeof progressionStatuses)[number];

export const progressionKeys = [
  "vision",
  "maturity",
  "risks-gaps",
  "alignment",
  "prioritise",
  "success-metrics",
  "governance",
  "pilots",
  "report",
] as const;
export type ProgressionKey = (typeof progressionKeys)[number];

export const progressionTitles: Record<ProgressionKey, string> = {
  vision: "Define the AI vision",
  maturity: "Assess AI maturity",
  "risks-gaps": "Identify risks and gaps",
  alignment: "Align leadership on expected outcomes",
  prioritise: "Prioritise use cases",
  "success-metrics": "Define success metrics",
  governance: "Establish governance",
  pilots: "Launch structured pilots",
  report: "Report continuously",
};

export type ProgressionStep = {
  step: number;
  key: ProgressionKey;
  title: string;
  status: ProgressionStatus;
  evidence: string[];
};
export type Progression = { steps: ProgressionStep[]; done: number; inProgress: number };

const percent = (share: number) => `${Math.round(share * 100)} %`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A pilot is structured when it states a hypothesis, exit criteria, a budget cap and a decision date. */
export function missingPilotParts(pilot: Pilot | null): string[] {
  if (pilot === null) return ["hypothesis", "exit criteria", "budget cap", "decision date"];
  const missing: string[] = [];
  if (pilot.hypothesis.trim() === "") missing.push("hypothesis");
  if (pilot.exitCriteria.length === 0) missing.push("exit criteria");
  if (!(pilot.budgetCap > 0)) missing.push("budget cap");
  if (pilot.decisionDate === "") missing.push("decision date");
  return missing;
}

type Outcome = { status: ProgressionStatus; evidence: string[] };

function vision(data: TenantData): Outcome {
  const s = data.strategy;
  if (s === undefined) return { status: "not-started", evidence: ["No strategy profile yet"] };
  const hasVision = s.vision.trim() !== "";
  const evidence = [
    hasVision ? "Vision statement set" : "No vision statement",
    `${plural(s.priorities.length, "ranked business priority", "ranked business priorities")}`,
    `Horizon: ${s.horizon}`,
  ];
  return { status: hasVision && s.priorities.length > 0 ? "done" : "in-progress", evidence };
}

function maturity(data: TenantData, asOf: string): Outcome {
  const assessed = assessmentsUpTo(data.assessments, asOf);
  if (assessed.length === 0) return { status: "not-started", evidence: ["No maturity assessment yet"] };
  return {
    status: "done",
    evidence: [`${plural(assessed.length, "assessment")}, latest ${assessed[assessed.length - 1].period}`],
  };
}

function risksAndGaps(data: TenantData, asOf: string): Outcome {
  const assessed = assessmentsUpTo(data.assessments, asOf);
  const latest = assessed[assessed.length - 1];
  const evidence = [
    data.risks.length === 0 ? "No risks registered" : `${plural(data.risks.length, "risk")} registered`,
  ];
  if (latest === undefined) evidence.push("No maturity gaps identified (no assessment)");
  else {
    const gaps = maturityGaps(latest).filter((g) => g.gap > 0);
    evidence.push(
      gaps.length === 0
        ? "Maturity at target in every dimension"
        : `${plural(gaps.length, "dimension")} below target; largest gap: ${maturityDimensionLabels[gaps[0].dimension]} (${plural(gaps[0].gap, "level")})`,
    );
  }
  const parts = (data.risks.length > 0 ? 1 : 0) + (latest !== undefined ? 1 : 0);
  return { status: parts === 2 ? "done" : parts === 1 ? "in-progress" : "not-started", evidence };
}

function alignment(data: TenantData, asOf: string): Outcome {
  const cycles = surveyCyclesUpTo(data.alignment, asOf);
  const cycle = cycles[cycles.length - 1];
  if (cycle === undefined) return { status: "not-started", evidence: ["No alignment survey answered yet"] };
  const executives = new Set(data.alignment.filter((r) => r.cycle === cycle).map((r) => r.executiveId));
  const rows = alignmentByPriority(data.alignment, cycle);
  const flagged = rows.filter((r) => r.disagreement).length;
  return {
    status: executives.size >= MIN_ALIGNMENT_RESPONDENTS ? "done" : "in-progress",
    evidence: [
      `Survey ${cycle}: ${plural(executives.size, "executive")} answered (${MIN_ALIGNMENT_RESPONDENTS} needed)`,
      `${plural(flagged, "priority", "priorities")} with significant disagreement`,
    ],
  };
}

function prioritise(data: TenantData): Outcome {
  const all = data.initiatives;
  if (all.length === 0) return { status: "not-started", evidence: ["No initiatives yet"] };
  const weights = data.strategy?.prioritisationWeights ?? defaultWeights;
  let top: { initiative: Initiative; score: number } | undefined;
  for (const i of all) {
    const score = priorityScore(i.prioritisation, weights);
    if (top === undefined || score > top.score) top = { initiative: i, score };
  }
  const beyondIdea = all.filter((i) => i.stage !== "idea").length;
  const evidence = [
    `${plural(all.length, "initiative")} scored`,
    `${plural(beyondIdea, "initiative")} assessed or beyond`,
  ];
  if (top !== undefined) evidence.push(`Highest priority: ${top.initiative.title} (${top.score})`);
  return { status: beyondIdea > 0 ? "done" : "in-progress", evidence };
}

function successMetrics(data: TenantData): Outcome {
  const active = data.initiatives.filter((i) => activeStages.includes(i.stage));
  const measured = new Set(
    data.metrics.filter(hasBaselineAndTarget).map((m) => m.initiativeId),
  );
  const covered = active.filter((i) => measured.has(i.id)).length;
  if (active.length === 0) {
    return {
      status: data.metrics.length > 0 ? "in-progress" : "not-started",
      evidence: ["No active initiatives", `${plural(data.metrics.length, "success metric")} defined`],
    };
  }
  const share = covered / active.length;
  return {
    status: share >= METRIC_COVERAGE_DONE ? "done" : covered > 0 ? "in-progress" : "not-started",
    evidence: [
      `${covered} of ${plural(active.length, "active initiative")} (${percent(share)}) have a metric with baseline and target; ${percent(METRIC_COVERAGE_DONE)} needed`,
    ],
  };
}

function governance(data: TenantData): Outcome {
  const defined = new Set(data.decisionRights.map((d) => d.decisionType));
  const missing = KEY_DECISION_TYPES.filter((t) => !defined.has(t));
  const sharedOwner = data.initiatives.filter((i) => i.outcomeOwnerId === i.riskOwnerId).length;
  const evidence = [
    `Decision rights for ${KEY_DECISION_TYPES.length - missing.length} of ${KEY_DECISION_TYPES.length} key decisions` +
      (missing.length > 0 ? ` (missing: ${missing.join(", ")})` : ""),
    sharedOwner === 0
      ? "Every initiative has separate outcome and risk owners"
      : `${plural(sharedOwner, "initiative")} with the same outcome and risk owner`,
  ];
  if (data.decisionRights.length === 0) return { status: "not-started", evidence };
  return { status: missing.length === 0 && sharedOwner === 0 ? "done" : "in-progress", evidence };
}

function pilots(data: TenantData): Outcome {
  const relevant = data.initiatives.filter((i) => i.pilot !== null || i.stage === "pilot");
  if (relevant.length === 0) return { status: "not-started", evidence: ["No pilots defined"] };
  const incomplete = relevant.filter((i) => missingPilotParts(i.pilot).length > 0);
  const structured = relevant.length - incomplete.length;
  const running = relevant.filter((i) => i.stage === "pilot");
  const runningIncomplete = running.filter((i) => missingPilotParts(i.pilot).length > 0);
  const evidence = [`${structured} of ${plural(relevant.length, "pilot")} fully structured`];
  for (const i of incomplete.slice(0, 3))
    evidence.push(`${i.title}: missing ${missingPilotParts(i.pilot).join(", ")}`);
  return { status: structured > 0 && runningIncomplete.length === 0 ? "done" : "in-progress", evidence };
}

function report(data: TenantData, asOf: string): Outcome {
  const active = data.initiatives.filter((i) => activeStages.includes(i.stage));
  const reported = new Set(data.statusUpdates.filter((s) => s.period === asOf).map((s) => s.initiativeId));
  const covered = active.filter((i) => reported.has(i.id)).length;
  const share = active.length === 0 ? 1 : covered / active.length;
  const evidence = [
    `${covered} of ${plural(active.length, "active initiative")} reported status for ${asOf}`,
    `${plural(data.publishedSnapshots, "board snapshot")} published`,
  ];
  if (data.publishedSnapshots > 0 && share >= STATUS_COVERAGE_DONE) return { status: "done", evidence };
  const started = data.publishedSnapshots > 0 || data.statusUpdates.length > 0;
  return { status: started ? "in-progress" : "not-started", evidence };
}

/**
 * The article's nine steps for the whole organisation (never filtered by the board's slicers),
 * each with a status and the evidence it was judged on, as of the month `asOf`.
 */
export function progression(data: TenantData, asOf: string): Progression {
  const outcomes: Record<ProgressionKey, Outcome> = {
    vision: vision(data),
    maturity: maturity(data, asOf),
    "risks-gaps": risksAndGaps(data, asOf),
    alignment: alignment(data, asOf),
    prioritise: prioritise(data),
    "success-metrics": successMetrics(data),
    governance: governance(data),
    pilots: pilots(data),
    report: report(data, asOf),
  };
  const steps = progressionKeys.map((key, index) => ({
    step: index + 1,
    key,
    title: progressionTitles[key],
    ...outcomes[key],
  }));
  return {
    steps,
    done: steps.filter((s) => s.status === "done").length,
    inProgress: steps.filter((s) => s.status === "in-progress").length,
  };
}
