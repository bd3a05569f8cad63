import type { DuplicateSide } from "./duplicates";
import { duplicateCandidates } from "./duplicates";
import { hasBaselineAndTarget, latestObservation, meetsTarget } from "./metrics";
import { compareText } from "./order";
import { activeStages } from "./progression";
import { inherentScore, riskBand } from "./risk";
import type {
  DecisionType,
  GateChecklistItem,
  GateDecision,
  Initiative,
  Risk,
  RiskOwnerSignOff,
  Stage,
  SuccessMetric,
} from "./schemas";
import { stagePath } from "./schemas";

/**
 * Stage gates: which moves an initiative may make, which decision type governs each, and the
 * checklist a move must meet. Stages change only through a gate decision, so these rules are the
 * only way an initiative moves (retiring included).
 */

/** One checklist line: the rule, whether the initiative meets it, and what was found. */
export type ChecklistResult = { item: GateChecklistItem; met: boolean; detail: string };

/** Details are stored with the gate decision; long lists are cut to this many characters. */
export const MAX_DETAIL = 1000;
/** How many duplicates or failed criteria a detail names before "and n more". */
const NAMED = 5;

/** Stages on the path an initiative can still move on from (closed: retired and rejected). */
const openPathStages: readonly Stage[] = stagePath.filter((s) => s !== "retired");

/**
 * From which stage on each rule applies to a move into delivery (approved for pilot, pilot,
 * scaling, production): a move into that stage or any later delivery stage checks it. Moves to
 * assessed, on hold, rejected or retired check only that the move is allowed.
 */
export const gateRuleFrom: Record<Exclude<GateChecklistItem, "transition">, Stage> = {
  "risk-owner-sign-off": "approved-for-pilot",
  "eu-ai-act-tier": "approved-for-pilot",
  "duplicate-check": "approved-for-pilot",
  "success-metrics": "pilot",
  "pilot-exit-criteria": "scaling",
  "pilot-decision": "scaling",
  "critical-risks": "scaling",
};

export function ruleApplies(item: Exclude<GateChecklistItem, "transition">, to: Stage): boolean {
  return activeStages.includes(to) && stagePath.indexOf(to) >= stagePath.indexOf(gateRuleFrom[item]);
}

type GateHistory = Pick<GateDecision, "initiativeId" | "from" | "to" | "decidedAt" | "acknowledgedDuplicates">;

/** The stage an on-hold initiative was in before its latest hold, or null when no gate recorded it. */
export function stageBeforeHold(initiativeId: string, decisions: readonly GateHistory[]): Stage | null {
  let latest: GateHistory | undefined;
  for (const d of decisions) {
    if (d.initiativeId !== initiativeId || d.to !== "on-hold") continue;
    if (latest === undefined || compareText(d.decidedAt, latest.decidedAt) > 0) latest = d;
  }
  return latest !== undefined && openPathStages.includes(latest.from) ? latest.from : null;
}

/**
 * The stages an initiative may move to, the usual next step first: one step forward along the
 * path, or on hold, rejected or retired, from any open stage; from on hold, back to the stage it
 * was in (any open stage when no gate recorded it, e.g. an initiative created on hold), rejected
 * or retired. Retired and rejected are closed.
 */
export function allowedMoves(initiative: Pick<Initiative, "id" | "stage">, decisions: readonly GateHistory[]): Stage[] {
  const from = initiative.stage;
  if (from === "retired" || from === "rejected") return [];
  if (from === "on-hold") {
    const before = stageBeforeHold(initiative.id, decisions);
    return [...(before === null ? openPathStages : [before]), "rejected", "retired"];
  }
  // From production the next step is retired itself.
  return [...new Set<Stage>([stagePath[stagePath.indexOf(from) + 1], "on-hold", "rejected", "retired"])];
}

/**
 * The decision type that governs a move: approving a pilot (into approved for pilot or pilot),
 * scaling (into scaling or production), retiring, rejecting. Putting on hold, resuming from hold
 * and assessing an idea are the portfolio office's (null).
 */
export function decisionTypeFor(from: Stage, to: Stage): DecisionType | null {
  if (to === "retired") return "retire";
  if (to === "rejected") return "reject";
  if (to === "on-hold" || from === "on-hold") return null;
  if (to === "approved-for-pilot" || to === "pilot") return "approve-pilot";
  if (to === "scaling" || to === "production") return "scale";
  return null;
}

/**
 * A Critical risk counts as treated when it is accepted or closed, or being mitigated under a
 * written plan; an open one, or one "mitigating" without a plan, has no accepted treatment.
 */
export function hasAcceptedTreatment(risk: Pick<Risk, "status" | "plan">): boolean {
  return risk.status === "accepted" || risk.status === "closed" || (risk.status === "mitigating" && risk.plan.trim() !== "");
}

type Candidate = Parameters<typeof duplicateCandidates>[0][number];

export type GateContext = {
  to: Stage;
  /** The caller, who decides the move. */
  deciderId: string;
  /** The current month: exit criteria are judged on the latest observation up to it. */
  asOf: string;
  /** The tenant's initiatives, for the duplicate check (this one included or not). */
  initiatives: readonly Candidate[];
  /** Metrics, risks and gate decisions of the tenant; only this initiative's count (and duplicates acknowledged by the other side). */
  metrics: readonly SuccessMetric[];
  risks: readonly Risk[];
  gateDecisions: readonly GateHistory[];
  /** The risk owner's sign-off as the request states it. */
  riskOwnerSignOff?: boolean;
  /** Possible duplicates the request acknowledges (the request carries a note for them). */
  acknowledgedDuplicates?: readonly string[];
};

export type GateEvaluation = {
  from: Stage;
  to: Stage;
  allowed: Stage[];
  decisionType: DecisionType | null;
  checklist: ChecklistResult[];
  /** Every item met. */
  ready: boolean;
  /** The sign-off to record with the decision, when the move needs one and it was given. */
  riskOwnerSignOff: RiskOwnerSignOff | null;
  /** Unresolved duplicates this request acknowledges, to record with the decision. */
  acknowledgedDuplicates: string[];
};

function bounded(text: string): string {
  return text.length <= MAX_DETAIL ? text : `${text.slice(0, MAX_DETAIL - 1)}…`;
}

function named(parts: readonly string[]): string {
  const shown = parts.slice(0, NAMED).join("; ");
  return parts.length > NAMED ? `${shown}; and ${parts.length - NAMED} more` : shown;
}

const result = (item: GateChecklistItem, met: boolean, detail: string): ChecklistResult => ({
  item,
  met,
  detail: bounded(detail),
});

function transition(from: Stage, to: Stage, allowed: readonly Stage[], resumeTo: Stage | null): ChecklistResult {
  if (allowed.includes(to)) {
    const why =
      from === "on-hold" && to !== "rejected" && to !== "retired"
        ? resumeTo === null
          ? "back from on-hold (the stage before the hold is not recorded)"
          : "back from on-hold to the stage it was in"
        : to === stagePath[stagePath.indexOf(from) + 1]
          ? "the next step on the path"
          : `to ${to} from an open stage`;
    return result("transition", true, `${from} → ${to}: ${why}`);
  }
  if (allowed.length === 0) return result("transition", false, `a ${from} initiative is closed; its stage no longer changes`);
  if (from === to) return result("transition", false, `the initiative is already ${to}`);
  return result("transition", false, `${from} → ${to} is not allowed; from ${from} it may move to ${allowed.join(", ")}`);
}

function signOff(
  initiative: Pick<Initiative, "riskOwnerId">,
  context: GateContext,
): { item: ChecklistResult; record: RiskOwnerSignOff | null } {
  const owner = initiative.riskOwnerId;
  const byOwner = context.deciderId === owner;
  if (byOwner && context.riskOwnerSignOff !== false)
    return {
      item: result("risk-owner-sign-off", true, "signed off by the risk owner, who decides this move"),
      record: { riskOwnerId: owner, recordedBy: context.deciderId, onBehalf: false },
    };
  if (!byOwner && context.riskOwnerSignOff === true)
    return {
      item: result("risk-owner-sign-off", true, `signed off by the risk owner ${owner}, recorded on their behalf by ${context.deciderId}`),
      record: { riskOwnerId: owner, recordedBy: context.deciderId, onBehalf: true },
    };
  return {
    item: result(
      "risk-owner-sign-off",
      false,
      byOwner
        ? "the risk owner withheld sign-off"
        : `the risk owner ${owner} has not signed off: confirm their sign-off (riskOwnerSignOff: true)`,
    ),
    record: null,
  };
}

function euAiActTier(initiative: Pick<Initiative, "euAiActTier">): ChecklistResult {
  const tier = initiative.euAiActTier;
  if (tier === "unassessed") return result("eu-ai-act-tier", false, "the EU AI Act risk tier has not been assessed");
  if (tier === "prohibited")
    return result("eu-ai-act-tier", false, "a prohibited AI practice (EU AI Act Art. 5) may not be piloted or deployed");
  return result("eu-ai-act-tier", true, `EU AI Act tier assessed: ${tier}`);
}

function duplicateCheck(
  initiative: Candidate,
  context: GateContext,
): { item: ChecklistResult; acknowledged: string[] } {
  const id = initiative.id;
  // The tenant's list as given keeps the duplicate search's corpus cache; copy only when it lacks this initiative.
  const all = context.initiatives.some((i) => i.id === id) ? context.initiatives : [...context.initiatives, initiative];
  const others: DuplicateSide[] = duplicateCandidates(all, { involving: new Set([id]) })
    .filter((p) => p.a.id === id || p.b.id === id)
    .map((p) => (p.a.id === id ? p.b : p.a));
  const resolved = new Set<string>();
  for (const d of context.gateDecisions) {
    if (d.initiativeId === id) for (const other of d.acknowledgedDuplicates) resolved.add(other);
    else if (d.acknowledgedDuplicates.includes(id)) resolved.add(d.initiativeId);
  }
  const now = new Set(context.acknowledgedDuplicates ?? []);
  const open = others.filter((o) => !resolved.has(o.id));
  const unresolved = open.filter((o) => !now.has(o.id));
  const acknowledged = open.filter((o) => now.has(o.id)).map((o) => o.id);
  const describe = (o: DuplicateSide) => `"${o.title}" (${o.department}, ${o.id})`;
  if (unresolved.length > 0)
    return {
      item: result(
        "duplicate-check",
        false,
        `possible duplicates not yet acknowledged: ${named(unresolved.map(describe))}; acknowledge them with a note`,
      ),
      acknowledged: [],
    };
  const detail =
    others.length === 0
      ? "no possible duplicate found in other departments"
      : `possible duplicates acknowledged: ${named(others.map(describe))}`;
  return { item: result("duplicate-check", true, detail), acknowledged };
}

function successMetrics(mine: readonly SuccessMetric[]): ChecklistResult {
  const measured = mine.filter(hasBaselineAndTarget).length;
  return measured > 0
    ? result("success-metrics", true, `${measured} success metric${measured === 1 ? "" : "s"} with baseline and target`)
    : result("success-metrics", false, "no success metric with a baseline and a target yet");
}

function exitCriteria(initiative: Pick<Initiative, "pilot">, mine: readonly SuccessMetric[], asOf: string): ChecklistResult {
  const pilot = initiative.pilot;
  if (pilot === null) return result("pilot-exit-criteria", false, "no pilot is defined");
  const measurable = pilot.exitCriteria.filter((c) => c.metricId !== undefined && c.threshold !== undefined);
  if (measurable.length === 0)
    return result("pilot-exit-criteria", false, "no exit criterion names a metric and a threshold");
  const byId = new Map(mine.map((m) => [m.id, m]));
  const failures: string[] = [];
  for (const c of measurable) {
    const metric = byId.get(c.metricId as string);
    const threshold = c.threshold as number;
    if (metric === undefined) {
      failures.push(`"${c.description}": its metric ${c.metricId} does not exist`);
      continue;
    }
    const latest = latestObservation(metric, asOf);
    if (latest === undefined) failures.push(`"${c.description}": no observation of ${metric.name} yet`);
    else if (!meetsTarget(metric, latest.value, threshold))
      failures.push(
        `"${c.description}": ${metric.name} is ${latest.value} ${metric.unit} (${latest.period}), threshold ${threshold} ${metric.unit} (${metric.direction === "up" ? "at least" : "at most"})`,
      );
  }
  return failures.length === 0
    ? result("pilot-exit-criteria", true, `all ${measurable.length} measurable exit criteria met`)
    : result("pilot-exit-criteria", false, named(failures));
}

function pilotDecision(initiative: Pick<Initiative, "pilot">): ChecklistResult {
  const pilot = initiative.pilot;
  if (pilot === null) return result("pilot-decision", false, "no pilot is defined");
  return pilot.decision === "scale"
    ? result("pilot-decision", true, "the pilot decision is to scale")
    : result("pilot-decision", false, `the pilot decision is '${pilot.decision}', not 'scale'`);
}

function criticalRisks(mine: readonly Risk[]): ChecklistResult {
  const blocking = mine.filter((r) => riskBand(inherentScore(r)) === "critical" && !hasAcceptedTreatment(r));
  return blocking.length === 0
    ? result("critical-risks", true, "no open Critical risk without an accepted treatment")
    : result(
        "critical-risks",
        false,
        `open Critical risks without an accepted treatment: ${named(blocking.map((r) => `"${r.title}" (${r.id})`))}`,
      );
}

/**
 * Evaluates a move of `initiative` from its stage to `context.to`: whether the move is allowed,
 * which decision type governs it, and every checklist rule that applies to it (see
 * `gateRuleFrom`), each with what was found. Pure: the caller reads the data and writes the result.
 */
export function evaluateGate(initiative: Initiative, context: GateContext): GateEvaluation {
  const { to } = context;
  const from = initiative.stage;
  const allowed = allowedMoves(initiative, context.gateDecisions);
  const resumeTo = from === "on-hold" ? stageBeforeHold(initiative.id, context.gateDecisions) : null;
  const checklist: ChecklistResult[] = [transition(from, to, allowed, resumeTo)];
  const mineMetrics = context.metrics.filter((m) => m.initiativeId === initiative.id);
  const mineRisks = context.risks.filter((r) => r.initiativeId === initiative.id);
  let record: RiskOwnerSignOff | null = null;
  let acknowledged: string[] = [];
  if (ruleApplies("risk-owner-sign-off", to)) {
    const s = signOff(initiative, context);
    checklist.push(s.item);
    record = s.record;
  }
  if (ruleApplies("eu-ai-act-tier", to)) checklist.push(euAiActTier(initiative));
  if (ruleApplies("duplicate-check", to)) {
    const d = duplicateCheck(initiative, context);
    checklist.push(d.item);
    acknowledged = d.acknowledged;
  }
  if (ruleApplies("success-metrics", to)) checklist.push(successMetrics(mineMetrics));
  if (ruleApplies("pilot-exit-criteria", to)) checklist.push(exitCriteria(initiative, mineMetrics, context.asOf));
  if (ruleApplies("pilot-decision", to)) checklist.push(pilotDecision(initiative));
  if (ruleApplies("critical-risks", to)) checklist.push(criticalRisks(mineRisks));
  return {
    from,
    to,
    allowed,
    decisionType: decisionTypeFor(from, to),
    checklist,
    ready: checklist.every((c) => c.met),
    riskOwnerSignOff: record,
    acknowledgedDuplicates: acknowledged,
  };
}

/** The checklist of a move from the initiative's stage to `context.to` (see `evaluateGate`). */
export function gateChecklist(initiative: Initiative, context: GateContext): ChecklistResult[] {
  return evaluateGate(initiative, context).checklist;
}
