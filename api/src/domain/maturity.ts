import { compareText } from "./order";
import type { MaturityAssessment, MaturityDimension } from "./schemas";
import { maturityDimensions } from "./schemas";

type Dimensions = Pick<MaturityAssessment, "dimensions">;

export const maturityDimensionLabels: Record<MaturityDimension, string> = {
  strategy: "Strategy",
  value: "Value",
  organisation: "Organisation",
  "people-culture": "People & Culture",
  governance: "Governance",
  engineering: "Engineering",
  data: "Data",
};

/** A mean level 1–5 as 0–100 (1 → 0, 5 → 100), rounded to one decimal; null with no dimensions. */
function levelIndex(levels: readonly number[]): number | null {
  if (levels.length === 0) return null;
  const mean = levels.reduce((a, b) => a + b, 0) / levels.length;
  return Math.round(((mean - 1) / 4) * 1000) / 10;
}

/** The mean current level of the assessment's dimensions on 0–100. */
export function maturityIndex(assessment: Dimensions): number | null {
  return levelIndex(assessment.dimensions.map((d) => d.current));
}

/** The mean target level on the same 0–100 scale. */
export function targetIndex(assessment: Dimensions): number | null {
  return levelIndex(assessment.dimensions.map((d) => d.target));
}

export type MaturityGap = { dimension: MaturityDimension; current: number; target: number; gap: number };

/** target − current per dimension, largest gap first (ties in the framework's order). */
export function maturityGaps(assessment: Dimensions): MaturityGap[] {
  return assessment.dimensions
    .map((d) => ({ dimension: d.dimension, current: d.current, target: d.target, gap: d.target - d.current }))
    .sort(
      (a, b) =>
        b.gap - a.gap || maturityDimensions.indexOf(a.dimension) - maturityDimensions.indexOf(b.dimension),
    );
}

/**
 * Assessments with a period up to and including `asOf`, oldest first. Two assessments of the
 * same month are ordered by when they were last updated.
 */
export function assessmentsUpTo<T extends Pick<MaturityAssessment, "period" | "updatedAt">>(
  assessments: readonly T[],
  asOf: string,
): T[] {
  return assessments
    .filter((a) => a.period <= asOf)
    .sort((a, b) => compareText(a.period, b.period) || compareText(a.updatedAt, b.updatedAt));
}
