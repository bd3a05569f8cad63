import { describe, expect, it } from "vitest";
import { nextSnapshotRun, snapshotPeriodFor } from "./snapshotSchedule";

describe("snapshot schedule", () => {
  it("drafts the month just ended, across a year boundary too", () => {
    expect(snapshotPeriodFor(new Date("2026-06-01T06:00:00Z"))).toBe("2026-05");
    expect(snapshotPeriodFor(new Date("2027-01-01T06:00:00Z"))).toBe("2026-12");
    expect(snapshotPeriodFor(new Date("2026-06-30T23:59:59Z"))).toBe("2026-05");
  });

  it("runs next on the 1st at 06:00 UTC, strictly after now", () => {
    expect(nextSnapshotRun(new Date("2026-05-14T10:00:00Z")).toISOString()).toBe("2026-06-01T06:00:00.000Z");
    expect(nextSnapshotRun(new Date("2026-06-01T05:59:59Z")).toISOString()).toBe("2026-06-01T06:00:00.000Z");
    expect(nextSnapshotRun(new Date("2026-06-01T06:00:00Z")).toISOString()).toBe("2026-07-01T06:00:00.000Z");
    expect(nextSnapshotRun(new Date("2026-12-31T23:00:00Z")).toISOString()).toBe("2027-01-01T06:00:00.000Z");
  });
});
