import { describe, expect, it } from "vitest";
import { currencyForLocale, fallbackCurrency } from "./strategyDefaults";

describe("currencyForLocale", () => {
  it("takes the currency of the locale's region, or of its likely region", () => {
    expect(currencyForLocale("de-CH")).toBe("CHF");
    expect(currencyForLocale("en-GB")).toBe("GBP");
    expect(currencyForLocale("nl-NL")).toBe("EUR");
    expect(currencyForLocale("fr")).toBe("EUR");
    expect(currencyForLocale("en-US")).toBe("USD");
    expect(currencyForLocale("ja")).toBe("JPY");
  });

  it("falls back for an unlisted region or an unusable locale", () => {
    expect(currencyForLocale("en-001")).toBe(fallbackCurrency);
    expect(currencyForLocale("not a locale")).toBe(fallbackCurrency);
    expect(currencyForLocale("")).toBe(fallbackCurrency);
  });
});
