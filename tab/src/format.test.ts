import { describe, expect, it } from "vitest";
import { formatters } from "./format";

// Intl output uses narrow no-break spaces in places; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatters", () => {
  it("formats ratios as percentages, keeping a decimal for small ones", () => {
    const f = formatters("en-US");
    expect(f.percent(0.153)).toBe("15%");
    expect(f.percent(1.5)).toBe("150%");
    expect(f.percent(-0.42)).toBe("-42%");
    expect(f.percent(0.042)).toBe("4.2%");
    expect(f.percent(0)).toBe("0%");
  });

  it("follows the locale", () => {
    expect(plain(formatters("de-DE").percent(0.153))).toBe("15 %");
    expect(formatters("de-DE").number(1234567)).toBe("1.234.567");
    expect(plain(formatters("fr-FR").number(1234.5, 1))).toBe("1 234,5");
    expect(formatters("en-GB").number(1234.567, 2)).toBe("1,234.57");
  });

  it("formats amounts in the given currency, optionally compact", () => {
    expect(formatters("en-US").currency(1250000, "EUR")).toBe("€1,250,000.00");
    expect(formatters("en-US").currency(1250000, "USD", { compact: true })).toBe("$1.3M");
    expect(plain(formatters("de-DE").currency(1250000, "EUR", { compact: true }))).toBe("1,3 Mio. €");
  });

  it("formats a calendar date as that day in every time zone", () => {
    expect(formatters("en-US").date("2025-03-01")).toBe("Mar 1, 2025");
    expect(formatters("en-GB").date("2025-03-01")).toBe("1 Mar 2025");
    expect(formatters("en-US").date(new Date(2025, 11, 24, 15, 30))).toBe("Dec 24, 2025");
    expect(plain(formatters("en-US").time(new Date(2025, 11, 24, 15, 30)))).toBe("3:30 PM");
    expect(formatters("en-GB").time(new Date(2025, 11, 24, 15, 30))).toBe("15:30");
  });

  it("canonicalises Teams-style locales and falls back on unusable ones", () => {
    expect(formatters("en-us").locale).toBe("en-US");
    expect(formatters("not a locale!").locale).toBe("en-US");
    expect(formatters("").locale).toBe("en-US");
  });

  it("reuses formatters per locale", () => {
    expect(formatters("en-GB")).toBe(formatters("en-gb"));
  });

  it("formats months and signed changes", () => {
    const f = formatters("en-US");
    expect(f.month("2026-09")).toBe("Sep 2026");
    expect(formatters("en-GB").month("2026-09")).toBe("Sept 2026");
    expect(f.month("2026-01")).toBe("Jan 2026");
    expect(f.signedNumber(3)).toBe("+3");
    expect(f.signedNumber(-1.25, 1)).toBe("-1.3");
    expect(f.signedNumber(0)).toBe("0");
    expect(f.points(0.021)).toBe("+2.1 pts");
    expect(f.points(-0.1)).toBe("-10 pts");
    expect(f.signedCurrency(1_250_000, "EUR")).toBe("+€1.3M");
    expect(f.signedCurrency(-40_000, "EUR")).toBe("-€40K");
    expect(plain(formatters("de-DE").points(0.021))).toBe("+2,1 pts");
  });
});
