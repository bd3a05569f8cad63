import type { PrioritisationInputs, PrioritisationWeights } from "./schemas";

export const prioritisationFactors = [
  "impact",
  "alignment",
  "feasibility",
  "resourceFit",
  "riskExposure",
] as const;

/** A 1–5 input as 0–1; risk exposure counts against, so it is inverted (1 → 1, 5 → 0). */
function normalised(factor: (typeof prioritisationFactors)[number], value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    throw new RangeError(`${factor} must be an integer from 1 to 5, got ${value}`);
  }
  return factor === "riskExposure" ? (5 - value) / 4 : (value - 1) / 4;
}

/**
 * 0–100: the weighted mean of the normalised inputs × 100, rounded to one decimal. Throws a
 * RangeError when no weight is positive (the strategy profile refuses such weights).
 */
export function priorityScore(inputs: PrioritisationInputs, weights: PrioritisationWeights): number {
  let weighted = 0;
  let totalWeight = 0;
  for (const factor of prioritisationFactors) {
    const weight = weights[factor];
    if (!(weight >= 0)) throw new RangeError(`weight of ${factor} must be ≥ 0, got ${weight}`);
    weighted += weight * normalised(factor, inputs[factor]);
    totalWeight += weight;
  }
  if (totalWeight <= 0) throw new RangeError("at least one prioritisation weight must be positive");
  return Math.round((weighted / totalWeight) * 1000) / 10;
}

/**
 * Coordinates in the value × feasibility matrix, both on the inputs' own 1–5 scale so the axes
 * read as what people rated: value is the rated business impact, feasibility the rated
 * feasibility.
 */
export function valueFeasibility(inputs: PrioritisationInputs): { value: number; feasibility: number } {
  return { value: inputs.impact, feasibility: inputs.feasibility };
}
