import { addMonths, monthIndex, previousMonth } from "./calendar";

/**
 * When the monthly board snapshot is drafted: 06:00 UTC on the 1st, for the month just ended.
 * The Functions timer uses the same moment as a CRON expression; the local host computes it.
 */
export const snapshotSchedule = "0 0 6 1 * *";
const runHourUtc = 6;

/** The month a snapshot drafted at `now` is for: the month before `now`'s (UTC). */
export function snapshotPeriodFor(now: Date): string {
  return previousMonth(now.toISOString().slice(0, 7));
}

/** The first scheduled run strictly after `now`: the next 1st of a month at 06:00 UTC. */
export function nextSnapshotRun(now: Date): Date {
  const month = now.toISOString().slice(0, 7);
  const thisMonths = runOn(month);
  return thisMonths.getTime() > now.getTime() ? thisMonths : runOn(addMonths(month, 1));
}

function runOn(month: string): Date {
  const index = monthIndex(month);
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1, runHourUtc));
}
