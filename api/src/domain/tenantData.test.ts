import { describe, expect, it } from "vitest";
import { emptyTenantData } from "./tenantData";

describe("emptyTenantData", () => {
  it("has no strategy, no entities and no published snapshot", () => {
    const data = emptyTenantData();
    expect(data.strategy).toBeUndefined();
    expect(data.publishedSnapshots).toBe(0);
    const lists = [
      data.initiatives,
      data.metrics,
      data.risks,
      data.assessments,
      data.alignment,
      data.decisionRights,
      data.gateDecisions,
      data.statusUpdates,
    ];
    expect(lists.every((l) => l.length === 0)).toBe(true);
  });

  it("gives fresh lists on every call", () => {
    expect(emptyTenantData().initiatives).not.toBe(emptyTenantData().initiatives);
  });
});
