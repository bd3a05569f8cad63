import { z } from "./zod";
import { nonEmptyPatch, patchShape, period, systemFields, text } from "./common";

export const maturityDimensions = [
  "strategy",
  "value",
  "organisation",
  "people-culture",
  "governance",
  "engineering",
  "data",
] as const;
export const maturityDimension = z.enum(maturityDimensions);
export type MaturityDimension = z.infer<typeof maturityDimension>;
export const maturityLevels = ["Awareness", "Active", "Operational", "Systemic", "Transformational"] as const;
export const level = z.number().check(z.int(), z.gte(1), z.lte(5));

export const dimensionAssessment = z.strictObject({
  dimension: maturityDimension,
  current: level,
  target: level,
  evidence: z._default(text(2000), ""),
});
export type DimensionAssessment = z.infer<typeof dimensionAssessment>;

const assessmentFields = {
  period,
  framework: z._default(z.literal("default-7x5"), "default-7x5"),
  dimensions: z
    .array(dimensionAssessment)
    .check(
      z.length(maturityDimensions.length, `assess all ${maturityDimensions.length} dimensions`),
      z.refine((d) => new Set(d.map((x) => x.dimension)).size === d.length, { message: "each dimension once" }),
    ),
  notes: z._default(text(4000), ""),
};

export const maturityAssessmentInput = z.strictObject(assessmentFields);
export type MaturityAssessmentInput = z.input<typeof maturityAssessmentInput>;
export const maturityAssessmentPatch = z
  .strictObject(patchShape({ dimensions: assessmentFields.dimensions, notes: assessmentFields.notes }))
  .check(z.refine((p) => Object.keys(p).length > 0, nonEmptyPatch));
export const maturityAssessment = z.object({ ...assessmentFields, ...systemFields });
export type MaturityAssessment = z.infer<typeof maturityAssessment>;
