import { describe, expect, it } from "vitest";
import { compareText } from "./order";

describe("compareText", () => {
  it("orders by code unit, as ids and ISO timestamps sort", () => {
    expect(["b", "B", "a", "2026-10", "2026-09"].sort(compareText)).toEqual([
      "2026-09",
      "2026-10",
      "B",
      "a",
      "b",
    ]);
    expect(compareText("x", "x")).toBe(0);
  });
});
