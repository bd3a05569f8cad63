import { z } from "./zod";
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
  nistAiRmf: z.optional(z.enum(nistFunctions)),
  euAiActArticle: z.optional(
    z.string().check(z.regex(/^Art\. ?\d{1,3}[a-z]?(\(\d+\))?$/, "an article such as 'Art. 9' or 'Art. 10(2)'")),
  ),
  iso42001: z.optional(z.enum(isoControls)),
});

const riskFields = {
  /** Null for an organisation-level risk. */
  initiativeId: z._default(z.nullable(id), null),
  title,
  description: z._default(text(2000), ""),
  category: riskCategory,
  likelihood: rating,
  impact: rating,
  /** Defaults to the initiative's risk owner when omitted; required for organisation-level risks. */
  ownerId: z.optional(personId),
  treatment: z._default(z.enum(treatments), "mitigate"),
  plan: z._default(text(2000), ""),
  dueDate: z._default(z.nullable(isoDate), null),
  status: z._default(riskStatus, "open"),
  residualLikelihood: z._default(z.nullable(rating), null),
  residualImpact: z._default(z.nullable(rating), null),
  frameworks: z._default(frameworkReferences, {}),
};

export const riskInput = z.strictObject(riskFields);
const { initiativeId: _fixed, ...riskPatchFields } = riskFields;
export type RiskInput = z.input<typeof riskInput>;

export const riskPatch = z
  .strictObject(patchShape(riskPatchFields))
  .check(z.refine((p) => Object.keys(p).length > 0, nonEmptyPatch));
export type RiskPatch = z.infer<typeof riskPatch>;

export const risk = z.object({ ...riskFields, ownerId: personId, ...systemFields });
export type Risk = z.infer<typeof risk>;
