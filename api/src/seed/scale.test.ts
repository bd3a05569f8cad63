import { describe, expect, it } from "vitest";
import { initiativeInput, riskInput, stages, successMetricInput } from "../domain/schemas";
import { departments } from "./catalogue";
import {
  generateDemoTenant,
  scaledMetricsPerInitiative,
  scaledObservationMonths,
  scaledRisksPerInitiative,
} from "./demoTenant";

const asOf = "2026-05";

describe("generateDemoTenant — scaled up", () => {
  const big = generateDemoTenant({ tenantId: "bench-1000", asOf, initiatives: 1_000 });

  it("gives N initiatives with 4 metrics of 24 observations and 5 risks each", () => {
    expect(big.initiatives).toHaveLength(1_000);
    expect(big.metrics).toHaveLength(4_000);
    expect(big.risks).toHaveLength(5_000);
    expect(scaledMetricsPerInitiative).toBe(4);
    expect(scaledRisksPerInitiative).toBe(5);
    expect(scaledObservationMonths).toBe(24);
    for (const m of big.metrics) {
      expect(m.input.observations).toHaveLength(24);
      expect((m.input.observations.at(-1)?.period ?? "") <= asOf).toBe(true);
    }
    const perInitiative = new Map<string, number>();
    for (const r of big.risks)
      perInitiative.set(
        r.input.initiativeId ?? "org",
        (perInitiative.get(r.input.initiativeId ?? "org") ?? 0) + 1,
      );
    expect(perInitiative.size).toBe(1_000);
    expect([...perInitiative.values()].every((n) => n === 5)).toBe(true);
  });

  it("keeps every stage and department, with distinct titles and ids", () => {
    const inputs = big.initiatives.map((i) => i.input);
    expect(new Set(inputs.map((i) => i.stage))).toEqual(new Set(stages));
    expect(new Set(inputs.map((i) => i.department))).toEqual(new Set(departments));
    expect(new Set(inputs.map((i) => i.title)).size).toBe(1_000);
    expect(big.initiatives[0]?.id).toBe("ini-0001");
    expect(big.initiatives.at(-1)?.id).toBe("ini-1000");
    expect(new Set(big.metrics.map((m) => m.id)).size).toBe(4_000);
    expect(new Set(big.risks.map((r) => r.id)).size).toBe(5_000);
    for (const i of inputs) expect(i.outcomeOwnerId).not.toBe(i.riskOwnerId);
  });

  it("validates every scaled entity against its input schema", () => {
    for (const r of big.initiatives) expect(initiativeInput.safeParse(r.input).success).toBe(true);
    for (const r of big.metrics) expect(successMetricInput.safeParse(r.input).success).toBe(true);
    for (const r of big.risks) expect(riskInput.safeParse(r.input).success).toBe(true);
  });

  it("reuses the same people, strategy and governance as the hand-crafted tenant", () => {
    const small = generateDemoTenant({ tenantId: "bench-1000", asOf });
    expect(big.personas).toEqual(small.personas);
    expect(big.strategy).toEqual(small.strategy);
    expect(big.decisionRights).toEqual(small.decisionRights);
    expect(big.alignment).toEqual(small.alignment);
    expect(big.assessments).toEqual(small.assessments);
  });

  it("is deterministic for a given N and works down to N = 1", () => {
    expect(generateDemoTenant({ tenantId: "t", asOf, initiatives: 60 })).toEqual(
      generateDemoTenant({ tenantId: "t", asOf, initiatives: 60 }),
    );
    const one = generateDemoTenant({ tenantId: "t", asOf, initiatives: 1 });
    expect(one.initiatives).toHaveLength(1);
    expect(one.metrics).toHaveLength(4);
  });
});
