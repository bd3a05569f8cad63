import { useMemo } from "react";
import { Badge } from "@fluentui/react-components";
import { DataTable, type Column } from "../../../components/DataTable";
import { bandColors, bandLabels, riskCategoryLabels, riskStatusLabels } from "../../../components/labels";
import { Section } from "../../../components/Section";
import type { Formatters } from "../../../format";
import type { SnapshotDocument } from "../../../snapshots/types";

type Row = SnapshotDocument["risks"][number];

const treatmentLabels: Record<Row["treatment"], string> = {
  mitigate: "Mitigate",
  accept: "Accept",
  transfer: "Transfer",
  avoid: "Avoid",
};

/** The risk register as it stood at the month's end, worst first (as the snapshot lists it). */
export function SnapshotRiskRegister({
  document,
  format,
  pageSize,
}: {
  document: SnapshotDocument;
  format: Formatters;
  pageSize: number;
}) {
  const open = document.risks.filter((r) => r.open).length;
  const overdue = document.risks.filter((r) => r.overdue).length;
  const columns = useMemo<Column<Row>[]>(
    () => [
      { id: "title", label: "Risk", value: (r) => r.title },
      { id: "initiative", label: "Initiative", value: (r) => r.initiativeTitle ?? "Organisation-wide" },
      { id: "owner", label: "Owner", value: (r) => r.ownerName },
      { id: "category", label: "Category", value: (r) => riskCategoryLabels[r.category] },
      {
        id: "score",
        label: "Inherent",
        numeric: true,
        value: (r) => r.score,
        render: (r) => (
          <Badge appearance="filled" color={bandColors[r.band]} shape="rounded">
            {bandLabels[r.band]} · {format.number(r.score)}
          </Badge>
        ),
      },
      {
        id: "residual",
        label: "Residual",
        numeric: true,
        value: (r) => r.residualScore,
        render: (r) =>
          r.residualBand === null || r.residualScore === null ? (
            "Not rated"
          ) : (
            <Badge appearance="tint" color={bandColors[r.residualBand]} shape="rounded">
              {bandLabels[r.residualBand]} · {format.number(r.residualScore)}
            </Badge>
          ),
      },
      { id: "treatment", label: "Treatment", value: (r) => treatmentLabels[r.treatment] },
      {
        id: "status",
        label: "Status",
        value: (r) => (r.open ? riskStatusLabels[r.status] : `${riskStatusLabels[r.status]} (not open)`),
      },
      {
        id: "due",
        label: "Mitigation due",
        value: (r) => r.dueDate,
        render: (r) => (r.dueDate ? `${format.date(r.dueDate)}${r.overdue ? " · overdue" : ""}` : "—"),
      },
    ],
    [format],
  );
  return (
    <Section
      title="Risk register"
      wide
      description={`${format.number(document.risks.length)} risks raised by ${format.date(document.today)}: ${format.number(open)} open, ${format.number(overdue)} with an overdue mitigation.`}
    >
      <DataTable
        title="Risk register"
        columns={columns}
        rows={document.risks}
        rowKey={(r) => r.id}
        pageSize={pageSize}
        minWidth={1100}
        empty="No risk was raised by the month's end."
      />
    </Section>
  );
}
