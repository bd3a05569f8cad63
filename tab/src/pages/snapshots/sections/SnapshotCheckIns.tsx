import { useMemo } from "react";
import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Rag } from "@domain/schemas/statusUpdate";
import { DataTable, type Column } from "../../../components/DataTable";
import { Section } from "../../../components/Section";
import type { Formatters } from "../../../format";
import type { SnapshotDocument } from "../../../snapshots/types";

type Row = SnapshotDocument["initiatives"][number] & {
  checkIn: NonNullable<SnapshotDocument["initiatives"][number]["checkIn"]>;
};

const ragLabels: Record<Rag, string> = { green: "Green", amber: "Amber", red: "Red" };
const ragColors = { green: "success", amber: "warning", red: "danger" } as const;

const useStyles = makeStyles({
  missing: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** The month's check-ins: how many were due and given, who missed theirs, and what was said. */
export function SnapshotCheckIns({
  document,
  format,
  pageSize,
}: {
  document: SnapshotDocument;
  format: Formatters;
  pageSize: number;
}) {
  const styles = useStyles();
  const { checkIns } = document;
  const given = useMemo(
    () => document.initiatives.filter((i): i is Row => i.checkIn !== null),
    [document.initiatives],
  );
  const columns = useMemo<Column<Row>[]>(
    () => [
      { id: "initiative", label: "Initiative", value: (i) => i.title },
      { id: "owner", label: "Outcome owner", value: (i) => i.outcomeOwnerName },
      {
        id: "rag",
        label: "Status",
        value: (i) => ragLabels[i.checkIn.rag],
        render: (i) => (
          <Badge appearance="filled" color={ragColors[i.checkIn.rag]} shape="rounded">
            {ragLabels[i.checkIn.rag]}
          </Badge>
        ),
      },
      { id: "narrative", label: "Narrative", value: (i) => i.checkIn.narrative || "—", sortable: false },
      { id: "blockers", label: "Blockers", value: (i) => i.checkIn.blockers || "—", sortable: false },
      {
        id: "decisions",
        label: "Decisions needed",
        value: (i) => i.checkIn.decisionsNeeded || "—",
        sortable: false,
      },
    ],
    [],
  );
  return (
    <Section
      title="Check-ins"
      wide
      description={`${format.month(checkIns.period)}: ${format.number(checkIns.submitted)} of ${format.number(
        checkIns.expected,
      )} check-ins due from initiatives in delivery were given.`}
    >
      {checkIns.missing.length === 0 ? (
        <Text>Every check-in due was given.</Text>
      ) : (
        <>
          <Text weight="semibold">Missing check-ins ({format.number(checkIns.missing.length)})</Text>
          <ul className={styles.missing} aria-label="Missing check-ins">
            {checkIns.missing.map((m) => (
              <li key={m.initiativeId}>
                {m.title} — {m.outcomeOwnerName}
              </li>
            ))}
          </ul>
        </>
      )}
      <DataTable
        title="Check-ins given"
        columns={columns}
        rows={given}
        rowKey={(i) => i.id}
        pageSize={pageSize}
        minWidth={900}
        empty="No check-in was given this month."
      />
    </Section>
  );
}
