import { useMemo, useState, type ReactNode } from "react";
import {
  Button,
  makeStyles,
  mergeClasses,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, ChevronLeftRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { downloadCsv, fileNameOf, toCsv, type CsvValue } from "../export/csv";
import { useFormat } from "../format";

/**
 * The one table of the board pages: sortable columns, pages of rows (a board never renders a
 * thousand rows at once), and "Export CSV" of every row in the current order.
 */

export interface Column<R> {
  id: string;
  label: string;
  /** The raw value: what the column sorts by and, unless `csv` says otherwise, what CSV holds. */
  value: (row: R) => string | number | null;
  /** What the cell shows; the value as text when absent. */
  render?: (row: R) => ReactNode;
  csv?: (row: R) => CsvValue;
  numeric?: boolean;
  /** Default true. */
  sortable?: boolean;
}

export type SortDirection = "ascending" | "descending";
export interface TableSort {
  column: string;
  direction: SortDirection;
}

export interface DataTableProps<R> {
  /** The table's accessible name and the CSV file's name. */
  title: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** Rows per page; default 25. */
  pageSize?: number;
  initialSort?: TableSort;
  loading?: boolean;
  /** Shown in place of the rows when there are none. */
  empty?: ReactNode;
  /** Minimum width before the table scrolls sideways. */
  minWidth?: number;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: {
    overflowX: "auto",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    "@media print": { overflowX: "visible", border: "none" },
  },
  table: { tableLayout: "auto" },
  header: { backgroundColor: tokens.colorNeutralBackground2 },
  headerCell: { fontWeight: tokens.fontWeightSemibold },
  numeric: { textAlign: "end", justifyContent: "flex-end", fontVariantNumeric: "tabular-nums" },
  footer: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    "@media print": { display: "none" },
  },
  pager: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  empty: { padding: tokens.spacingVerticalL, color: tokens.colorNeutralForeground2 },
});

/** Sorts rows by a column: numbers by value, text in the reader's locale; empty values always last. */
export function sortRows<R>(
  rows: readonly R[],
  column: Column<R> | undefined,
  direction: SortDirection,
  collator: Intl.Collator,
): R[] {
  if (!column) return [...rows];
  const sign = direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === "number" && typeof b.value === "number"
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return order * sign || a.index - b.index;
    })
    .map((x) => x.row);
}

export function DataTable<R>({
  title,
  columns,
  rows,
  rowKey,
  pageSize = 25,
  initialSort,
  loading = false,
  empty,
  minWidth,
}: DataTableProps<R>) {
  const styles = useStyles();
  const format = useFormat();
  const [sort, setSort] = useState<TableSort | undefined>(initialSort);
  const [page, setPage] = useState(0);
  const collator = useMemo(() => new Intl.Collator(format.locale, { numeric: true }), [format.locale]);

  const sortColumn = columns.find((c) => c.id === sort?.column);
  const sorted = useMemo(
    () => sortRows(rows, sortColumn, sort?.direction ?? "ascending", collator),
    [rows, sortColumn, sort?.direction, collator],
  );
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  // Fewer rows (a slicer changed) may leave the page past the end: show the last one.
  const current = Math.min(page, pages - 1);
  const visible = sorted.slice(current * pageSize, (current + 1) * pageSize);

  const sortBy = (column: Column<R>) => {
    setSort((s) =>
      s?.column === column.id
        ? { column: column.id, direction: s.direction === "ascending" ? "descending" : "ascending" }
        : { column: column.id, direction: column.numeric ? "descending" : "ascending" },
    );
    setPage(0);
  };

  const exportCsv = () =>
    downloadCsv(
      fileNameOf(title),
      toCsv(
        columns.map((c) => c.label),
        sorted.map((row) => columns.map((c) => (c.csv ?? c.value)(row))),
      ),
    );

  const first = sorted.length === 0 ? 0 : current * pageSize + 1;
  const last = Math.min(sorted.length, (current + 1) * pageSize);

  return (
    <div className={styles.root}>
      {/* A focusable region, so keyboard users can scroll a wide table sideways. */}
      <div className={styles.scroller} role="region" aria-label={`${title} (table)`} tabIndex={0}>
        <Table
          aria-label={title}
          aria-busy={loading}
          sortable
          size="small"
          className={styles.table}
          style={minWidth ? { minWidth } : undefined}
        >
          <TableHeader className={styles.header}>
            <TableRow>
              {columns.map((c) => {
                const sortable = c.sortable !== false;
                return (
                  <TableHeaderCell
                    key={c.id}
                    sortable={sortable}
                    sortDirection={sort?.column === c.id ? sort.direction : undefined}
                    onClick={sortable ? () => sortBy(c) : undefined}
                    className={styles.headerCell}
                    button={{ className: mergeClasses(c.numeric && styles.numeric) }}
                  >
                    {c.label}
                  </TableHeaderCell>
                );
              })}
            </TableRow>
          </TableHeader>
          <TableBody>
            {loading
              ? [0, 1, 2].map((row) => (
                  <TableRow key={row} aria-hidden>
                    {columns.map((c) => (
                      <TableCell key={c.id}>
                        <SkeletonItem size={16} />
                      </TableCell>
                    ))}
                  </TableRow>
                ))
              : visible.map((row) => (
                  <TableRow key={rowKey(row)}>
                    {columns.map((c) => (
                      <TableCell key={c.id} className={mergeClasses(c.numeric && styles.numeric)}>
                        {c.render ? c.render(row) : (c.value(row) ?? "—")}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
          </TableBody>
        </Table>
        {!loading && rows.length === 0 && <div className={styles.empty}>{empty ?? "Nothing to show."}</div>}
      </div>
      <div className={styles.footer}>
        <Text size={200} aria-live="polite">
          {sorted.length > pageSize
            ? `Rows ${format.number(first)}–${format.number(last)} of ${format.number(sorted.length)}`
            : `${format.number(sorted.length)} ${sorted.length === 1 ? "row" : "rows"}`}
        </Text>
        <div className={styles.pager}>
          {pages > 1 && (
            <>
              <Button
                size="small"
                appearance="subtle"
                icon={<ChevronLeftRegular />}
                disabled={current === 0}
                onClick={() => setPage(current - 1)}
                aria-label={`Previous page of ${title}`}
              >
                Previous
              </Button>
              <Text size={200}>
                Page {format.number(current + 1)} of {format.number(pages)}
              </Text>
              <Button
                size="small"
                appearance="subtle"
                icon={<ChevronRightRegular />}
                iconPosition="after"
                disabled={current >= pages - 1}
                onClick={() => setPage(current + 1)}
                aria-label={`Next page of ${title}`}
              >
                Next
              </Button>
            </>
          )}
          <Button
            size="small"
            icon={<ArrowDownloadRegular />}
            disabled={loading || rows.length === 0}
            onClick={exportCsv}
            aria-label={`Export CSV: ${title}`}
          >
            Export CSV
          </Button>
        </div>
      </div>
    </div>
  );
}
