import { isAfterMonth } from "./calendar";
import type { Risk } from "./schemas";

/** Bands from least to most severe; charts and legends iterate this list. */
export const riskBands = ["low", "medium", "high", "critical"] as const;
export type RiskBand = (typeof riskBands)[number];

export const riskBandLabels: Record<RiskBand, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
};

/** The score range of each band, for legends. 17–19 are not products of two 1–5 ratings. */
export const riskBandRanges: Record<RiskBand, readonly [number, number]> = {
  low: [1, 4],
  medium: [5, 9],
  high: [10, 19],
  critical: [20, 25],
};

function assertRating(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    throw new RangeError(`${name} must be an integer from 1 to 5, got ${value}`);
  }
}

/** Likelihood × impact, each 1–5, so 1–25. */
export function riskScore(likelihood: number, impact: number): number {
  assertRating("likelihood", likelihood);
  assertRating("impact", impact);
  return likelihood * impact;
}

/**
 * Low 1–4, Medium 5–9, High 10–16, Critical 20–25. No product of two 1–5 ratings falls in
 * 17–19, but the function is total on 1–25 so a caller can never fall through a gap: 17–19
 * are High.
 */
export function riskBand(score: number): RiskBand {
  if (!Number.isInteger(score) || score < 1 || score > 25) {
    throw new RangeError(`a risk score is an integer from 1 to 25, got ${score}`);
  }
  if (score >= 20) return "critical";
  if (score >= 10) return "high";
  if (score >= 5) return "medium";
  return "low";
}

type ResidualFields = Pick<Risk, "residualLikelihood" | "residualImpact">;

/** The score after treatment; null until both residual ratings are set. */
export function residualScore(risk: ResidualFields): number | null {
  if (risk.residualLikelihood === null || risk.residualImpact === null) return null;
  return riskScore(risk.residualLikelihood, risk.residualImpact);
}

export function residualBand(risk: ResidualFields): RiskBand | null {
  const score = residualScore(risk);
  return score === null ? null : riskBand(score);
}

/** Open means still to be dealt with: open or being mitigated (accepted and closed are not). */
export function isOpenRisk(risk: Pick<Risk, "status">): boolean {
  return risk.status === "open" || risk.status === "mitigating";
}

function isPastDue(risk: Pick<Risk, "dueDate">, day: string): boolean {
  return risk.dueDate !== null && risk.dueDate < day;
}

/** An open risk whose mitigation due date lies before `today` (YYYY-MM-DD). */
export function isOverdueMitigation(risk: Pick<Risk, "status" | "dueDate">, today: string): boolean {
  return isOpenRisk(risk) && isPastDue(risk, today);
}

type AsOfFields = Pick<Risk, "status" | "createdAt" | "updatedAt">;

/**
 * Whether the risk was open at the end of `month`. Risks keep no status history, so this is an
 * approximation: the risk existed once created (createdAt ≤ end of month) and was open then
 * unless it is no longer open now and its last update (which we take to be the one that
 * closed or accepted it) was already made by the end of that month. For the current month this
 * is exactly the current state.
 */
export function isOpenRiskAsOf(risk: AsOfFields, month: string): boolean {
  if (isAfterMonth(risk.createdAt, month)) return false;
  return isOpenRisk(risk) || isAfterMonth(risk.updatedAt, month);
}

/** Overdue as seen at the end of `month`, judged against `day` (see `asOfDay`). */
export function isOverdueMitigationAsOf(
  risk: AsOfFields & Pick<Risk, "dueDate">,
  month: string,
  day: string,
): boolean {
  return isOpenRiskAsOf(risk, month) && isPastDue(risk, day);
}

/** The inherent score of a stored risk. */
export function inherentScore(risk: Pick<Risk, "likelihood" | "impact">): number {
  return riskScore(risk.likelihood, risk.impact);
}

/** The more severe of two bands (null counts as less than any band). */
export function worseBand(a: RiskBand | null, b: RiskBand | null): RiskBand | null {
  if (a === null) return b;
  if (b === null) return a;
  return riskBands.indexOf(a) >= riskBands.indexOf(b) ? a : b;
}

export function emptyBandCounts(): Record<RiskBand, number> {
  return { low: 0, medium: 0, high: 0, critical: 0 };
}
