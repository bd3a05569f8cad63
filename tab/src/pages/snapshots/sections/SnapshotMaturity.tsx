import { useMemo } from "react";
import { Text } from "@fluentui/react-components";
import { DataTable, type Column } from "../../../components/DataTable";
import { Section } from "../../../components/Section";
import type { Formatters } from "../../../format";
import type { SnapshotDocument } from "../../../snapshots/types";
import { maturityLevels } from "../../board/sections/Maturity";

type Dimension = NonNullable<SnapshotDocument["maturity"]["latest"]>["dimensions"][number];

const levelName = (level: number) => `${level} ${maturityLevels[level - 1] ?? ""}`.trim();

/** The latest assessment the month saw, dimension by dimension, with its evidence. */
export function SnapshotMaturityEvidence({
  document,
  format,
}: {
  document: SnapshotDocument;
  format: Formatters;
}) {
  const latest = document.maturity.latest;
  const columns = useMemo<Column<Dimension>[]>(
    () => [
      { id: "dimension", label: "Dimension", value: (d) => d.label },
      {
        id: "current",
        label: "Current level",
        numeric: true,
        value: (d) => d.current,
        render: (d) => levelName(d.current),
      },
      {
        id: "target",
        label: "Target level",
        numeric: true,
        value: (d) => d.target,
        render: (d) => levelName(d.target),
      },
      { id: "gap", label: "Gap", numeric: true, value: (d) => d.gap, render: (d) => format.number(d.gap) },
      { id: "evidence", label: "Evidence", value: (d) => d.evidence || "—", sortable: false },
    ],
    [format],
  );
  if (!latest) {
    return (
      <Section title="Maturity assessment" wide>
        <Text>No maturity assessment had been made by the month's end.</Text>
      </Section>
    );
  }
  return (
    <Section
      title="Maturity assessment"
      wide
      description={`Assessment of ${format.month(latest.period)}: maturity index ${
        latest.index === null ? "not available" : `${format.number(latest.index, 1)} / 100`
      } against a target of ${latest.targetIndex === null ? "none" : `${format.number(latest.targetIndex, 1)} / 100`}.${
        latest.notes ? ` ${latest.notes}` : ""
      }`}
    >
      <DataTable
        title="Maturity assessment"
        columns={columns}
        rows={latest.dimensions}
        rowKey={(d) => d.dimension}
        pageSize={50}
      />
    </Section>
  );
}
