import { nextSnapshotRun } from "../domain/snapshotSchedule";

/** setTimeout's longest wait (about 24.8 days); a month is longer, so long waits are split. */
const maxTimeout = 2 ** 31 - 1;

/**
 * The local host's stand-in for the Functions timer: runs `job` at every 1st of the month,
 * 06:00 UTC. The timer is unref'd, so it never keeps a process alive. `job` must not throw.
 */
export function scheduleMonthlySnapshots(job: () => Promise<void>, clock: () => Date = () => new Date()) {
  let due = nextSnapshotRun(clock());
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arm = () => {
    if (stopped) return;
    timer = setTimeout(tick, Math.min(Math.max(0, due.getTime() - clock().getTime()), maxTimeout));
    timer.unref();
  };
  const tick = () => {
    if (clock().getTime() < due.getTime()) return arm();
    due = nextSnapshotRun(due);
    void job().finally(arm);
  };
  arm();
  return {
    /** When the job runs next. */
    next: () => due,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
