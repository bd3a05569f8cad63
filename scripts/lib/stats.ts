/** The p-th percentile of ascending values, by the nearest-rank rule the bench tables use; NaN when empty. */
export function percentile(ascending: readonly number[], p: number): number {
  return ascending[Math.min(ascending.length - 1, Math.floor((p / 100) * ascending.length))] ?? Number.NaN;
}

/** The median of values in any order. */
export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}
