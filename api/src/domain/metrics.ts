import { monthIndex, monthIndexOf } from "./calendar";
import type { Observation, SuccessMetric } from "./schemas";

type MetricShape = Pick<SuccessMetric, "direction" | "baseline" | "target" | "baselinePeriod" | "targetDate">;
type Observed = Pick<SuccessMetric, "observations">;

/** A metric that can measure progress: it states a baseline and a target (step 6, and the gate into Pilot). */
export function hasBaselineAndTarget(metric: Pick<SuccessMetric, "baseline" | "target">): boolean {
  return Number.isFinite(metric.baseline) && Number.isFinite(metric.target);
}

/** The observation of the latest month up to and including `asOf`, if any. */
export function latestObservation(metric: Observed, asOf: string): Observation | undefined {
  let latest: Observation | undefined;
  for (const o of metric.observations) {
    if (o.period <= asOf && (latest === undefined || o.period > latest.period)) latest = o;
  }
  return latest;
}

/** Whether `value` is at least as good as `target` in the metric's direction. */
export function meetsTarget(metric: Pick<SuccessMetric, "direction">, value: number, target: number): boolean {
  return metric.direction === "up" ? value >= target : value <= target;
}

/**
 * How far the latest observation (≤ asOf) has moved from baseline towards target, as a fraction:
 * 0 at baseline, 1 at target, below 0 when it moved the wrong way, above 1 beyond the target.
 * The formula (value − baseline) / (target − baseline) holds for decreasing metrics too, as
 * both differences are then negative. Unclamped; the view clamps for display. When target
 * equals baseline there is no movement to measure: 1 if the value meets the target in the
 * metric's direction, else 0. Null with no observation yet.
 */
export function metricProgress(metric: MetricShape & Observed, asOf: string): number | null {
  const latest = latestObservation(metric, asOf);
  if (latest === undefined) return null;
  if (metric.target === metric.baseline) return meetsTarget(metric, latest.value, metric.target) ? 1 : 0;
  return (latest.value - metric.baseline) / (metric.target - metric.baseline);
}

/**
 * The planned value in `period`: the baseline up to the baseline month, then a straight line to
 * the target in the month of the target date, and the target from then on.
 */
export function trajectoryValue(metric: MetricShape, period: string): number {
  const start = monthIndex(metric.baselinePeriod);
  const end = monthIndexOf(metric.targetDate);
  const at = monthIndex(period);
  if (at >= end) return metric.target;
  if (at <= start) return metric.baseline;
  return metric.baseline + ((metric.target - metric.baseline) * (at - start)) / (end - start);
}

export const trajectoryStatuses = ["ahead", "on-track", "behind", "no-data"] as const;
export type TrajectoryStatus = (typeof trajectoryStatuses)[number];

/**
 * A value within this fraction of the metric's whole planned movement (|target − baseline|) from
 * its trajectory counts as on track. 10 %: a metric planned to move 100 → 60 is on track within
 * ±4 of the line. Measured against the whole movement rather than the movement planned so far,
 * so the band does not shrink to nothing in the first months.
 */
export const TRAJECTORY_TOLERANCE = 0.1;

/**
 * The latest observation (≤ asOf) against the trajectory in that observation's month — a value
 * is judged against what was planned when it was measured. Better than the band in the
 * metric's direction is "ahead", worse is "behind"; no observation is "no-data".
 */
export function trajectoryStatus(metric: MetricShape & Observed, asOf: string): TrajectoryStatus {
  const latest = latestObservation(metric, asOf);
  if (latest === undefined) return "no-data";
  const planned = trajectoryValue(metric, latest.period);
  const better = (latest.value - planned) * (metric.direction === "up" ? 1 : -1);
  const tolerance = TRAJECTORY_TOLERANCE * Math.abs(metric.target - metric.baseline);
  if (better > tolerance) return "ahead";
  if (better < -tolerance) return "behind";
  return "on-track";
}

export type MetricSummary = {
  id: string;
  initiativeId: string;
  name: string;
  unit: string;
  direction: "up" | "down";
  baseline: number;
  target: number;
  targetDate: string;
  /** The latest observation up to the as-of month. */
  latest: Observation | null;
  /** The trajectory's value for the as-of month. */
  planned: number;
  progress: number | null;
  /** The latest observation judged against the plan of its own month. */
  status: TrajectoryStatus;
};

/** One metric as of a month, for a drill-through: latest value, plan for the month, progress, status. */
export function metricSummary(metric: SuccessMetric, asOf: string): MetricSummary {
  return {
    id: metric.id,
    initiativeId: metric.initiativeId,
    name: metric.name,
    unit: metric.unit,
    direction: metric.direction,
    baseline: metric.baseline,
    target: metric.target,
    targetDate: metric.targetDate,
    latest: latestObservation(metric, asOf) ?? null,
    planned: trajectoryValue(metric, asOf),
    progress: metricProgress(metric, asOf),
    status: trajectoryStatus(metric, asOf),
  };
}
