import { describe, expect, it } from "vitest";
import { openCycles, quarterOf } from "./MyAreaPage";

describe("survey cycles waiting for an executive", () => {
  it("names the quarter a day falls in", () => {
    expect(quarterOf("2026-01-01")).toBe("2026-Q1");
    expect(quarterOf("2026-06-30")).toBe("2026-Q2");
    expect(quarterOf("2026-11-25")).toBe("2026-Q4");
  });

  it("lists the current quarter and earlier cycles not fully answered, newest first", () => {
    const answer = (cycle: string, executiveId: string, priorityId: string) => ({ cycle, executiveId, priorityId });
    const responses = [
      answer("2026-Q2", "coo", "p1"),
      answer("2026-Q2", "coo", "p2"),
      answer("2026-Q2", "cio", "p1"),
      answer("2026-Q3", "cio", "p1"),
      answer("2026-Q3", "cio", "p2"),
      answer("2026-Q3", "coo", "p1"),
    ];
    expect(openCycles(responses, "cio", "2026-11-25", 2)).toEqual([
      { cycle: "2026-Q4", current: true, answered: 0 },
      { cycle: "2026-Q2", current: false, answered: 1 },
    ]);
    expect(openCycles(responses, "coo", "2026-11-25", 2)).toEqual([
      { cycle: "2026-Q4", current: true, answered: 0 },
      { cycle: "2026-Q3", current: false, answered: 1 },
    ]);
  });
});
