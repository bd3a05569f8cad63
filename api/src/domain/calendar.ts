/**
 * Calendar arithmetic on the two formats the domain uses: months ("YYYY-MM") and days
 * ("YYYY-MM-DD"). Both sort correctly as strings, so comparisons elsewhere are plain `<`/`<=`;
 * the functions here are for stepping and for counting months between two periods.
 */

const dayPattern = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Months since year 0: "2026-01" → 2026 × 12. Throws a RangeError for anything but YYYY-MM.
 * Parsed by hand rather than by regex: the board view calls this for every line and observation.
 */
export function monthIndex(month: string): number {
  if (month.length !== 7) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  return leadingMonthIndex(month);
}

/** The month index of the "YYYY-MM" a month, day or timestamp starts with. */
function leadingMonthIndex(value: string): number {
  const y1 = value.charCodeAt(0) - 48;
  const y2 = value.charCodeAt(1) - 48;
  const y3 = value.charCodeAt(2) - 48;
  const y4 = value.charCodeAt(3) - 48;
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const m = m1 * 10 + m2;
  // `>>> 0` turns a negative difference into a large number, so one comparison checks 0–9.
  if (
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    y4 >>> 0 > 9 ||
    m1 >>> 0 > 1 ||
    m2 >>> 0 > 9 ||
    m < 1 ||
    m > 12 ||
    value.charCodeAt(4) !== 45
  ) {
    throw new RangeError(`not a month (YYYY-MM): ${value.slice(0, 7)}`);
  }
  return (y1 * 1000 + y2 * 100 + y3 * 10 + y4) * 12 + m - 1;
}

/** The month index of a day ("2026-05-31") or ISO timestamp, without cutting the string. */
export function monthIndexOf(dayOrTimestamp: string): number {
  if (dayOrTimestamp.length < 10 || dayOrTimestamp.charCodeAt(7) !== 45) {
    throw new RangeError(`not a day or timestamp: ${dayOrTimestamp}`);
  }
  return leadingMonthIndex(dayOrTimestamp);
}

export function monthFromIndex(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`not a month index: ${index}`);
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

export function addMonths(month: string, count: number): string {
  return monthFromIndex(monthIndex(month) + count);
}

export function previousMonth(month: string): string {
  return addMonths(month, -1);
}

/** The month of a day ("2026-05-31") or of an ISO timestamp ("2026-05-31T22:00:00Z"). */
export function monthOf(dayOrTimestamp: string): string {
  const month = dayOrTimestamp.slice(0, 7);
  monthIndex(month);
  if (dayOrTimestamp.length > 7 && dayOrTimestamp.charCodeAt(7) !== 45) {
    throw new RangeError(`not a day or timestamp: ${dayOrTimestamp}`);
  }
  return month;
}

/**
 * Whether a day or ISO timestamp falls in a month after `month` — comparing the first seven
 * characters in place, without parsing or allocating, as it runs for every risk of every board
 * view. Both must be well-formed (the schemas guarantee it).
 */
export function isAfterMonth(dayOrTimestamp: string, month: string): boolean {
  for (let k = 0; k < 7; k++) {
    const a = dayOrTimestamp.charCodeAt(k);
    const b = month.charCodeAt(k);
    if (a !== b) return a > b;
  }
  return false;
}

export function firstDayOf(month: string): string {
  monthIndex(month);
  return `${month}-01`;
}

/** The last day of a month: "2026-02" → "2026-02-28". */
export function lastDayOf(month: string): string {
  const index = monthIndex(month);
  const days = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, "0")}`;
}

export function isDay(value: string): boolean {
  return dayPattern.test(value);
}

/**
 * The day against which "overdue" is judged when the board is viewed as of `month`. For the
 * current (or a future) month that is today; for a past month it is the first day of the month
 * after, i.e. the state at the end of that month.
 */
export function asOfDay(month: string, today: string): string {
  if (!isDay(today)) throw new RangeError(`not a day (YYYY-MM-DD): ${today}`);
  return month < monthOf(today) ? firstDayOf(addMonths(month, 1)) : today;
}

/** The first month of a survey cycle: "2026-Q3" → "2026-07". */
export function cycleStart(cycle: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(cycle);
  if (!m) throw new RangeError(`not a survey cycle (YYYY-Qn): ${cycle}`);
  return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, "0")}`;
}
