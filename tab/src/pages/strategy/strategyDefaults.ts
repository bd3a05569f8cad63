/**
 * What a new tenant's strategy form starts from, where the profile schema leaves the choice to
 * the organisation: the currency of the user's region and a conventional discount rate. The
 * portfolio office reviews both before saving; nothing is stored until it does.
 */

/**
 * 8 % a year: a common hurdle rate for corporate technology investment (and the demo tenant's).
 * The finance office replaces it with the organisation's own cost of capital.
 */
export const defaultDiscountRate = 0.08;

/** When the locale names no region we know: the most common reporting currency. */
export const fallbackCurrency = "USD";

const euro = ["AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PT", "SK", "SI", "ES"];
const currencyByRegion: Readonly<Record<string, string>> = {
  ...Object.fromEntries(euro.map((region) => [region, "EUR"])),
  US: "USD",
  GB: "GBP",
  CH: "CHF",
  LI: "CHF",
  SE: "SEK",
  NO: "NOK",
  DK: "DKK",
  PL: "PLN",
  CZ: "CZK",
  HU: "HUF",
  RO: "RON",
  BG: "BGN",
  TR: "TRY",
  IL: "ILS",
  AE: "AED",
  SA: "SAR",
  ZA: "ZAR",
  IN: "INR",
  CN: "CNY",
  HK: "HKD",
  SG: "SGD",
  JP: "JPY",
  KR: "KRW",
  AU: "AUD",
  NZ: "NZD",
  CA: "CAD",
  MX: "MXN",
  BR: "BRL",
};

/**
 * The ISO 4217 currency of a BCP 47 locale's region ("de-CH" → CHF, "fr" → EUR through its
 * likely region), or the fallback when the locale is unusable or its region is not listed.
 */
export function currencyForLocale(locale: string): string {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return (region && currencyByRegion[region]) || fallbackCurrency;
  } catch {
    return fallbackCurrency;
  }
}
