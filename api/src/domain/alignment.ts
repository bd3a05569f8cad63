import { cycleStart } from "./calendar";
import { compareText } from "./order";
import type { AlignmentResponse, ValueCategory } from "./schemas";
import { valueCategories } from "./schemas";

/**
 * The largest population standard deviation of ratings on a 1–5 scale: half the answers 1, half
 * 5. Dividing by it puts the spread on 0–1.
 */
export const MAX_SPREAD = 2;
/**
 * A priority is flagged for the board when the spread of importance ratings reaches this. 1.2 is
 * 60 % of the maximum: e.g. ratings 1, 3, 5 (spread 1.63) or 2, 2, 5, 5 (1.5) are flagged,
 * 3, 4, 4, 5 (0.71) is not.
 */
export const DISAGREEMENT_SPREAD = 1.2;
/**
 * …or when the lowest and highest rating are this far apart, so a single executive who rates a
 * priority 1 while the rest say 4 or 5 is flagged even though the spread stays small.
 */
export const DISAGREEMENT_RANGE = 3;

/** Counts of ratings 1, 2, 3, 4, 5 (index 0 is rating 1). */
export type RatingDistribution = [number, number, number, number, number];

export type PriorityAlignment = {
  priorityId: string;
  respondents: number;
  meanImportance: number | null;
  /** Population standard deviation of the importance ratings. */
  spread: number | null;
  /** 1 − spread / MAX_SPREAD: 1 is full agreement, 0 maximal disagreement. */
  alignmentIndex: number | null;
  minRating: number | null;
  maxRating: number | null;
  distribution: RatingDistribution;
  /** How many executives expect each kind of outcome from the priority. */
  expectedOutcomes: Record<ValueCategory, number>;
  disagreement: boolean;
};

type Response = Pick<
  AlignmentResponse,
  "cycle" | "executiveId" | "priorityId" | "importance" | "expectedOutcome" | "updatedAt"
>;

/** 1 − spread / MAX_SPREAD, within 0–1. */
export function alignmentIndex(spread: number): number {
  return Math.min(1, Math.max(0, 1 - spread / MAX_SPREAD));
}

export function isDisagreement(spread: number, minRating: number, maxRating: number): boolean {
  return spread >= DISAGREEMENT_SPREAD || maxRating - minRating >= DISAGREEMENT_RANGE;
}

function emptyOutcomes(): Record<ValueCategory, number> {
  return Object.fromEntries(valueCategories.map((c) => [c, 0])) as Record<ValueCategory, number>;
}

/**
 * The alignment of one priority from the answers given to it (one cycle). An executive counts
 * once: if they answered twice, their last answer stands.
 */
export function priorityAlignment(priorityId: string, responses: readonly Response[]): PriorityAlignment {
  const byExecutive = new Map<string, Response>();
  for (const r of responses) {
    const seen = byExecutive.get(r.executiveId);
    if (seen === undefined || r.updatedAt > seen.updatedAt) byExecutive.set(r.executiveId, r);
  }
  const answers = [...byExecutive.values()];
  const distribution: RatingDistribution = [0, 0, 0, 0, 0];
  const expectedOutcomes = emptyOutcomes();
  for (const a of answers) {
    distribution[a.importance - 1] += 1;
    expectedOutcomes[a.expectedOutcome] += 1;
  }
  if (answers.length === 0) {
    return {
      priorityId,
      respondents: 0,
      meanImportance: null,
      spread: null,
      alignmentIndex: null,
      minRating: null,
      maxRating: null,
      distribution,
      expectedOutcomes,
      disagreement: false,
    };
  }
  const ratings = answers.map((a) => a.importance);
  const mean = ratings.reduce((s, x) => s + x, 0) / ratings.length;
  const spread = Math.sqrt(ratings.reduce((s, x) => s + (x - mean) ** 2, 0) / ratings.length);
  const minRating = Math.min(...ratings);
  const maxRating = Math.max(...ratings);
  return {
    priorityId,
    respondents: answers.length,
    meanImportance: mean,
    spread,
    alignmentIndex: alignmentIndex(spread),
    minRating,
    maxRating,
    distribution,
    expectedOutcomes,
    disagreement: isDisagreement(spread, minRating, maxRating),
  };
}

/**
 * Per priority over one survey cycle. `priorityIds` lists the priorities to report, in order,
 * including those nobody answered; priorities answered but not listed follow, sorted by id.
 */
export function alignmentByPriority(
  responses: readonly Response[],
  cycle: string,
  priorityIds: readonly string[] = [],
): PriorityAlignment[] {
  const byPriority = new Map<string, Response[]>();
  for (const id of priorityIds) byPriority.set(id, []);
  const extra: string[] = [];
  for (const r of responses) {
    if (r.cycle !== cycle) continue;
    let list = byPriority.get(r.priorityId);
    if (list === undefined) {
      list = [];
      byPriority.set(r.priorityId, list);
      extra.push(r.priorityId);
    }
    list.push(r);
  }
  const order = [...priorityIds, ...extra.sort(compareText)];
  return order.map((id) => priorityAlignment(id, byPriority.get(id) ?? []));
}

/** The mean alignment index over the priorities that have answers; null when none has. */
export function overallAlignmentIndex(
  rows: readonly Pick<PriorityAlignment, "alignmentIndex">[],
): number | null {
  const indices = rows.map((r) => r.alignmentIndex).filter((x): x is number => x !== null);
  return indices.length === 0 ? null : indices.reduce((a, b) => a + b, 0) / indices.length;
}

/** The cycles that have answers and have started by `asOf` (YYYY-MM), oldest first. */
export function surveyCyclesUpTo(
  responses: readonly Pick<AlignmentResponse, "cycle">[],
  asOf: string,
): string[] {
  const cycles = new Set<string>();
  for (const r of responses) if (cycleStart(r.cycle) <= asOf) cycles.add(r.cycle);
  return [...cycles].sort(compareText);
}
