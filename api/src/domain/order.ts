/** Code-unit order, the order of ids, months and ISO timestamps (unlike `localeCompare`). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
