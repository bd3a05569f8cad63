import type { BadgeProps } from "@fluentui/react-components";
import type { Confidence, ValueCategory } from "@domain/schemas/common";
import type { Health, Stage } from "@domain/schemas/initiative";
import type {
  impactLabels as domainImpact,
  likelihoodLabels as domainLikelihood,
  Risk,
  RiskStatus,
} from "@domain/schemas/risk";
import type { RiskBand } from "../api/types";

/**
 * How stages, health and risk bands read and look. Colour always comes with text: the label is
 * what carries the meaning, the colour only helps the eye.
 */

type BadgeColor = NonNullable<BadgeProps["color"]>;

export const stageLabels: Record<Stage, string> = {
  idea: "Idea",
  assessed: "Assessed",
  "approved-for-pilot": "Approved for pilot",
  pilot: "Pilot",
  scaling: "Scaling",
  production: "Production",
  retired: "Retired",
  "on-hold": "On hold",
  rejected: "Rejected",
};

export const stageColors: Record<Stage, BadgeColor> = {
  idea: "informative",
  assessed: "informative",
  "approved-for-pilot": "brand",
  pilot: "brand",
  scaling: "brand",
  production: "success",
  retired: "subtle",
  "on-hold": "warning",
  rejected: "subtle",
};

export const healthLabels: Record<Health, string> = {
  "on-track": "On track",
  "at-risk": "At risk",
  "off-track": "Off track",
};

export const bandLabels: Record<RiskBand, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
};

export const bandColors: Record<RiskBand, BadgeColor> = {
  low: "success",
  medium: "warning",
  high: "severe",
  critical: "danger",
};

export const isStage = (value: string): value is Stage => Object.hasOwn(stageLabels, value);

/** The 1–5 scales of a risk, as the domain names them (schemas/risk.ts). */
export const likelihoodLabels = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"] as const;
export const impactLabels = ["Negligible", "Minor", "Moderate", "Major", "Severe"] as const;
// Fails to compile if the domain renames a level.
export type _LikelihoodInSync = Assert<typeof likelihoodLabels, typeof domainLikelihood>;
export type _ImpactInSync = Assert<typeof impactLabels, typeof domainImpact>;
type Assert<A extends B, B> = A;

type RiskCategory = Risk["category"];
export const riskCategoryLabels: Record<RiskCategory, string> = {
  privacy: "Privacy / data exposure",
  security: "Security",
  compliance: "Compliance",
  "bias-fairness": "Bias & fairness",
  reliability: "Reliability",
  vendor: "Vendor",
  operational: "Operational",
  reputational: "Reputational",
};

export const riskStatusLabels: Record<RiskStatus, string> = {
  open: "Open",
  mitigating: "Mitigating",
  accepted: "Accepted",
  closed: "Closed",
};

export const valueCategoryLabels: Record<ValueCategory, string> = {
  "cost-reduction": "Cost reduction",
  "revenue-growth": "Revenue growth",
  "process-optimisation": "Process optimisation",
  "risk-mitigation": "Risk mitigation",
};

/** How sure a metric's observed value is. */
export const confidenceLabels: Record<Confidence, string> = {
  estimated: "Estimated",
  measured: "Measured",
  "finance-validated": "Finance-validated",
};
