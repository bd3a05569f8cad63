import { useMemo } from "react";
import { HealthLabel, OpenRisks, Ratio, StageBadge } from "../../../components/cells";
import { DataTable, type Column } from "../../../components/DataTable";
import { healthLabels, stageLabels } from "../../../components/labels";
import { Section } from "../../../components/Section";
import type { Formatters } from "../../../format";
import type { SnapshotDocument } from "../../../snapshots/types";
import { moneyIn } from "./money";

type Row = SnapshotDocument["initiatives"][number];

/** The portfolio as it stood at the month's end, with the names the snapshot froze. */
export function SnapshotInitiatives({
  document,
  format,
  pageSize,
}: {
  document: SnapshotDocument;
  format: Formatters;
  pageSize: number;
}) {
  const columns = useMemo<Column<Row>[]>(() => {
    const money = moneyIn(format, document.currency);
    return [
      { id: "title", label: "Initiative", value: (i) => i.title },
      { id: "department", label: "Department", value: (i) => i.department },
      {
        id: "stage",
        label: "Stage",
        value: (i) => stageLabels[i.stage],
        render: (i) => <StageBadge stage={i.stage} />,
      },
      {
        id: "health",
        label: "Health",
        value: (i) => healthLabels[i.health],
        render: (i) => <HealthLabel health={i.health} />,
      },
      { id: "outcomeOwner", label: "Outcome owner", value: (i) => i.outcomeOwnerName },
      { id: "riskOwner", label: "Risk owner", value: (i) => i.riskOwnerName },
      {
        id: "roi",
        label: "ROI",
        numeric: true,
        value: (i) => i.roi,
        render: (i) => <Ratio value={i.roi} format={format} />,
      },
      {
        id: "valueRealisation",
        label: "Value realised",
        numeric: true,
        value: (i) => i.valueRealisation,
        render: (i) => <Ratio value={i.valueRealisation} format={format} />,
      },
      {
        id: "cost",
        label: "Cost to date",
        numeric: true,
        value: (i) => i.costToDate,
        render: (i) => money(i.costToDate),
      },
      {
        id: "score",
        label: "Priority score",
        numeric: true,
        value: (i) => i.priorityScore,
        render: (i) => format.number(i.priorityScore),
      },
      {
        id: "risks",
        label: "Open risks",
        numeric: true,
        value: (i) => i.openRisks,
        render: (i) => <OpenRisks count={i.openRisks} band={i.highestOpenBand} format={format} />,
      },
    ];
  }, [format, document.currency]);
  return (
    <Section
      title="Initiatives"
      wide
      description={`${format.number(document.initiatives.length)} initiatives as of ${format.date(document.today)}, highest priority first.`}
    >
      <DataTable
        title="Initiatives"
        columns={columns}
        rows={document.initiatives}
        rowKey={(i) => i.id}
        pageSize={pageSize}
        minWidth={1100}
        empty="No initiative was recorded at the month's end."
      />
    </Section>
  );
}
