/**
 * A series of monthly values pasted from a spreadsheet or typed: one month per line, the month
 * then the value, separated by a tab (what Excel copies), a semicolon or a comma followed by a
 * space. Months as 2026-03, 2026-03-31, 03/2026 or 3/2026; values with the locale's decimal mark
 * (a dot is read as decimal too where the locale uses a comma and there is no comma), digit
 * groups with spaces, apostrophes or the other mark. A first line that names no month is a header.
 */
export type PastedRow = { line: number; period: string; value: number };
export type PastedSeries = { rows: PastedRow[]; problems: { line: number; message: string }[] };

function monthOf(cell: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(cell);
  const slash = /^(\d{1,2})[/.](\d{4})$/.exec(cell);
  const [year, month] = iso ? [iso[1], iso[2]] : slash ? [slash[2], slash[1]] : [];
  if (year === undefined || month === undefined) return undefined;
  const m = Number(month);
  return m >= 1 && m <= 12 ? `${year}-${String(m).padStart(2, "0")}` : undefined;
}

function decimalMarkOf(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
}

function numberOf(cell: string, decimalMark: string): number | undefined {
  let text = cell.replace(/[\s\u00a0\u202f']/g, "");
  if (!/^[-+]?[\d.,]+$/.test(text)) return undefined;
  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    // Both marks: the later one is the decimal mark.
    text = lastComma > lastDot ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  } else if (lastComma >= 0) {
    text =
      decimalMark === "," && text.indexOf(",") === lastComma
        ? text.replace(",", ".")
        : text.replace(/,/g, "");
  } else if (lastDot >= 0 && decimalMark === "," && /^[-+]?\d{1,3}(\.\d{3})+$/.test(text)) {
    text = text.replace(/\./g, "");
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

export function parsePastedSeries(text: string, locale: string): PastedSeries {
  const decimalMark = decimalMarkOf(locale);
  const rows: PastedRow[] = [];
  const problems: PastedSeries["problems"] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    const cells = raw
      .split(/\t|;|,\s+/)
      .map((c) => c.trim())
      .filter((c) => c !== "");
    const period = cells[0] === undefined ? undefined : monthOf(cells[0]);
    if (period === undefined) {
      const isHeader = rows.length === 0 && problems.length === 0 && !/\d/.test(cells[0] ?? "");
      if (!isHeader)
        problems.push({
          line,
          message: `line ${line}: "${cells[0] ?? raw.trim()}" is not a month (use 2026-03)`,
        });
      return;
    }
    const value = cells.length === 2 ? numberOf(cells[1] as string, decimalMark) : undefined;
    if (value === undefined) {
      problems.push({ line, message: `line ${line}: give one number after the month` });
      return;
    }
    const earlier = seen.get(period);
    if (earlier !== undefined) {
      problems.push({ line, message: `line ${line}: ${period} is on line ${earlier} already` });
      return;
    }
    seen.set(period, line);
    rows.push({ line, period, value });
  });
  return { rows: rows.sort((a, b) => a.period.localeCompare(b.period)), problems };
}
