import { monthFromIndex } from "../domain/calendar";

/**
 * Days and timestamps for the generator, on top of the domain's month index (year × 12 +
 * month − 1), so that "three months before asOf" is plain subtraction. Everything is UTC and
 * built from numbers: no clock.
 */

export type Month = number;

const two = (n: number) => String(n).padStart(2, "0");

function daysInMonth(month: Month): number {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  if (m === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** YYYY-MM-DD; the day is clamped into the month. */
export function dateIn(month: Month, day: number): string {
  return `${monthFromIndex(month)}-${two(Math.min(Math.max(1, day), daysInMonth(month)))}`;
}

export function lastDateOf(month: Month): string {
  return dateIn(month, daysInMonth(month));
}

/** An ISO 8601 UTC timestamp on the given day of the month, `minuteOfDay` minutes after midnight. */
export function timestampIn(month: Month, day: number, minuteOfDay: number): string {
  const minute = Math.min(Math.max(0, Math.floor(minuteOfDay)), 24 * 60 - 1);
  return `${dateIn(month, day)}T${two(Math.floor(minute / 60))}:${two(minute % 60)}:00Z`;
}

/** The first month of the month's quarter. */
export function quarterStart(month: Month): Month {
  return month - (month % 3);
}

/** The survey cycle of the month's quarter, e.g. 2026-Q2. */
export function quarterOf(month: Month): string {
  return `${String(Math.floor(month / 12)).padStart(4, "0")}-Q${Math.floor((month % 12) / 3) + 1}`;
}
