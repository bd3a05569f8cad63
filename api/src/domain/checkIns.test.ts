import { describe, expect, it } from "vitest";
import { lastDayOf } from "./calendar";
import { checkInStatus } from "./checkIns";
import { makeGateDecision, makeInitiative, makeStatusUpdate } from "./fixtures";
import type { Initiative } from "./schemas";
import { emptyTenantData } from "./tenantData";

const ts = (day: string) => `${day}T09:00:00.000Z`;
const jan = ts("2026-01-15");
const owned = (id: string, stage: Initiative["stage"], createdAt = jan) =>
  makeInitiative({ id, title: id.toUpperCase(), stage, outcomeOwnerId: `owner-${id}`, createdAt });

/**
 * Seven initiatives viewed on 20 May 2026:
 * a pilot, reported April and May → done
 * b production, reported April only → missing (still in time; April was given)
 * c scaling, reported neither → late (April was owed too)
 * d pilot since 3 May, assessed in April (not owed then), no report → missing
 * e idea → owes nothing
 * f pilot, created 10 May, no report → missing (did not exist in April)
 * g retired → owes nothing
 */
function portfolio() {
  return {
    ...emptyTenantData(),
    initiatives: [
      owned("a", "pilot"),
      owned("b", "production"),
      owned("c", "scaling"),
      owned("d", "pilot"),
      owned("e", "idea"),
      owned("f", "pilot", ts("2026-05-10")),
      owned("g", "retired"),
    ],
    gateDecisions: [
      makeGateDecision({ initiativeId: "d", from: "assessed", to: "approved-for-pilot", decidedAt: ts("2026-05-03") }),
      makeGateDecision({ initiativeId: "d", from: "approved-for-pilot", to: "pilot", decidedAt: ts("2026-05-04") }),
    ],
    statusUpdates: [
      makeStatusUpdate({ initiativeId: "a", period: "2026-04" }),
      makeStatusUpdate({ initiativeId: "a", period: "2026-05" }),
      makeStatusUpdate({ initiativeId: "b", period: "2026-04" }),
      makeStatusUpdate({ initiativeId: "c", period: "2026-02" }),
      makeStatusUpdate({ initiativeId: "e", period: "2026-05" }),
    ],
  };
}

const item = (id: string, lastReported: string | null) => ({
  initiativeId: id,
  title: id.toUpperCase(),
  outcomeOwnerId: `owner-${id}`,
  lastReported,
});

describe("monthly check-ins", () => {
  it("sorts this month's check-ins into done, missing and late", () => {
    expect(checkInStatus(portfolio(), "2026-05", "2026-05-20")).toEqual({
      period: "2026-05",
      dueBy: "2026-05-31",
      due: 5,
      done: 1,
      missing: [item("b", "2026-04"), item("d", null), item("f", null)],
      late: [item("c", "2026-02")],
    });
  });

  it("makes everything not given late once the month is over", () => {
    // April, seen in May: a and b reported; c did not; d was only assessed; f did not exist yet
    expect(checkInStatus(portfolio(), "2026-04", "2026-05-20")).toEqual({
      period: "2026-04",
      dueBy: "2026-04-30",
      due: 3,
      done: 2,
      missing: [],
      late: [item("c", "2026-02")],
    });
    // on the last day of the month there is still time
    expect(checkInStatus(portfolio(), "2026-05", "2026-05-31").missing).toHaveLength(3);
    expect(checkInStatus(portfolio(), "2026-05", "2026-06-01").late.map((i) => i.initiativeId)).toEqual(["b", "c", "d", "f"]);
  });

  it("owes nothing without initiatives in delivery, and refuses malformed months and days", () => {
    expect(checkInStatus(emptyTenantData(), "2026-05", "2026-05-20")).toMatchObject({ due: 0, done: 0, missing: [], late: [] });
    expect(() => checkInStatus(emptyTenantData(), "2026-5", "2026-05-20")).toThrow(RangeError);
    expect(() => checkInStatus(emptyTenantData(), "2026-05", "20 May")).toThrow(RangeError);
  });

  it("knows the last day of every month", () => {
    expect(["2026-01", "2026-02", "2028-02", "2026-04", "2026-12"].map(lastDayOf)).toEqual([
      "2026-01-31",
      "2026-02-28",
      "2028-02-29",
      "2026-04-30",
      "2026-12-31",
    ]);
  });
});
