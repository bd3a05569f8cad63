import { z } from "zod";
import { id, personId, systemFields, text, title } from "./common";

export const businessPriority = z.strictObject({
  id,
  title,
  rank: z.number().int().min(1).max(50),
  sponsorId: personId,
});
export type BusinessPriority = z.infer<typeof businessPriority>;

/** Display data for the executives of the tenant; Graph enriches it when consented. */
export const executive = z.strictObject({
  id: personId,
  displayName: title,
  jobTitle: text(120),
});
export type Executive = z.infer<typeof executive>;

export const prioritisationWeights = z.strictObject({
  impact: z.number().min(0).max(10),
  alignment: z.number().min(0).max(10),
  feasibility: z.number().min(0).max(10),
  resourceFit: z.number().min(0).max(10),
  riskExposure: z.number().min(0).max(10),
});
export type PrioritisationWeights = z.infer<typeof prioritisationWeights>;

export const defaultWeights: PrioritisationWeights = {
  impact: 3,
  alignment: 2,
  feasibility: 2,
  resourceFit: 1,
  riskExposure: 2,
};

export const strategyProfileInput = z
  .strictObject({
    vision: text(2000).min(1),
    horizon: z.string().trim().min(1).max(40),
    priorities: z.array(businessPriority).min(1).max(20),
    executives: z.array(executive).max(200).default([]),
    maturityFramework: z.literal("default-7x5").default("default-7x5"),
    currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as EUR"),
    discountRate: z.number().min(0).max(1),
    prioritisationWeights: prioritisationWeights.default(defaultWeights),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.priorities.forEach((pr, i) => {
      if (seen.has(pr.id)) ctx.addIssue({ code: "custom", path: ["priorities", i, "id"], message: "duplicate priority id" });
      seen.add(pr.id);
    });
    const w = p.prioritisationWeights;
    if (w.impact + w.alignment + w.feasibility + w.resourceFit + w.riskExposure <= 0)
      ctx.addIssue({ code: "custom", path: ["prioritisationWeights"], message: "at least one weight must be positive" });
  });
export type StrategyProfileInput = z.input<typeof strategyProfileInput>;

export const strategyProfile = z.object({
  ...strategyProfileInput.shape,
  ...systemFields,
});
export type StrategyProfile = z.infer<typeof strategyProfile>;
