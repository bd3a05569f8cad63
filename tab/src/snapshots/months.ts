/**
 * Month arithmetic for choosing a snapshot's month in the UI ("YYYY-MM", UTC as the API's
 * monthly timer counts). The snapshot's own dates (its last day, its publication) come from the API.
 */

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string | undefined): value is string =>
  value !== undefined && monthPattern.test(value);

/** The month `count` months after (or before, when negative) `month`. */
export function addMonths(month: string, count: number): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The month of a moment, in UTC. */
export const monthOf = (now: Date): string => now.toISOString().slice(0, 7);

/** The month a board snapshot is usually prepared for: the one just ended. */
export const monthJustEnded = (now: Date): string => addMonths(monthOf(now), -1);

/** The months one may prepare a snapshot of, newest first: this month and the `count − 1` before. */
export function recentMonths(now: Date, count = 13): string[] {
  const current = monthOf(now);
  return Array.from({ length: count }, (_, k) => addMonths(current, -k));
}

/** The first hex digits of a SHA-256 digest, enough to tell two apart at a glance. */
export const shortHash = (hash: string): string => hash.slice(0, 12);
