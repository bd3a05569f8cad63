import { describe, expect, it } from "vitest";
import { period, sharedMonth } from "./common";
import { successMetric } from "./metric";
import { z } from "./zod";

describe("period", () => {
  it("accepts a month as YYYY-MM and gives it back unchanged", () => {
    expect(z.parse(period, "2026-03")).toBe("2026-03");
    expect(z.parse(period, "1999-12")).toBe("1999-12");
  });

  it("rejects anything else with the field's message", () => {
    for (const bad of ["2026-13", "2026-3", "2026-00", "26-03", "2026-03-01", " 2026-03"]) {
      const result = z.safeParse(period, bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("a month as YYYY-MM");
    }
  });

  it("keeps the months of parsed observations as they were sent", () => {
    const metric = z.parse(successMetric, {
      id: "m1",
      tenantId: "t1",
      initiativeId: "i1",
      name: "Handling time",
      category: "process-optimisation",
      unit: "min",
      direction: "down",
      baseline: 30,
      baselinePeriod: "2026-01",
      target: 20,
      targetDate: "2026-12-31",
      observations: [
        { period: "2026-02", value: 29 },
        { period: "2026-03", value: 27 },
      ],
      createdAt: "2026-01-05T09:00:00.000Z",
      updatedAt: "2026-03-05T09:00:00.000Z",
      createdBy: "p1",
      updatedBy: "p1",
    });
    expect(metric.observations.map((o) => o.period)).toEqual(["2026-02", "2026-03"]);
  });
});

describe("sharedMonth", () => {
  it("gives back an equal string, also past its table's limit", () => {
    const values = Array.from({ length: 5000 }, (_, k) => `${String(1000 + Math.floor(k / 12)).padStart(4, "0")}-${String((k % 12) + 1).padStart(2, "0")}`);
    for (const value of values) expect(sharedMonth(value)).toBe(value);
    expect(sharedMonth(`${"2026"}-${"07"}`)).toBe("2026-07");
  });
});
