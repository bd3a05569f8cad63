import type { ReactNode } from "react";
import {
  makeStyles,
  mergeClasses,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { Executive, InitiativeListItem } from "../../api/types";
import type { Formatters } from "../../format";
import { HealthLabel, OpenRisks, PersonName, Ratio, StageBadge } from "../../components/cells";
import { InitiativeLink } from "../../components/InitiativeLink";
import type { PortfolioView, SortField } from "./portfolioQuery";

const useStyles = makeStyles({
  scroller: {
    overflowX: "auto",
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // Content decides the column widths (Fluent tables default to equal, fixed columns).
  table: { minWidth: "1080px", tableLayout: "auto" },
  header: { backgroundColor: tokens.colorNeutralBackground2 },
  headerCell: { fontWeight: tokens.fontWeightSemibold },
  numeric: { textAlign: "end", justifyContent: "flex-end", fontVariantNumeric: "tabular-nums" },
  title: { fontWeight: tokens.fontWeightSemibold, minWidth: "200px" },
});

interface Column {
  id: string;
  label: string;
  /** The API's sort field; absent for columns the server cannot sort. */
  sort?: SortField;
  numeric?: boolean;
  cell: (item: InitiativeListItem, ctx: CellContext) => ReactNode;
}

interface CellContext {
  format: Formatters;
  people: ReadonlyMap<string, Executive> | null;
}

const columns: Column[] = [
  { id: "title", label: "Initiative", sort: "title", cell: (i) => <InitiativeLink id={i.id} title={i.title} /> },
  { id: "department", label: "Department", sort: "department", cell: (i) => i.department },
  { id: "stage", label: "Stage", sort: "stage", cell: (i) => <StageBadge stage={i.stage} /> },
  { id: "health", label: "Health", sort: "health", cell: (i) => <HealthLabel health={i.health} /> },
  {
    // Sorting by owner would sort by id, not name: the server does not know names.
    id: "outcomeOwner",
    label: "Outcome owner",
    cell: (i, { people }) => <PersonName id={i.outcomeOwnerId} people={people} />,
  },
  {
    id: "roi",
    label: "ROI",
    sort: "roi",
    numeric: true,
    cell: (i, { format }) => <Ratio value={i.derived.roi} format={format} />,
  },
  {
    id: "valueRealisation",
    label: "Value realisation",
    sort: "valueRealisation",
    numeric: true,
    cell: (i, { format }) => <Ratio value={i.derived.valueRealisation} format={format} />,
  },
  {
    id: "priorityScore",
    label: "Priority score",
    sort: "priorityScore",
    numeric: true,
    cell: (i, { format }) => format.number(i.derived.priorityScore),
  },
  {
    id: "openRisks",
    label: "Open risks",
    sort: "openRisks",
    cell: (i, { format }) => (
      <OpenRisks count={i.derived.openRisks} band={i.derived.highestOpenBand} format={format} />
    ),
  },
];

export interface PortfolioTableProps {
  items: InitiativeListItem[];
  /** Show placeholder rows: the first page is on its way. */
  loading: boolean;
  view: PortfolioView;
  onSort: (field: SortField) => void;
  format: Formatters;
  people: ReadonlyMap<string, Executive> | null;
}

export function PortfolioTable({ items, loading, view, onSort, format, people }: PortfolioTableProps) {
  const styles = useStyles();
  const ctx = { format, people };
  return (
    // A focusable region, so keyboard users can scroll the wide table sideways.
    <div className={styles.scroller} role="region" aria-label="Initiatives table" tabIndex={0}>
      <Table aria-label="Initiatives" aria-busy={loading} sortable className={styles.table}>
        <TableHeader className={styles.header}>
          <TableRow>
            {columns.map(({ id, label, sort, numeric }) => (
              <TableHeaderCell
                key={id}
                sortable={sort !== undefined}
                sortDirection={
                  sort && view.sort === sort ? (view.order === "asc" ? "ascending" : "descending") : undefined
                }
                onClick={sort && (() => onSort(sort))}
                className={styles.headerCell}
                button={{ className: mergeClasses(numeric && styles.numeric) }}
              >
                {label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {loading
            ? [0, 1, 2, 3, 4].map((row) => (
                <TableRow key={row} aria-hidden>
                  {columns.map((c) => (
                    <TableCell key={c.id}>
                      <SkeletonItem size={16} />
                    </TableCell>
                  ))}
                </TableRow>
              ))
            : items.map((item) => (
                <TableRow key={item.id}>
                  {columns.map((c) => (
                    <TableCell
                      key={c.id}
                      className={mergeClasses(c.numeric && styles.numeric, c.id === "title" && styles.title)}
                    >
                      {c.cell(item, ctx)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
        </TableBody>
      </Table>
    </div>
  );
}
