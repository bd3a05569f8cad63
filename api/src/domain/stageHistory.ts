import { isAfterMonth } from "./calendar";
import { compareText } from "./order";
import type { GateDecision, Initiative, Stage } from "./schemas";

type Gate = Pick<GateDecision, "initiativeId" | "from" | "to" | "decidedAt">;

/** Gate decisions by initiative id, each list in the order they were decided. */
export function gateDecisionsByInitiative<T extends Gate>(decisions: readonly T[]): Map<string, T[]> {
  const byInitiative = new Map<string, T[]>();
  for (const d of decisions) {
    const list = byInitiative.get(d.initiativeId);
    if (list === undefined) byInitiative.set(d.initiativeId, [d]);
    else list.push(d);
  }
  for (const list of byInitiative.values()) list.sort((a, b) => compareText(a.decidedAt, b.decidedAt));
  return byInitiative;
}

/**
 * The stage an initiative was in at the end of `month`, or null if it did not exist yet. Stages
 * change only through gate decisions, so walking back from the current stage, the stage then is
 * the `from` of the first gate decided after that month; with none after, the current stage.
 * `decisions` are the initiative's gate decisions in decision order.
 */
export function stageAsOf(
  initiative: Pick<Initiative, "stage" | "createdAt">,
  decisions: readonly Gate[],
  month: string,
): Stage | null {
  if (isAfterMonth(initiative.createdAt, month)) return null;
  const next = decisions.find((d) => isAfterMonth(d.decidedAt, month));
  return next === undefined ? initiative.stage : next.from;
}
