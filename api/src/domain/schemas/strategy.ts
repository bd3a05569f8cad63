import { z } from "./zod";
import { id, personId, systemFields, text, title } from "./common";

export const businessPriority = z.strictObject({
  id,
  title,
  rank: z.number().check(z.int(), z.gte(1), z.lte(50)),
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
  impact: z.number().check(z.gte(0), z.lte(10)),
  alignment: z.number().check(z.gte(0), z.lte(10)),
  feasibility: z.number().check(z.gte(0), z.lte(10)),
  resourceFit: z.number().check(z.gte(0), z.lte(10)),
  riskExposure: z.number().check(z.gte(0), z.lte(10)),
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
    vision: text(2000).check(z.minLength(1)),
    horizon: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
    priorities: z.array(businessPriority).check(z.minLength(1), z.maxLength(20)),
    executives: z._default(z.array(executive).check(z.maxLength(200)), []),
    maturityFramework: z._default(z.literal("default-7x5"), "default-7x5"),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, "an ISO 4217 code such as EUR")),
    discountRate: z.number().check(z.gte(0), z.lte(1)),
    prioritisationWeights: z._default(prioritisationWeights, defaultWeights),
  })
  .check(
    z.superRefine((p, ctx) => {
      const seen = new Set<string>();
      p.priorities.forEach((pr, i) => {
        if (seen.has(pr.id))
          ctx.addIssue({ code: "custom", path: ["priorities", i, "id"], message: "duplicate priority id" });
        seen.add(pr.id);
      });
      const w = p.prioritisationWeights;
      if (w.impact + w.alignment + w.feasibility + w.resourceFit + w.riskExposure <= 0)
        ctx.addIssue({
          code: "custom",
          path: ["prioritisationWeights"],
          message: "at least one weight must be positive",
        });
    }),
  );
export type StrategyProfileInput = z.input<typeof strategyProfileInput>;

export const strategyProfile = z.object({
  ...strategyProfileInput.shape,
  ...systemFields,
});
export type StrategyProfile = z.infer<typeof strategyProfile>;
