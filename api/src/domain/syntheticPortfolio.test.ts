import { describe, expect, it } from "vitest";
import {
  alignmentResponse,
  decisionRight,
  gateDecision,
  initiative,
  maturityAssessment,
  risk,
  statusUpdate,
  strategyProfile,
  successMetric,
} from "./schemas";
import { syntheticPortfolio } from "./syntheticPortfolio";

describe("syntheticPortfolio", () => {
  const data = syntheticPortfolio({ initiatives: 60, seed: 7 });

  it("is the same for the same options and differs with the seed", () => {
    expect(syntheticPortfolio({ initiatives: 60, seed: 7 })).toEqual(data);
    expect(syntheticPortfolio({ initiatives: 60, seed: 8 }).initiatives).not.toEqual(data.initiatives);
  });

  it("has the requested size", () => {
    expect(data.initiatives).toHaveLength(60);
    expect(data.risks).toHaveLength(60 * 5 + 20);
    expect(data.metrics).toHaveLength(60 * 4);
    expect(data.metrics.every((m) => m.observations.length === 24)).toBe(true);
  });

  it("is valid under the stored entities' schemas", () => {
    expect(strategyProfile.safeParse(data.strategy).success).toBe(true);
    const invalid = [
      ...data.initiatives.map((x) => initiative.safeParse(x)),
      ...data.risks.map((x) => risk.safeParse(x)),
      ...data.metrics.map((x) => successMetric.safeParse(x)),
      ...data.assessments.map((x) => maturityAssessment.safeParse(x)),
      ...data.alignment.map((x) => alignmentResponse.safeParse(x)),
      ...data.decisionRights.map((x) => decisionRight.safeParse(x)),
      ...data.gateDecisions.map((x) => gateDecision.safeParse(x)),
      ...data.statusUpdates.map((x) => statusUpdate.safeParse(x)),
    ].filter((r) => !r.success);
    expect(invalid.map((r) => r.error?.issues[0])).toEqual([]);
  });
});
