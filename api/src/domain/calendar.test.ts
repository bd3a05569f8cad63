import { describe, expect, it } from "vitest";
import {
  addMonths,
  asOfDay,
  cycleStart,
  firstDayOf,
  isAfterMonth,
  monthFromIndex,
  monthIndex,
  monthIndexOf,
  monthOf,
  previousMonth,
} from "./calendar";

describe("months", () => {
  it("counts months since year 0 and back", () => {
    // 2026 × 12 + (3 − 1) = 24314
    expect(monthIndex("2026-03")).toBe(24314);
    expect(monthFromIndex(24314)).toBe("2026-03");
    expect(monthIndex("2027-01") - monthIndex("2026-01")).toBe(12);
  });

  it("steps across year ends", () => {
    expect(previousMonth("2026-01")).toBe("2025-12");
    expect(addMonths("2025-11", 3)).toBe("2026-02");
    expect(addMonths("2026-05", 0)).toBe("2026-05");
  });

  it("refuses what is not a month", () => {
    expect(() => monthIndex("2026-13")).toThrow(RangeError);
    expect(() => monthIndex("2026-1")).toThrow(RangeError);
    expect(() => monthIndex("2026-05-01")).toThrow(RangeError);
    expect(() => monthIndex("2026-00")).toThrow(RangeError);
    expect(() => monthIndex("20a6-01")).toThrow(RangeError);
    expect(() => monthIndex("2026/01")).toThrow(RangeError);
    expect(() => monthFromIndex(-1)).toThrow(RangeError);
  });

  it("takes the month of a day or a timestamp", () => {
    expect(monthOf("2026-05-31")).toBe("2026-05");
    expect(monthOf("2026-05-31T23:59:59.999Z")).toBe("2026-05");
    expect(() => monthOf("yesterday")).toThrow(RangeError);
    expect(firstDayOf("2026-02")).toBe("2026-02-01");
  });

  it("reads the month index of a day or timestamp in place", () => {
    expect(monthIndexOf("2026-03-31")).toBe(monthIndex("2026-03"));
    expect(monthIndexOf("2026-03-31T23:00:00.000Z")).toBe(monthIndex("2026-03"));
    expect(() => monthIndexOf("2026-03")).toThrow(RangeError);
  });

  it("tells whether a day or timestamp falls after a month", () => {
    expect(isAfterMonth("2026-06-01T00:00:00.000Z", "2026-05")).toBe(true);
    expect(isAfterMonth("2026-05-31T23:59:59.999Z", "2026-05")).toBe(false);
    expect(isAfterMonth("2026-04-30", "2026-05")).toBe(false);
    expect(isAfterMonth("2027-01-01", "2026-12")).toBe(true);
  });
});

describe("asOfDay", () => {
  it("is today for the current and future months", () => {
    expect(asOfDay("2026-06", "2026-06-17")).toBe("2026-06-17");
    expect(asOfDay("2026-09", "2026-06-17")).toBe("2026-06-17");
  });

  it("is the first day of the next month for a past month (its state at month end)", () => {
    expect(asOfDay("2026-05", "2026-06-17")).toBe("2026-06-01");
    expect(asOfDay("2025-12", "2026-06-17")).toBe("2026-01-01");
  });

  it("refuses a malformed today", () => {
    expect(() => asOfDay("2026-05", "2026-6-1")).toThrow(RangeError);
  });
});

describe("cycleStart", () => {
  it("maps a quarter to its first month", () => {
    expect(cycleStart("2026-Q1")).toBe("2026-01");
    expect(cycleStart("2026-Q3")).toBe("2026-07");
    expect(cycleStart("2026-Q4")).toBe("2026-10");
    expect(() => cycleStart("2026-Q5")).toThrow(RangeError);
  });
});
