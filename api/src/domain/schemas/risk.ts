import { z } from "zod";
import { id, isoDate, nonEmptyPatch, patchShape, personId, rating, systemFields, text, title } from "./common";

export const riskCategories = [
  "privacy",
  "security",
  "compliance",
  "bias-fairness",
  "reliability",
  "vendor",
  "operational",
  "reputational",
] as const;
export const riskCategory = z.enum(riskCategories);

export const likelihoodLabels = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"] as const;
export const impactLabels = ["Negligible", "Minor", "Moderate", "Major", "Severe"] as const;

export const treatments = ["mitigate", "accept", "transfer", "avoid"] as const;
export const riskStatuses = ["open", "mitigating", "accepted", "closed"] as const;
export const riskStatus = z.enum(riskStatuses);
export type RiskStatus = z.infer<typeof riskStatus>;

export const nistFunctions = ["govern", "map", "measure", "manage"] as const;
export const isoControls = ["A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10"] as const;
export const frameworkReferences = z.strictObject({
  nistAiRmf: z.enum(nistFunctions).optional(),
  euAiActArticle: z
    .string()
    .regex(/^Art\. ?\d{1,3}[a-z]?(\(\d+\))?$/, "an article such as 'Art. 9' or 'Art. 10(2)'")
    .optional(),
  iso42001: z.enum(isoControls).optional(),
});

const riskFields = {
  /** Null for an organisation-level risk. */
  initiativeId: id.nullable().default(null),
  title,
  description: text(2000).default(""),
  category: riskCategory,
  likelihood: rating,
  impact: rating,
  /** Defaults to the initiative's risk owner when omitted; required for organisation-level risks. */
  ownerId: personId.optional(),
  treatment: z.enum(treatments).default("mitigate"),
  plan: text(2000).default(""),
  dueDate: isoDate.nullable().default(null),
  status: riskStatus.default("open"),
  residualLikelihood: rating.nullable().default(null),
  residualImpact: rating.nullable().default(null),
  frameworks: frameworkReferences.default({}),
};

export const riskInput = z.strictObject(riskFields);
const { initiativeId: _fixed, ...riskPatchFields } = riskFields;
export type RiskInput = z.input<typeof riskInput>;

export const riskPatch = z
  .strictObject(patchShape(riskPatchFields))
  .refine((p) => Object.keys(p).length > 0, nonEmptyPatch);
export type RiskPatch = z.infer<typeof riskPatch>;

export const risk = z.object({ ...riskFields, ownerId: personId, ...systemFields });
export type Risk = z.infer<typeof risk>;
