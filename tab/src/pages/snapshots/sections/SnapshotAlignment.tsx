import { useMemo } from "react";
import { Badge, Text } from "@fluentui/react-components";
import { DataTable, type Column } from "../../../components/DataTable";
import { Section } from "../../../components/Section";
import type { Formatters } from "../../../format";
import type { SnapshotDocument } from "../../../snapshots/types";

type Row = SnapshotDocument["alignment"]["priorities"][number];

/** Per business priority: how the executives rated it, and the disagreements flagged for the board. */
export function SnapshotAlignment({ document, format }: { document: SnapshotDocument; format: Formatters }) {
  const { alignment } = document;
  const columns = useMemo<Column<Row>[]>(
    () => [
      { id: "priority", label: "Business priority", value: (p) => p.title },
      { id: "respondents", label: "Answers", numeric: true, value: (p) => p.respondents },
      {
        id: "mean",
        label: "Mean importance",
        numeric: true,
        value: (p) => p.meanImportance,
        render: (p) => (p.meanImportance === null ? "—" : format.number(p.meanImportance, 1)),
      },
      {
        id: "range",
        label: "Lowest – highest rating",
        value: (p) => (p.minRating === null || p.maxRating === null ? null : `${p.minRating}–${p.maxRating}`),
      },
      {
        id: "index",
        label: "Alignment index",
        numeric: true,
        value: (p) => p.alignmentIndex,
        render: (p) => (p.alignmentIndex === null ? "—" : format.percent(p.alignmentIndex)),
      },
      {
        id: "flag",
        label: "Disagreement",
        value: (p) => (p.disagreement ? "Flagged" : ""),
        render: (p) =>
          p.disagreement ? (
            <Badge color="danger" appearance="tint" shape="rounded">
              Flagged for the board
            </Badge>
          ) : (
            "—"
          ),
      },
    ],
    [format],
  );
  if (alignment.cycle === null) {
    return (
      <Section title="Leadership alignment" wide>
        <Text>No alignment survey had been answered by the month's end.</Text>
      </Section>
    );
  }
  const flagged = alignment.priorities.filter((p) => p.disagreement);
  return (
    <Section
      title="Leadership alignment"
      wide
      description={`Survey ${alignment.cycle}: alignment index ${
        alignment.index === null ? "not available" : format.percent(alignment.index)
      }. ${flagged.length === 0 ? "No disagreement flagged." : `Disagreement flagged on ${flagged.map((p) => p.title).join(", ")}.`}`}
    >
      <DataTable
        title="Leadership alignment"
        columns={columns}
        rows={alignment.priorities}
        rowKey={(p) => p.priorityId}
        pageSize={50}
      />
    </Section>
  );
}
