import { isDay, lastDayOf, monthIndex, previousMonth } from "./calendar";
import { compareText } from "./order";
import { activeStages } from "./progression";
import type { GateDecision, Initiative, StatusUpdate } from "./schemas";
import { gateDecisionsByInitiative, stageAsOf } from "./stageHistory";
import type { TenantData } from "./tenantData";

/**
 * The monthly check-in: every initiative in delivery (`activeStages`, as of the month) owes one
 * status update per month, due by the month's last day. An update not given yet is "missing"
 * while there is time, and "late" once the month is over or when the month before was owed and
 * skipped too.
 */
export type CheckInItem = {
  initiativeId: string;
  title: string;
  outcomeOwnerId: string;
  /** The latest month reported up to the month, if any. */
  lastReported: string | null;
};

export type CheckIns = {
  period: string;
  /** The day this month's check-ins are due by (the month's last day). */
  dueBy: string;
  /** Initiatives that owe this month's check-in. */
  due: number;
  done: number;
  /** Not given yet, still in time. By title. */
  missing: CheckInItem[];
  /** Not given, and overdue: the month is over, or last month's was skipped too. By title. */
  late: CheckInItem[];
};

type Reported = Pick<StatusUpdate, "initiativeId" | "period">;
type Gate = Pick<GateDecision, "initiativeId" | "from" | "to" | "decidedAt">;
type Owing = Pick<Initiative, "id" | "title" | "outcomeOwnerId" | "stage" | "createdAt">;

const isActive = (stage: Initiative["stage"] | null) => stage !== null && activeStages.includes(stage);

/**
 * Check-ins of `initiatives` for month `asOf`, judged on day `today` (YYYY-MM-DD), from their
 * status updates and gate decisions already grouped by initiative (the board view has them so).
 */
export function checkInsOf(
  initiatives: readonly Owing[],
  updatesByInitiative: ReadonlyMap<string, readonly Reported[]>,
  gatesByInitiative: ReadonlyMap<string, readonly Gate[]>,
  asOf: string,
  today: string,
): CheckIns {
  monthIndex(asOf);
  if (!isDay(today)) throw new RangeError(`not a day (YYYY-MM-DD): ${today}`);
  const previous = previousMonth(asOf);
  const dueBy = lastDayOf(asOf);
  const monthOver = today > dueBy;
  const out: CheckIns = { period: asOf, dueBy, due: 0, done: 0, missing: [], late: [] };
  for (const i of initiatives) {
    const gates = gatesByInitiative.get(i.id) ?? [];
    if (!isActive(stageAsOf(i, gates, asOf))) continue;
    out.due += 1;
    let now = false;
    let before = false;
    let lastReported: string | null = null;
    for (const u of updatesByInitiative.get(i.id) ?? []) {
      if (u.period === asOf) now = true;
      else if (u.period === previous) before = true;
      if (u.period <= asOf && (lastReported === null || u.period > lastReported)) lastReported = u.period;
    }
    if (now) {
      out.done += 1;
      continue;
    }
    const skippedBefore = !before && isActive(stageAsOf(i, gates, previous));
    const item = { initiativeId: i.id, title: i.title, outcomeOwnerId: i.outcomeOwnerId, lastReported };
    (monthOver || skippedBefore ? out.late : out.missing).push(item);
  }
  const byTitle = (a: CheckInItem, b: CheckInItem) => compareText(a.title, b.title) || compareText(a.initiativeId, b.initiativeId);
  out.missing.sort(byTitle);
  out.late.sort(byTitle);
  return out;
}

/** The tenant's check-ins for month `asOf`, judged on day `today` (see `checkInsOf`). */
export function checkInStatus(
  data: Pick<TenantData, "initiatives" | "statusUpdates" | "gateDecisions">,
  asOf: string,
  today: string,
): CheckIns {
  const updates = new Map<string, Reported[]>();
  for (const u of data.statusUpdates) {
    const list = updates.get(u.initiativeId);
    if (list === undefined) updates.set(u.initiativeId, [u]);
    else list.push(u);
  }
  return checkInsOf(data.initiatives, updates, gateDecisionsByInitiative(data.gateDecisions), asOf, today);
}
