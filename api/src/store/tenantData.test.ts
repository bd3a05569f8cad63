import { describe, expect, it } from "vitest";
import { tenantEntitiesFrom } from "./tenantData";

describe("tenantEntitiesFrom", () => {
  it("puts each document in its kind's list, and the strategy on its own", () => {
    const data = tenantEntitiesFrom([
      { kind: "strategy", doc: { id: "profile" } },
      { kind: "initiative", doc: { id: "i-1" } },
      { kind: "initiative", doc: { id: "i-2" } },
      { kind: "metric", doc: { id: "m-1" } },
      { kind: "maturity", doc: { id: "a-1" } },
      { kind: "decision-right", doc: { id: "d-1" } },
      { kind: "status-update", doc: { id: "s-1" } },
    ]);
    expect(data).toEqual({
      strategy: { id: "profile" },
      initiatives: [{ id: "i-1" }, { id: "i-2" }],
      metrics: [{ id: "m-1" }],
      risks: [],
      assessments: [{ id: "a-1" }],
      alignment: [],
      decisionRights: [{ id: "d-1" }],
      gateDecisions: [],
      statusUpdates: [{ id: "s-1" }],
      snapshots: [],
    });
  });
});
