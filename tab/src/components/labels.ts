import type { BadgeProps } from "@fluentui/react-components";
import type { Health, Stage } from "@domain/schemas/initiative";
import type { RiskBand } from "../../api/types";

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
