/**
 * CSV for every table the tab shows (RFC 4180): fields separated by commas, records by CRLF, a
 * field quoted when it holds a comma, a quote, CR or LF, and quotes inside it doubled.
 */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * Text that a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1+2", "@SUM(…)") is
 * prefixed with an apostrophe, so an exported title can never execute in Excel. Numbers are
 * written as numbers and are never touched.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = typeof value === "boolean" ? String(value) : formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as one CSV document, CRLF between records and after the last. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** A file name from a title: "Risk register" → "risk-register". */
export function fileNameOf(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "export";
}

/** Offers a URL (data: or blob:) as a download. */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Downloads a CSV document. The byte order mark makes Excel read it as UTF-8 (names such as
 * "Mateo Fernández" would otherwise be garbled).
 */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" }));
  downloadUrl(url, fileName.endsWith(".csv") ? fileName : `${fileName}.csv`);
  // The click has started the download; the URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
