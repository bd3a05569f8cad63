import { describe, expect, it } from "vitest";
import { makeGateDecision, makeInitiative } from "./fixtures";
import { gateDecisionsByInitiative, stageAsOf } from "./stageHistory";

describe("stageAsOf", () => {
  const initiative = makeInitiative({ id: "i1", stage: "pilot", createdAt: "2026-01-10T08:00:00.000Z" });
  const gates = [
    makeGateDecision({
      initiativeId: "i1",
      from: "assessed",
      to: "approved-for-pilot",
      decidedAt: "2026-03-20T10:00:00.000Z",
    }),
    makeGateDecision({
      initiativeId: "i1",
      from: "idea",
      to: "assessed",
      decidedAt: "2026-02-05T10:00:00.000Z",
    }),
    makeGateDecision({
      initiativeId: "i1",
      from: "approved-for-pilot",
      to: "pilot",
      decidedAt: "2026-05-02T10:00:00.000Z",
    }),
    makeGateDecision({
      initiativeId: "other",
      from: "idea",
      to: "rejected",
      decidedAt: "2026-02-01T10:00:00.000Z",
    }),
  ];
  const decisions = gateDecisionsByInitiative(gates).get("i1") ?? [];

  it("groups gate decisions by initiative in decision order, leaving the input as it was", () => {
    expect(decisions.map((d) => d.to)).toEqual(["assessed", "approved-for-pilot", "pilot"]);
    expect(gates[0].to).toBe("approved-for-pilot");
  });

  it("walks back from the current stage through the gates decided after the month", () => {
    expect(stageAsOf(initiative, decisions, "2025-12")).toBeNull(); // not created yet
    expect(stageAsOf(initiative, decisions, "2026-01")).toBe("idea");
    expect(stageAsOf(initiative, decisions, "2026-02")).toBe("assessed");
    expect(stageAsOf(initiative, decisions, "2026-04")).toBe("approved-for-pilot");
    expect(stageAsOf(initiative, decisions, "2026-05")).toBe("pilot");
    expect(stageAsOf(initiative, decisions, "2026-09")).toBe("pilot");
  });

  it("is the current stage when there are no gate decisions", () => {
    expect(stageAsOf(initiative, [], "2026-02")).toBe("pilot");
  });
});
