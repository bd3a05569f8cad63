import { z } from "zod";
import { confidence, id, isoDate, nonEmptyPatch, patchShape, period, systemFields, title, valueCategory } from "./common";

export const observation = z.strictObject({
  period,
  value: z.number().finite(),
  confidence: confidence.default("measured"),
});
export type Observation = z.infer<typeof observation>;

const metricFields = {
  initiativeId: id,
  name: title,
  category: valueCategory,
  unit: z.string().trim().min(1).max(30),
  direction: z.enum(["up", "down"]),
  baseline: z.number().finite(),
  /** The month the baseline was measured; the trajectory starts here. */
  baselinePeriod: period,
  target: z.number().finite(),
  targetDate: isoDate,
};

const uniquePeriods = (obs: readonly Observation[]) => new Set(obs.map((o) => o.period)).size === obs.length;
const observations = z
  .array(observation)
  .max(240)
  .refine(uniquePeriods, { message: "one observation per month" });

/**
 * Several months of one metric at once (a series pasted from a spreadsheet): each month is added
 * or corrected, the other months stay as they are.
 */
export const observationSeries = z.strictObject({
  observations: z
    .array(observation)
    .min(1)
    .max(120)
    .refine(uniquePeriods, { message: "one observation per month" }),
});
export type ObservationSeries = z.infer<typeof observationSeries>;

const direction = (m: { direction?: "up" | "down"; baseline?: number; target?: number }) =>
  m.direction === undefined ||
  m.baseline === undefined ||
  m.target === undefined ||
  m.baseline === m.target ||
  (m.direction === "up" ? m.target > m.baseline : m.target < m.baseline);
const directionIssue = { message: "the target must lie in the metric's direction from the baseline", path: ["target"] };

export const successMetricInput = z
  .strictObject({ ...metricFields, observations: observations.default([]) })
  .refine(direction, directionIssue);
export type SuccessMetricInput = z.input<typeof successMetricInput>;

const { initiativeId: _fixed, ...metricPatchFields } = metricFields;
export const successMetricPatch = z
  .strictObject(patchShape(metricPatchFields))
  .refine((p) => Object.keys(p).length > 0, nonEmptyPatch);
export type SuccessMetricPatch = z.infer<typeof successMetricPatch>;

export const successMetric = z
  .object({ ...metricFields, observations, ...systemFields })
  .refine(direction, directionIssue);
export type SuccessMetric = z.infer<typeof successMetric>;
