import { z } from "./zod";
import {
  confidence,
  id,
  isoDate,
  money,
  nonEmptyPatch,
  patchShape,
  period,
  personId,
  rating,
  systemFields,
  text,
  title,
  valueCategory,
} from "./common";

export const stages = [
  "idea",
  "assessed",
  "approved-for-pilot",
  "pilot",
  "scaling",
  "production",
  "retired",
  "on-hold",
  "rejected",
] as const;
export const stage = z.enum(stages);
export type Stage = z.infer<typeof stage>;
/** The forward path; on-hold and rejected sit beside it. */
export const stagePath: readonly Stage[] = ["idea", "assessed", "approved-for-pilot", "pilot", "scaling", "production", "retired"];

export const healthValues = ["on-track", "at-risk", "off-track"] as const;
export const health = z.enum(healthValues);
export type Health = z.infer<typeof health>;

export const aiTypes = ["generative", "predictive", "conversational", "vision", "automation", "optimisation", "other"] as const;
export const aiType = z.enum(aiTypes);

export const euAiActTiers = ["unassessed", "minimal", "limited", "high", "prohibited"] as const;
export const euAiActTier = z.enum(euAiActTiers);

/** Prioritisation inputs, each 1 (low) to 5 (high); riskExposure counts against the score. */
export const prioritisationInputs = z.strictObject({
  impact: rating,
  alignment: rating,
  feasibility: rating,
  resourceFit: rating,
  riskExposure: rating,
});
export type PrioritisationInputs = z.infer<typeof prioritisationInputs>;

export const costCategories = ["build", "run", "licence", "people", "data", "other"] as const;
export const costLine = z.strictObject({
  period,
  category: z.enum(costCategories),
  planned: money,
  actual: z._default(z.nullable(money), null),
  note: z.optional(text(300)),
});
export type CostLine = z.infer<typeof costLine>;

export const benefitLine = z.strictObject({
  period,
  kind: z.enum(["hard", "soft"]),
  planned: money,
  actual: z._default(z.nullable(money), null),
  confidence: z._default(confidence, "estimated"),
  note: z.optional(text(300)),
});
export type BenefitLine = z.infer<typeof benefitLine>;

export const pilotDecisions = ["pending", "scale", "iterate", "stop"] as const;
export const exitCriterion = z.strictObject({
  metricId: z.optional(id),
  description: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  /** The metric value that counts as met (in the metric's unit and direction). */
  threshold: z.optional(z.number()),
});
export const pilot = z.strictObject({
  hypothesis: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
  exitCriteria: z._default(z.array(exitCriterion).check(z.maxLength(20)), []),
  budgetCap: money,
  decisionDate: isoDate,
  decision: z._default(z.enum(pilotDecisions), "pending"),
});
export type Pilot = z.infer<typeof pilot>;

const initiativeFields = {
  title,
  problemStatement: z._default(text(4000), ""),
  department: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  tags: z._default(
    z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))).check(z.maxLength(20)),
    [],
  ),
  priorityIds: z.array(id).check(z.minLength(1, "link at least one business priority"), z.maxLength(20)),
  valueCategory,
  aiType: z._default(aiType, "other"),
  health: z._default(health, "on-track"),
  outcomeOwnerId: personId,
  riskOwnerId: personId,
  prioritisation: prioritisationInputs,
  euAiActTier: z._default(euAiActTier, "unassessed"),
  pilot: z._default(z.nullable(pilot), null),
  costLines: z._default(z.array(costLine).check(z.maxLength(600)), []),
  benefitLines: z._default(z.array(benefitLine).check(z.maxLength(600)), []),
};

const ownersDiffer = (v: { outcomeOwnerId?: string; riskOwnerId?: string }) =>
  v.outcomeOwnerId === undefined || v.riskOwnerId === undefined || v.outcomeOwnerId !== v.riskOwnerId;
const ownersDifferIssue = {
  message: "the risk owner must be a different person from the outcome owner",
  path: ["riskOwnerId"],
};

/** What a client sends to create an initiative. The initial stage may be set once, at creation. */
export const initiativeInput = z
  .strictObject({ ...initiativeFields, stage: z._default(stage, "idea") })
  .check(z.refine(ownersDiffer, ownersDifferIssue));
export type InitiativeInput = z.input<typeof initiativeInput>;

/** A partial update. The stage is absent on purpose: it changes only through a gate decision. */
export const initiativePatch = z
  .strictObject(patchShape(initiativeFields))
  .check(z.refine((p) => Object.keys(p).length > 0, nonEmptyPatch));
export type InitiativePatch = z.infer<typeof initiativePatch>;

export const initiative = z
  .object({ ...initiativeFields, stage, ...systemFields })
  .check(z.refine(ownersDiffer, ownersDifferIssue));
export type Initiative = z.infer<typeof initiative>;
