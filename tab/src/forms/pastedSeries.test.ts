import { describe, expect, it } from "vitest";
import { parsePastedSeries } from "./pastedSeries";

describe("parsePastedSeries", () => {
  it("reads what a spreadsheet copies: a header, tab-separated months and values, in month order", () => {
    const { rows, problems } = parsePastedSeries(
      "Month\tValue\n2026-03\t1,234.5\n2026-01\t12\r\n\n2026-02-28\t-3.25\n",
      "en-GB",
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 3, period: "2026-01", value: 12 },
      { line: 5, period: "2026-02", value: -3.25 },
      { line: 2, period: "2026-03", value: 1234.5 },
    ]);
  });

  it("reads the locale's decimal comma and its digit groups, and other month forms", () => {
    const { rows, problems } = parsePastedSeries(
      "03/2026; 1.234,5\n4/2026; 12,75\n2026-05\t1 200\n2026-06\t0.5",
      "de-DE",
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.period, r.value])).toEqual([
      ["2026-03", 1234.5],
      ["2026-04", 12.75],
      ["2026-05", 1200],
      ["2026-06", 0.5],
    ]);
  });

  it("names each line it cannot read: a bad month, a missing or extra value, a month twice", () => {
    const { rows, problems } = parsePastedSeries(
      "2026-01\t5\n2026-13\t4\n2026-02\n2026-03\t1\t2\n2026-01\t6\nabc\t7",
      "en-US",
    );
    expect(rows.map((r) => r.period)).toEqual(["2026-01"]);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(problems[0]?.message).toMatch(/line 2: "2026-13" is not a month/);
    expect(problems[3]?.message).toMatch(/2026-01 is on line 1 already/);
  });
});
