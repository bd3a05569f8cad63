import { useMemo } from "react";
import { Text } from "@fluentui/react-components";
import type { BoardPageContext } from "../../../components/BoardFrame";
import { DataTable, type Column } from "../../../components/DataTable";
import { Section } from "../../../components/Section";
import { Chart } from "../../../charts/Chart";
import { lineOption, radarOption, type LineInput, type RadarInput } from "../../../charts/options";

type Dimension = NonNullable<BoardPageContext["view"]["maturity"]["latest"]>["dimensions"][number];
type TrendPoint = BoardPageContext["view"]["maturity"]["trend"][number];

/** The framework's five levels. */
export const maturityLevels = ["Awareness", "Active", "Operational", "Systemic", "Transformational"] as const;
const levelName = (level: number) => `${level} ${maturityLevels[level - 1] ?? ""}`.trim();

export function MaturityRadarSection({ view, format }: BoardPageContext) {
  const latest = view.maturity.latest;
  const data = useMemo<RadarInput>(() => ({ dimensions: latest?.dimensions ?? [], levels: 5 }), [latest]);
  const columns: Column<Dimension>[] = [
    { id: "dimension", label: "Dimension", value: (d) => d.label },
    { id: "current", label: "Current level", numeric: true, value: (d) => d.current, render: (d) => levelName(d.current) },
    { id: "target", label: "Target level", numeric: true, value: (d) => d.target, render: (d) => levelName(d.target) },
    { id: "gap", label: "Gap", numeric: true, value: (d) => d.gap, render: (d) => format.number(d.gap) },
  ];
  if (!latest) {
    return (
      <Section title="Maturity by dimension">
        <Text>No maturity assessment yet. The portfolio office assesses the seven dimensions, current and target level.</Text>
      </Section>
    );
  }
  const biggest = [...latest.dimensions].sort((a, b) => b.gap - a.gap)[0];
  return (
    <Section title="Maturity by dimension" description={`Assessment of ${format.month(latest.period)}: current against target level (1–5).`}>
      <Chart
        title="Maturity by dimension"
        summary={`Maturity index ${latest.index === null ? "not available" : format.number(latest.index, 1)} of 100 against a target of ${
          latest.targetIndex === null ? "none" : format.number(latest.targetIndex, 1)
        }.${biggest && biggest.gap > 0 ? ` Largest gap: ${biggest.label}, level ${biggest.current} of ${biggest.target}.` : ""}`}
        data={data}
        build={radarOption}
        height={340}
        table={{ columns, rows: latest.dimensions, rowKey: (d) => d.dimension }}
      />
    </Section>
  );
}

export function MaturityTrendSection({ view, format }: BoardPageContext) {
  const trend = view.maturity.trend;
  const data = useMemo<LineInput>(
    () => ({
      categories: trend.map((t) => format.month(t.period)),
      series: [
        { name: "Maturity index", values: trend.map((t) => t.index), area: true },
        { name: "Target index", values: trend.map((t) => t.targetIndex), dashed: true },
      ],
      value: (v) => format.number(v, 0),
      yMin: 0,
      yMax: 100,
    }),
    [trend, format],
  );
  const columns: Column<TrendPoint>[] = [
    { id: "period", label: "Assessment", value: (t) => t.period, render: (t) => format.month(t.period) },
    { id: "index", label: "Maturity index", numeric: true, value: (t) => t.index, render: (t) => (t.index === null ? "—" : format.number(t.index, 1)) },
    {
      id: "target",
      label: "Target index",
      numeric: true,
      value: (t) => t.targetIndex,
      render: (t) => (t.targetIndex === null ? "—" : format.number(t.targetIndex, 1)),
    },
  ];
  const first = trend[0];
  const last = trend[trend.length - 1];
  return (
    <Section title="Maturity over time" description="The maturity index (0–100) of each assessment.">
      {trend.length === 0 ? (
        <Text>No assessment yet.</Text>
      ) : (
        <Chart
          title="Maturity over time"
          summary={`${format.number(trend.length)} assessments${
            first && last && first.index !== null && last.index !== null
              ? `, from ${format.number(first.index, 1)} in ${format.month(first.period)} to ${format.number(last.index, 1)} in ${format.month(last.period)}`
              : ""
          }.`}
          data={data}
          build={lineOption}
          table={{ columns, rows: trend, rowKey: (t) => t.period }}
        />
      )}
    </Section>
  );
}

export function MaturityGapsSection({ view, format }: BoardPageContext) {
  const latest = view.maturity.latest;
  const gaps = useMemo(() => (latest?.dimensions ?? []).filter((d) => d.gap > 0), [latest]);
  const columns: Column<Dimension>[] = [
    { id: "dimension", label: "Dimension", value: (d) => d.label },
    { id: "gap", label: "Levels to go", numeric: true, value: (d) => d.gap, render: (d) => format.number(d.gap) },
    { id: "current", label: "From", value: (d) => d.current, render: (d) => levelName(d.current) },
    { id: "target", label: "To", value: (d) => d.target, render: (d) => levelName(d.target) },
  ];
  return (
    <Section title="Gaps to target" wide description="The dimensions below their target, largest gap first.">
      {gaps.length === 0 ? (
        <Text>{latest ? "Every dimension has reached its target." : "No assessment yet."}</Text>
      ) : (
        <DataTable
          title="Maturity gaps"
          columns={columns}
          rows={gaps}
          rowKey={(d) => d.dimension}
          initialSort={{ column: "gap", direction: "descending" }}
        />
      )}
    </Section>
  );
}
