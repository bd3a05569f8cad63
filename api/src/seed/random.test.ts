import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createRandom, deriveSeed, mulberry32 } from "./random";

const take = <T>(next: () => T, count: number): T[] => Array.from({ length: count }, () => next());

describe("mulberry32", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    expect(take(mulberry32(7), 20)).toEqual(take(mulberry32(7), 20));
    expect(take(mulberry32(7), 20)).not.toEqual(take(mulberry32(8), 20));
  });

  it("stays in [0, 1) and spreads over it", () => {
    const values = take(mulberry32(123), 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

describe("deriveSeed", () => {
  it("depends on both the seed and the label", () => {
    expect(deriveSeed(1, "ini-0001")).toBe(deriveSeed(1, "ini-0001"));
    expect(deriveSeed(1, "ini-0001")).not.toBe(deriveSeed(1, "ini-0002"));
    expect(deriveSeed(1, "ini-0001")).not.toBe(deriveSeed(2, "ini-0001"));
    expect(deriveSeed(0xffff_ffff, "x")).toBeGreaterThanOrEqual(0);
  });
});

describe("createRandom", () => {
  it("draws integers within both bounds, reaching each", () => {
    const random = createRandom(5);
    const seen = new Set(take(() => random.int(-1, 2), 500));
    expect([...seen].sort()).toEqual([-1, 0, 1, 2]);
  });

  it("picks from a list and refuses an empty one", () => {
    const random = createRandom(9);
    expect(["a", "b", "c"]).toContain(random.pick(["a", "b", "c"]));
    expect(() => random.pick([])).toThrow();
  });

  it("makes version-4 UUIDs, like Entra object ids, that differ", () => {
    const random = createRandom(11);
    const ids = take(random.uuid, 200);
    for (const id of ids) expect(z.uuid().safeParse(id).success).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
