import type { InitiativeDetail, MetricItem } from "../../api/types";
import type { LineInput } from "../../charts/options";
import type { Formatters } from "../../format";

/** Month arithmetic for chart axes ("2026-09" + 1 → "2026-10"). */
function monthNumber(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}
function monthOf(n: number): string {
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}

/** Every month from the first to the last, inclusive. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let n = monthNumber(first); n <= monthNumber(last); n++) months.push(monthOf(n));
  return months;
}

/**
 * A metric's observations against its trajectory. The trajectory is drawn, not computed: it is
 * given by its corners — the baseline in the baseline month, the target in the month of the target
 * date — flat before and after, and the chart joins them with a straight line.
 */
export function metricChart(metric: MetricItem, format: Formatters): LineInput {
  const targetMonth = metric.targetDate.slice(0, 7);
  const observed = metric.observations.map((o) => o.period).sort();
  const first = [metric.baselinePeriod, observed[0] ?? metric.baselinePeriod].sort()[0] ?? metric.baselinePeriod;
  const last = [targetMonth, observed[observed.length - 1] ?? targetMonth].sort().reverse()[0] ?? targetMonth;
  const months = monthRange(first, last);
  const byMonth = new Map(metric.observations.map((o) => [o.period, o.value]));
  const corner = new Map<string, number>([
    [first, metric.baseline],
    [metric.baselinePeriod, metric.baseline],
    [targetMonth, metric.target],
    [last, metric.target],
  ]);
  return {
    categories: months.map((m) => format.month(m)),
    value: (v) => `${format.number(v, 2)} ${metric.unit}`,
    series: [
      { name: "Observed", values: months.map((m) => byMonth.get(m) ?? null) },
      { name: "Trajectory", values: months.map((m) => corner.get(m) ?? null), dashed: true, connectNulls: true },
    ],
  };
}

export interface MoneyMonth {
  period: string;
  costPlanned: number;
  costActual: number | null;
  benefitPlanned: number;
  benefitActual: number | null;
}

/** The initiative's cost and benefit lines added up per month; actuals stay empty until reported. */
export function moneyByMonth(initiative: Pick<InitiativeDetail, "costLines" | "benefitLines">): MoneyMonth[] {
  const months = new Map<string, MoneyMonth>();
  const at = (period: string) => {
    let m = months.get(period);
    if (!m) months.set(period, (m = { period, costPlanned: 0, costActual: null, benefitPlanned: 0, benefitActual: null }));
    return m;
  };
  for (const line of initiative.costLines) {
    const m = at(line.period);
    m.costPlanned += line.planned;
    if (line.actual !== null) m.costActual = (m.costActual ?? 0) + line.actual;
  }
  for (const line of initiative.benefitLines) {
    const m = at(line.period);
    m.benefitPlanned += line.planned;
    if (line.actual !== null) m.benefitActual = (m.benefitActual ?? 0) + line.actual;
  }
  const sorted = [...months.values()].sort((a, b) => a.period.localeCompare(b.period));
  if (sorted.length === 0) return [];
  // Months without any line still belong on the axis.
  const filled = monthRange(sorted[0]!.period, sorted[sorted.length - 1]!.period);
  return filled.map((p) => months.get(p) ?? { period: p, costPlanned: 0, costActual: null, benefitPlanned: 0, benefitActual: null });
}
