import { useTeams } from "./teams/TeamsProvider";

/**
 * Every number, amount and date the tab shows goes through these Intl formatters, in the
 * locale the Teams provider chose. Formatters are built once per locale (and currency): building
 * an Intl formatter costs far more than using one, and a table formats thousands of cells.
 */
export interface Formatters {
  /** The BCP 47 locale actually used (an unusable locale falls back to en-US). */
  readonly locale: string;
  /** A plain number, at most `fractionDigits` decimals (default 0). */
  number(value: number, fractionDigits?: number): string;
  /** A ratio as a percentage: 0.153 → "15%"; small ratios keep one decimal (0.042 → "4.2%"). */
  percent(ratio: number): string;
  /** An amount in an ISO 4217 currency; `compact` gives "€1.2M" for headline figures. */
  currency(amount: number, currency: string, options?: { compact?: boolean }): string;
  /** A calendar date ("2025-03-01") or a timestamp, as a medium date. */
  date(value: string | Date): string;
  /** The time of day of a timestamp, hours and minutes. */
  time(value: string | Date): string;
  /** A month ("2026-09") as "Sep 2026". */
  month(period: string): string;
  /** A change with its sign: "+3", "−1.5", "0". */
  signedNumber(value: number, fractionDigits?: number): string;
  /** A change of a ratio in percentage points: 0.021 → "+2.1 pts". */
  points(delta: number): string;
  /** A change of an amount with its sign, compact: "+€1.2M". */
  signedCurrency(amount: number, currency: string): string;
}

const fallbackLocale = "en-US";
const cache = new Map<string, Formatters>();
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

function usableLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? fallbackLocale;
  } catch {
    return fallbackLocale;
  }
}

function create(locale: string): Formatters {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>([[0, integer]]);
  const percentWhole = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const percentFine = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const currencies = new Map<string, Intl.NumberFormat>();
  const mediumDate = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  // A calendar date names a day, not an instant: format it in UTC so no time zone shifts it.
  const mediumDateUtc = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const shortTime = new Intl.DateTimeFormat(locale, { timeStyle: "short" });
  const monthYear = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const signed = new Map<number, Intl.NumberFormat>();

  const cached = <K>(map: Map<K, Intl.NumberFormat>, key: K, make: () => Intl.NumberFormat) => {
    let f = map.get(key);
    if (!f) map.set(key, (f = make()));
    return f;
  };

  return {
    locale,
    number: (value, fractionDigits = 0) =>
      cached(
        decimals,
        fractionDigits,
        () => new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }),
      ).format(value),
    percent: (ratio) => (Math.abs(ratio) < 0.1 ? percentFine : percentWhole).format(ratio),
    currency: (amount, currency, options) =>
      cached(
        currencies,
        `${currency}${options?.compact ? ":compact" : ""}`,
        () =>
          new Intl.NumberFormat(locale, {
            style: "currency",
            currency,
            ...(options?.compact ? { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 } : {}),
          }),
      ).format(amount),
    date: (value) =>
      typeof value === "string" && dateOnly.test(value)
        ? mediumDateUtc.format(new Date(`${value}T00:00:00Z`))
        : mediumDate.format(new Date(value)),
    time: (value) => shortTime.format(new Date(value)),
    month: (period) => monthYear.format(new Date(`${period}-01T00:00:00Z`)),
    signedNumber: (value, fractionDigits = 0) =>
      cached(
        signed,
        fractionDigits,
        () => new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits, signDisplay: "exceptZero" }),
      ).format(value),
    points: (delta) =>
      `${cached(signed, 1, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" })).format(delta * 100)} pts`,
    signedCurrency: (amount, currency) =>
      cached(
        currencies,
        `${currency}:signed`,
        () =>
          new Intl.NumberFormat(locale, {
            style: "currency",
            currency,
            notation: "compact",
            minimumFractionDigits: 0,
            maximumFractionDigits: 1,
            signDisplay: "exceptZero",
          }),
      ).format(amount),
  };
}

export function formatters(locale: string): Formatters {
  const usable = usableLocale(locale);
  let f = cache.get(usable);
  if (!f) cache.set(usable, (f = create(usable)));
  return f;
}

/** The formatters for the locale of the current user (Teams context or the browser). */
export function useFormat(): Formatters {
  return formatters(useTeams().locale);
}
