import { afterEach, describe, expect, it, vi } from "vitest";
import { scheduleMonthlySnapshots } from "./scheduler";

afterEach(() => vi.useRealTimers());

describe("the local host's monthly snapshot schedule", () => {
  it("runs on the 1st at 06:00 UTC, once, then waits for the next month (even across a 31-day wait)", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-07-01T06:00:01Z"));
    const runs: string[] = [];
    const schedule = scheduleMonthlySnapshots(async () => {
      runs.push(new Date().toISOString());
    });
    expect(schedule.next().toISOString()).toBe("2026-08-01T06:00:00.000Z");
    await vi.advanceTimersByTimeAsync(31 * 24 * 3600 * 1000 - 2000);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual(["2026-08-01T06:00:00.000Z"]);
    expect(schedule.next().toISOString()).toBe("2026-09-01T06:00:00.000Z");
    await vi.advanceTimersByTimeAsync(24 * 3600 * 1000);
    expect(runs).toHaveLength(1);
    schedule.stop();
    await vi.advanceTimersByTimeAsync(40 * 24 * 3600 * 1000);
    expect(runs).toHaveLength(1);
  });
});
