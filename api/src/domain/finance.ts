import { monthFromIndex, monthIndex } from "./calendar";
import type { BenefitLine, CostLine, Initiative } from "./schemas";

/**
 * Money of an initiative, from its monthly cost and benefit lines.
 *
 * "To date" sums the lines of every month up to and including the as-of month, and counts
 * **recorded actuals only**: a month with no actual contributes nothing. We never credit a plan
 * as if it had happened — an initiative that records no actuals shows no measured return, which
 * is precisely what the board should see. Forecasts (payback, NPV) take the actual where one is
 * recorded, else the plan.
 *
 * Hard and soft benefits: hard benefits are cash (lower cost, more revenue); soft ones are
 * estimated (hours saved, risk avoided). Both are exposed (`moneyToDate`, `benefitsByKind`) and,
 * by default, both count towards ROI, value realisation, payback and NPV, because the
 * programme's value categories (process optimisation, risk mitigation) are mostly soft and
 * leaving them out would make those initiatives look worthless. Pass `{ hardOnly: true }` for
 * the CFO's cash view.
 */
export type MoneyOptions = { hardOnly?: boolean };

type Money = Pick<Initiative, "costLines" | "benefitLines">;

export type PlannedAndActual = { planned: number; actual: number };

/** Costs and hard and soft benefits up to a month, each planned and actual. */
export type MoneyToDate = { cost: PlannedAndActual; hard: PlannedAndActual; soft: PlannedAndActual };

/**
 * The lines of an initiative (or of a whole portfolio) summed per month, so every figure below
 * is read from one pass over the lines. `values[t * FIELDS + field]` holds month `start + t`
 * for t < months (`values` may be longer, when it is a reused buffer).
 */
export type MonthlyLedger = { start: number; months: number; values: Float64Array };

const FIELDS = 9;
// Per kind (cost, hard, soft): planned, actual (0 where none), forecast (actual else planned).
const COST = 0;
const HARD = 3;
const SOFT = 6;
const PLANNED = 0;
const ACTUAL = 1;
const FORECAST = 2;

const emptyLedger = (): MonthlyLedger => ({ start: 0, months: 0, values: new Float64Array(0) });

function addLine(values: Float64Array, at: number, line: CostLine | BenefitLine): void {
  const { planned, actual } = line;
  values[at + PLANNED] += planned;
  values[at + ACTUAL] += actual ?? 0;
  values[at + FORECAST] += actual ?? planned;
}

/**
 * Month indices of the lines being read, reused from call to call (the computation is
 * synchronous, so no two calls share it at once): each line's period is parsed exactly once.
 */
let lineMonths = new Int32Array(1024);

/**
 * An initiative's ledger. With `reuse`, a buffer from an earlier call, the ledger is written into
 * it when it is large enough — for a caller that reads one ledger at a time and would otherwise
 * allocate one per initiative; such a ledger is valid only until the buffer is reused.
 */
export function monthlyLedger(initiative: Money, reuse?: Float64Array): MonthlyLedger {
  const { costLines, benefitLines } = initiative;
  const count = costLines.length + benefitLines.length;
  if (count === 0) return emptyLedger();
  if (count > lineMonths.length) lineMonths = new Int32Array(count * 2);
  const months = lineMonths;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < count; k++) {
    const line = k < costLines.length ? costLines[k] : benefitLines[k - costLines.length];
    const m = monthIndex(line.period);
    months[k] = m;
    if (m < first) first = m;
    if (m > last) last = m;
  }
  const span = last - first + 1;
  const size = span * FIELDS;
  const values =
    reuse !== undefined && reuse.length >= size ? reuse.fill(0, 0, size) : new Float64Array(size);
  for (let k = 0; k < costLines.length; k++)
    addLine(values, (months[k] - first) * FIELDS + COST, costLines[k]);
  for (let k = 0; k < benefitLines.length; k++) {
    const line = benefitLines[k];
    addLine(
      values,
      (months[costLines.length + k] - first) * FIELDS + (line.kind === "hard" ? HARD : SOFT),
      line,
    );
  }
  return { start: first, months: span, values };
}

/**
 * A running month-by-month sum of ledgers, so a portfolio's ledger is built without keeping
 * every initiative's: each is added and can be dropped.
 */
export class LedgerSum {
  private sum: MonthlyLedger = emptyLedger();

  add(part: MonthlyLedger): void {
    if (part.months === 0) return;
    const { start, months } = this.sum;
    if (months === 0 || part.start < start || part.start + part.months > start + months) {
      const first = months === 0 ? part.start : Math.min(start, part.start);
      const last =
        months === 0 ? part.start + part.months : Math.max(start + months, part.start + part.months);
      const values = new Float64Array((last - first) * FIELDS);
      if (months > 0) values.set(this.sum.values.subarray(0, months * FIELDS), (start - first) * FIELDS);
      this.sum = { start: first, months: last - first, values };
    }
    const offset = (part.start - this.sum.start) * FIELDS;
    const values = this.sum.values;
    const size = part.months * FIELDS;
    for (let k = 0; k < size; k++) values[offset + k] += part.values[k];
  }

  /** The sum so far (a copy: later additions do not change it). */
  ledger(): MonthlyLedger {
    return { ...this.sum, values: this.sum.values.slice(0, this.sum.months * FIELDS) };
  }
}

/** The ledger of several initiatives together: month by month sums over their common span. */
export function mergeLedgers(ledgers: readonly MonthlyLedger[]): MonthlyLedger {
  const sum = new LedgerSum();
  for (const l of ledgers) sum.add(l);
  return sum.ledger();
}

/** How many of the ledger's months lie up to and including `asOf` (all of them for null). */
function monthsUpTo(ledger: MonthlyLedger, asOf: string | null | undefined): number {
  if (asOf === null || asOf === undefined) return ledger.months;
  return Math.max(0, Math.min(ledger.months, monthIndex(asOf) - ledger.start + 1));
}

export function emptyMoney(): MoneyToDate {
  return {
    cost: { planned: 0, actual: 0 },
    hard: { planned: 0, actual: 0 },
    soft: { planned: 0, actual: 0 },
  };
}

/** Money of the months up to and including `asOf` (every month for null). */
export function moneyInLedger(ledger: MonthlyLedger, asOf: string | null): MoneyToDate {
  const money = emptyMoney();
  const end = monthsUpTo(ledger, asOf) * FIELDS;
  const v = ledger.values;
  for (let at = 0; at < end; at += FIELDS) {
    money.cost.planned += v[at + COST + PLANNED];
    money.cost.actual += v[at + COST + ACTUAL];
    money.hard.planned += v[at + HARD + PLANNED];
    money.hard.actual += v[at + HARD + ACTUAL];
    money.soft.planned += v[at + SOFT + PLANNED];
    money.soft.actual += v[at + SOFT + ACTUAL];
  }
  return money;
}

/** An initiative's money up to and including `asOf` (all its lines for null). */
export function moneyToDate(initiative: Money, asOf: string | null): MoneyToDate {
  return moneyInLedger(monthlyLedger(initiative), asOf);
}

/** The sum of several initiatives' money (the portfolio's, an owner's). */
export function totalMoney(items: readonly MoneyToDate[]): MoneyToDate {
  const total = emptyMoney();
  for (const m of items) {
    for (const key of ["cost", "hard", "soft"] as const) {
      total[key].planned += m[key].planned;
      total[key].actual += m[key].actual;
    }
  }
  return total;
}

/** Benefits as counted under the options: hard + soft, or hard only. */
export function countedBenefits(money: MoneyToDate, options?: MoneyOptions): PlannedAndActual {
  return options?.hardOnly
    ? { ...money.hard }
    : { planned: money.hard.planned + money.soft.planned, actual: money.hard.actual + money.soft.actual };
}

/** (benefits − costs) / costs; null when costs are 0, since a return on nothing is undefined. */
export function returnOn(benefits: number, costs: number): number | null {
  return costs === 0 ? null : (benefits - costs) / costs;
}

/** ROI on actuals: (actual benefits − actual costs) / actual costs, null at zero cost. */
export function roiOfMoney(money: MoneyToDate, options?: MoneyOptions): number | null {
  return returnOn(countedBenefits(money, options).actual, money.cost.actual);
}

/** ROI on plan: planned benefits against planned costs. */
export function plannedRoiOfMoney(money: MoneyToDate, options?: MoneyOptions): number | null {
  return returnOn(countedBenefits(money, options).planned, money.cost.planned);
}

export type ValueRealised = { actual: number; planned: number; ratio: number | null };

/** Actual against planned benefit; the ratio is null while nothing was planned. */
export function valueRealisedOfMoney(money: MoneyToDate, options?: MoneyOptions): ValueRealised {
  const { planned, actual } = countedBenefits(money, options);
  return { actual, planned, ratio: planned === 0 ? null : actual / planned };
}

/** Actual cost recorded for months up to and including `asOf`. */
export function costToDate(initiative: Money, asOf: string): number {
  return moneyToDate(initiative, asOf).cost.actual;
}

export function plannedCostToDate(initiative: Money, asOf: string): number {
  return moneyToDate(initiative, asOf).cost.planned;
}

/** Actual benefit recorded for months up to and including `asOf`. */
export function benefitToDate(initiative: Money, asOf: string, options?: MoneyOptions): number {
  return countedBenefits(moneyToDate(initiative, asOf), options).actual;
}

export function plannedBenefitToDate(initiative: Money, asOf: string, options?: MoneyOptions): number {
  return countedBenefits(moneyToDate(initiative, asOf), options).planned;
}

/** Hard and soft benefits to date, each planned and actual. */
export function benefitsByKind(
  initiative: Money,
  asOf: string,
): { hard: PlannedAndActual; soft: PlannedAndActual } {
  const { hard, soft } = moneyToDate(initiative, asOf);
  return { hard, soft };
}

/** ROI to date on actuals: (actual benefits − actual costs) / actual costs, null at zero cost. */
export function roi(initiative: Money, asOf: string, options?: MoneyOptions): number | null {
  return roiOfMoney(moneyToDate(initiative, asOf), options);
}

/** ROI over the whole plan: planned benefits against planned costs, every month. */
export function lifetimeRoi(initiative: Money, options?: MoneyOptions): number | null {
  return plannedRoiOfMoney(moneyToDate(initiative, null), options);
}

/** Actual benefit to date / planned benefit to date; null when nothing was planned yet. */
export function valueRealisation(initiative: Money, asOf: string, options?: MoneyOptions): number | null {
  return valueRealisedOfMoney(moneyToDate(initiative, asOf), options).ratio;
}

function forecastBenefit(v: Float64Array, at: number, options?: MoneyOptions): number {
  return v[at + HARD + FORECAST] + (options?.hardOnly ? 0 : v[at + SOFT + FORECAST]);
}

/**
 * The first month in which cumulative benefits reach cumulative costs (actual where recorded,
 * else planned), or null if that never happens within the lines. There must be a cost to pay
 * back: with no cost there is no payback month, as there is no ROI.
 */
export function paybackInLedger(ledger: MonthlyLedger, options?: MoneyOptions): string | null {
  const v = ledger.values;
  let cost = 0;
  let benefit = 0;
  for (let t = 0; t < ledger.months; t++) {
    cost += v[t * FIELDS + COST + FORECAST];
    benefit += forecastBenefit(v, t * FIELDS, options);
    if (cost > 0 && benefit >= cost) return monthFromIndex(ledger.start + t);
  }
  return null;
}

export function paybackMonth(initiative: Money, options?: MoneyOptions): string | null {
  return paybackInLedger(monthlyLedger(initiative), options);
}

/**
 * Net present value of the monthly net cash flow (benefits − costs, actual else planned),
 * discounted monthly at (1 + r)^(1/12) from the ledger's first month, which is not discounted.
 * With `asOf`, only months up to and including it count (NPV to date). 0 with no lines.
 */
export function npvOfLedger(
  ledger: MonthlyLedger,
  annualDiscountRate: number,
  asOf?: string,
  options?: MoneyOptions,
): number {
  if (!(annualDiscountRate >= 0) || !Number.isFinite(annualDiscountRate)) {
    throw new RangeError(`discount rate must be ≥ 0, got ${annualDiscountRate}`);
  }
  const v = ledger.values;
  const months = monthsUpTo(ledger, asOf);
  const perMonth = 1 / Math.pow(1 + annualDiscountRate, 1 / 12);
  let factor = 1;
  let total = 0;
  for (let t = 0; t < months; t++) {
    total += (forecastBenefit(v, t * FIELDS, options) - v[t * FIELDS + COST + FORECAST]) * factor;
    factor *= perMonth;
  }
  return total;
}

/** NPV of an initiative, discounted from the month of its first line (see `npvOfLedger`). */
export function npv(
  initiative: Money,
  annualDiscountRate: number,
  asOf?: string,
  options?: MoneyOptions,
): number {
  return npvOfLedger(monthlyLedger(initiative), annualDiscountRate, asOf, options);
}

// Portfolio aggregates: built from the per-initiative ledgers, so a portfolio figure always
// equals the total of the rows it is made of. Portfolio NPV and payback discount and accumulate
// the merged monthly flows from the earliest month of any initiative (summing per-initiative
// NPVs would mix different base months).

function portfolioLedger(initiatives: readonly Money[]): MonthlyLedger {
  return mergeLedgers(initiatives.map((i) => monthlyLedger(i)));
}

export function investmentToDate(initiatives: readonly Money[], asOf: string): number {
  return moneyInLedger(portfolioLedger(initiatives), asOf).cost.actual;
}

export function portfolioRoi(
  initiatives: readonly Money[],
  asOf: string,
  options?: MoneyOptions,
): number | null {
  return roiOfMoney(moneyInLedger(portfolioLedger(initiatives), asOf), options);
}

/** Actual vs planned benefit to date over the portfolio; ratio null when nothing was planned. */
export function portfolioValueRealisation(
  initiatives: readonly Money[],
  asOf: string,
  options?: MoneyOptions,
): ValueRealised {
  return valueRealisedOfMoney(moneyInLedger(portfolioLedger(initiatives), asOf), options);
}

/** Planned benefits against planned costs over every initiative's whole plan. */
export function portfolioLifetimeRoi(initiatives: readonly Money[], options?: MoneyOptions): number | null {
  return plannedRoiOfMoney(moneyInLedger(portfolioLedger(initiatives), null), options);
}

export function portfolioNpv(
  initiatives: readonly Money[],
  annualDiscountRate: number,
  asOf?: string,
  options?: MoneyOptions,
): number {
  return npvOfLedger(portfolioLedger(initiatives), annualDiscountRate, asOf, options);
}

/** The month the portfolio as a whole pays back (see `paybackInLedger`). */
export function portfolioPaybackMonth(initiatives: readonly Money[], options?: MoneyOptions): string | null {
  return paybackInLedger(portfolioLedger(initiatives), options);
}
