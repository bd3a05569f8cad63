import { monthFromIndex } from "../domain/calendar";
import type { Confidence, Stage } from "../domain/schemas";
import { successMetricInput } from "../domain/schemas";
import type { Month } from "./calendar";
import { lastDateOf } from "./calendar";
import type { Delivery, MetricSpec } from "./catalogue";
import type { Timeline } from "./initiatives";
import type { Random } from "./random";
import type { SuccessMetricData } from "./types";
import { validated } from "./validate";

/** Decimal places that suit the metric's range (ppm in whole numbers, CSAT in hundredths). */
function decimalsOf(spec: MetricSpec): number {
  const range = Math.abs(spec.target - spec.baseline);
  return range >= 50 ? 0 : range >= 5 ? 1 : 2;
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** The pilot's exit criterion: 60% of the way from baseline to target. */
export function exitThreshold(spec: MetricSpec): number {
  return round(spec.baseline + 0.6 * (spec.target - spec.baseline), decimalsOf(spec));
}

export function formatMetricValue(value: number, unit: string): string {
  return unit === "%" ? `${value}%` : `${value} ${unit}`;
}

/** The share of the planned progress each kind of delivery achieves. */
const progressFactor: Record<Delivery, number> = { over: 1.12, on: 0.95, under: 0.6, none: 0.12 };
/** Stages whose hard figures finance has validated (beyond the latest two months). */
export const financeValidatedStages: readonly Stage[] = ["scaling", "production", "retired"];

/**
 * When an initiative's metrics are measured: `observationCount` months up to asOf (or up to the
 * end of a stopped initiative), from a baseline in the first of them; with no observations, the
 * baseline is set when work starts. The target falls nine months after go-live, and always
 * after the last observation.
 */
export function measurementWindow(
  tl: Timeline,
  asOf: Month,
  observationCount: number,
): Pick<MetricPlan, "baselinePeriod" | "target" | "observationCount"> {
  if (observationCount === 0)
    return { baselinePeriod: Math.min(tl.start, asOf), target: tl.goLive + 9, observationCount };
  const baselinePeriod = Math.min(asOf, tl.end) - observationCount + 1;
  return {
    baselinePeriod,
    target: Math.max(tl.goLive + 9, baselinePeriod + observationCount + 2),
    observationCount,
  };
}

export type MetricPlan = {
  id: string;
  initiativeId: string;
  spec: MetricSpec;
  stage: Stage;
  delivery: Delivery;
  /** The month the metric starts to be measured (its baseline month), or with no observations, when it was set. */
  baselinePeriod: Month;
  target: Month;
  /** How many monthly observations, ending at baselinePeriod + observationCount − 1. */
  observationCount: number;
};

function observations(plan: MetricPlan, random: Random): SuccessMetricData["observations"] {
  const { spec } = plan;
  const decimals = decimalsOf(spec);
  const span = Math.max(1, plan.target - plan.baselinePeriod);
  const factor = progressFactor[plan.delivery];
  const floor = Math.min(spec.baseline, spec.target) >= 0 ? 0 : -Infinity;
  const ceiling = spec.unit === "%" ? 100 : Infinity;
  const validatable = spec.category === "cost-reduction" || spec.category === "revenue-growth";
  const result: SuccessMetricData["observations"] = [];
  for (let k = 0; k < plan.observationCount; k++) {
    const planned = Math.min(1, k / span);
    const fraction =
      k === 0 ? 0 : Math.min(1.2, Math.max(-0.05, planned * factor + random.between(-0.04, 0.04)));
    const value = round(
      Math.min(ceiling, Math.max(floor, spec.baseline + (spec.target - spec.baseline) * fraction)),
      decimals,
    );
    const recent = k >= plan.observationCount - 2;
    const confidence: Confidence =
      validatable && financeValidatedStages.includes(plan.stage) && !recent
        ? "finance-validated"
        : "measured";
    result.push({ period: monthFromIndex(plan.baselinePeriod + k), value, confidence });
  }
  return result;
}

export function buildMetric(plan: MetricPlan, random: Random): SuccessMetricData {
  const { spec } = plan;
  return validated(
    successMetricInput,
    {
      initiativeId: plan.initiativeId,
      name: spec.name,
      category: spec.category,
      unit: spec.unit,
      direction: spec.direction,
      baseline: spec.baseline,
      baselinePeriod: monthFromIndex(plan.baselinePeriod),
      target: spec.target,
      targetDate: lastDateOf(plan.target),
      observations: observations(plan, random),
    },
    `metric ${plan.id}`,
  );
}
