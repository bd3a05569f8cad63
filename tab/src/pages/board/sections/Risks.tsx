import { useMemo } from "react";
import { Text } from "@fluentui/react-components";
import type { InitiativeRow, OwnerRow } from "../../../api/types";
import type { BoardPageContext } from "../../../components/BoardFrame";
import { DataTable, type Column } from "../../../components/DataTable";
import { InitiativeLink } from "../../../components/InitiativeLink";
import { impactLabels, likelihoodLabels } from "../../../components/labels";
import { Section, SectionGrid } from "../../../components/Section";
import { Chart } from "../../../charts/Chart";
import { heatmapOption, type HeatmapInput } from "../../../charts/options";
import type { Formatters } from "../../../format";

interface MatrixRow {
  likelihood: number;
  label: string;
  counts: readonly number[];
}

function matrixRows(counts: readonly (readonly number[])[]): MatrixRow[] {
  // Most likely on top, as the chart shows it.
  return likelihoodLabels
    .map((label, l) => ({ likelihood: l + 1, label: `${l + 1} ${label}`, counts: counts[l] ?? [0, 0, 0, 0, 0] }))
    .reverse();
}

function matrixColumns(format: Formatters): Column<MatrixRow>[] {
  return [
    { id: "likelihood", label: "Likelihood \\ impact", value: (r) => r.likelihood, render: (r) => r.label },
    ...impactLabels.map<Column<MatrixRow>>((label, i) => ({
      id: `impact-${i + 1}`,
      label: `${i + 1} ${label}`,
      numeric: true,
      value: (r) => r.counts[i] ?? 0,
      render: (r) => format.number(r.counts[i] ?? 0),
    })),
  ];
}

function Heatmap({ title, counts, format, note }: { title: string; counts: readonly (readonly number[])[]; format: Formatters; note?: string }) {
  const data = useMemo<HeatmapInput>(() => ({ counts, likelihoodLabels, impactLabels }), [counts]);
  const total = counts.flat().reduce((a, b) => a + b, 0);
  // The most severe occupied cell: likelihood and impact both high.
  let worst: string | null = null;
  counts.forEach((row, l) =>
    row.forEach((n, i) => {
      if (n > 0) worst = `${likelihoodLabels[l]} × ${impactLabels[i]} (${format.number(n)})`;
    }),
  );
  return (
    <Section title={title} headingLevel={3} description={note}>
      <Chart
        title={title}
        summary={`${format.number(total)} open risks on a 5 by 5 matrix of likelihood and impact.${worst ? ` Highest likelihood row occupied: ${worst}.` : ""}`}
        data={data}
        build={heatmapOption}
        height={300}
        table={{ columns: matrixColumns(format), rows: matrixRows(counts), rowKey: (r) => String(r.likelihood) }}
      />
    </Section>
  );
}

/** The 5×5 matrices of open risks, before and after treatment. */
export function RiskHeatmapSection({ view, format }: BoardPageContext) {
  const h = view.riskHeatmap;
  return (
    <Section title="Risk heatmap" wide description="Open risks by likelihood and impact: inherent (before treatment) and residual (after).">
      <SectionGrid>
        <Heatmap title="Inherent risk" counts={h.inherent} format={format} />
        <Heatmap
          title="Residual risk"
          counts={h.residual}
          format={format}
          note={
            h.residualUnassessed > 0
              ? `${format.number(h.residualUnassessed)} open ${h.residualUnassessed === 1 ? "risk has" : "risks have"} no residual rating yet and ${h.residualUnassessed === 1 ? "is" : "are"} not shown.`
              : undefined
          }
        />
      </SectionGrid>
    </Section>
  );
}

/** Who has mitigations past their due date, and on which initiatives. */
export function OverdueSection({ view, format }: BoardPageContext) {
  const owners = useMemo(() => view.owners.filter((o) => o.overdueMitigations > 0), [view.owners]);
  const initiatives = useMemo(() => view.initiatives.filter((i) => i.overdueMitigations > 0), [view.initiatives]);
  const ownerCols: Column<OwnerRow>[] = [
    { id: "owner", label: "Risk owner", value: (o) => o.displayName },
    { id: "overdue", label: "Overdue mitigations", numeric: true, value: (o) => o.overdueMitigations },
    { id: "open", label: "Open risks", numeric: true, value: (o) => o.openRisks },
  ];
  const initiativeCols: Column<InitiativeRow>[] = [
    { id: "title", label: "Initiative", value: (i) => i.title, render: (i) => <InitiativeLink id={i.id} title={i.title} /> },
    { id: "department", label: "Department", value: (i) => i.department },
    { id: "overdue", label: "Overdue mitigations", numeric: true, value: (i) => i.overdueMitigations },
    { id: "open", label: "Open risks", numeric: true, value: (i) => i.openRisks },
  ];
  const total = view.kpis.overdueMitigations.value;
  return (
    <Section
      title="Overdue mitigations"
      description={`${format.number(total)} open ${total === 1 ? "risk is" : "risks are"} past the due date of ${total === 1 ? "its" : "their"} mitigation.`}
    >
      {total === 0 ? (
        <Text>Every mitigation in scope is on time.</Text>
      ) : (
        <>
          <DataTable
            title="Overdue mitigations per owner"
            columns={ownerCols}
            rows={owners}
            rowKey={(o) => o.ownerId}
            initialSort={{ column: "overdue", direction: "descending" }}
          />
          <DataTable
            title="Initiatives with overdue mitigations"
            columns={initiativeCols}
            rows={initiatives}
            rowKey={(i) => i.id}
            initialSort={{ column: "overdue", direction: "descending" }}
          />
        </>
      )}
    </Section>
  );
}
