import { z } from "./zod";
import { confidence, id, isoDate, nonEmptyPatch, patchShape, period, systemFields, title, valueCategory } from "./common";

export const observation = z.strictObject({
  period,
  value: z.number(),
  confidence: z._default(confidence, "measured"),
});
export type Observation = z.infer<typeof observation>;

const metricFields = {
  initiativeId: id,
  name: title,
  category: valueCategory,
  unit: z.string().check(z.trim(), z.minLength(1), z.maxLength(30)),
  direction: z.enum(["up", "down"]),
  baseline: z.number(),
  /** The month the baseline was measured; the trajectory starts here. */
  baselinePeriod: period,
  target: z.number(),
  targetDate: isoDate,
};

const uniquePeriods = (obs: readonly Observation[]) => new Set(obs.map((o) => o.period)).size === obs.length;
const observations = z
  .array(observation)
  .check(z.maxLength(240), z.refine(uniquePeriods, { message: "one observation per month" }));

/**
 * Several months of one metric at once (a series pasted from a spreadsheet): each month is added
 * or corrected, the other months stay as they are.
 */
export const observationSeries = z.strictObject({
  observations: z
    .array(observation)
    .check(z.minLength(1), z.maxLength(120), z.refine(uniquePeriods, { message: "one observation per month" })),
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
  .strictObject({ ...metricFields, observations: z._default(observations, []) })
  .check(z.refine(direction, directionIssue));
export type SuccessMetricInput = z.input<typeof successMetricInput>;

const { initiativeId: _fixed, ...metricPatchFields } = metricFields;
export const successMetricPatch = z
  .strictObject(patchShape(metricPatchFields))
  .check(z.refine((p) => Object.keys(p).length > 0, nonEmptyPatch));
export type SuccessMetricPatch = z.infer<typeof successMetricPatch>;

export const successMetric = z
  .object({ ...metricFields, observations, ...systemFields })
  .check(z.refine(direction, directionIssue));
export type SuccessMetric = z.infer<typeof successMetric>;
