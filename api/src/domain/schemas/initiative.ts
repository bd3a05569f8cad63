import { z } from "zod";
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
  actual: money.nullable().default(null),
  note: text(300).optional(),
});
export type CostLine = z.infer<typeof costLine>;

export const benefitLine = z.strictObject({
  period,
  kind: z.enum(["hard", "soft"]),
  planned: money,
  actual: money.nullable().default(null),
  confidence: confidence.default("estimated"),
  note: text(300).optional(),
});
export type BenefitLine = z.infer<typeof benefitLine>;

export const pilotDecisions = ["pending", "scale", "iterate", "stop"] as const;
export const exitCriterion = z.strictObject({
  metricId: id.optional(),
  description: z.string().trim().min(1).max(300),
  /** The metric value that counts as met (in the metric's unit and direction). */
  threshold: z.number().finite().optional(),
});
export const pilot = z.strictObject({
  hypothesis: z.string().trim().min(1).max(1000),
  exitCriteria: z.array(exitCriterion).max(20).default([]),
  budgetCap: money,
  decisionDate: isoDate,
  decision: z.enum(pilotDecisions).default("pending"),
});
export type Pilot = z.infer<typeof pilot>;

const initiativeFields = {
  title,
  problemStatement: text(4000).default(""),
  department: z.string().trim().min(1).max(100),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  priorityIds: z.array(id).min(1, "link at least one business priority").max(20),
  valueCategory,
  aiType: aiType.default("other"),
  health: health.default("on-track"),
  outcomeOwnerId: personId,
  riskOwnerId: personId,
  prioritisation: prioritisationInputs,
  euAiActTier: euAiActTier.default("unassessed"),
  pilot: pilot.nullable().default(null),
  costLines: z.array(costLine).max(600).default([]),
  benefitLines: z.array(benefitLine).max(600).default([]),
};

const ownersDiffer = (v: { outcomeOwnerId?: string; riskOwnerId?: string }) =>
  v.outcomeOwnerId === undefined || v.riskOwnerId === undefined || v.outcomeOwnerId !== v.riskOwnerId;
const ownersDifferIssue = {
  message: "the risk owner must be a different person from the outcome owner",
  path: ["riskOwnerId"],
};

/** What a client sends to create an initiative. The initial stage may be set once, at creation. */
export const initiativeInput = z
  .strictObject({ ...initiativeFields, stage: stage.default("idea") })
  .refine(ownersDiffer, ownersDifferIssue);
export type InitiativeInput = z.input<typeof initiativeInput>;

/** A partial update. The stage is absent on purpose: it changes only through a gate decision. */
export const initiativePatch = z
  .strictObject(patchShape(initiativeFields))
  .refine((p) => Object.keys(p).length > 0, nonEmptyPatch);
export type InitiativePatch = z.infer<typeof initiativePatch>;

export const initiative = z
  .object({ ...initiativeFields, stage, ...systemFields })
  .refine(ownersDiffer, ownersDifferIssue);
export type Initiative = z.infer<typeof initiative>;
