import { useMemo } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { DuplicateCandidate, FunnelStage, InitiativeRow, ValueFeasibilityPoint } from "../../../api/types";
import type { BoardPageContext } from "../../../components/BoardFrame";
import { HealthLabel, OpenRisks, Ratio, StageBadge } from "../../../components/cells";
import { DataTable, type Column } from "../../../components/DataTable";
import { InitiativeLink, initiativePath } from "../../../components/InitiativeLink";
import { healthLabels, stageLabels } from "../../../components/labels";
import { FilterButton } from "../../../components/FilterButton";
import { Section } from "../../../components/Section";
import { Chart } from "../../../charts/Chart";
import { funnelOption, scatterOption, type FunnelDatum, type ScatterInput } from "../../../charts/options";
import type { Formatters } from "../../../format";
import { navigate } from "../../../routing/hashRouter";

/** Stage funnel: click a stage to make it the stage slicer. */
export function StageFunnelSection({ view, format, crossFilter }: BoardPageContext) {
  const data = useMemo<FunnelDatum[]>(
    () => view.stageFunnel.map((s) => ({ label: stageLabels[s.stage], count: s.count, reached: s.reached })),
    [view.stageFunnel],
  );
  const top = view.stageFunnel[0]?.reached ?? 0;
  const production = view.stageFunnel.find((s) => s.stage === "production")?.reached ?? 0;
  const columns: Column<FunnelStage>[] = [
    {
      id: "stage",
      label: "Stage",
      value: (s) => stageLabels[s.stage],
      sortable: false,
      render: (s) => <FilterButton label={stageLabels[s.stage]} slicer="stage" onClick={() => crossFilter("stage", s.stage)} />,
    },
    { id: "count", label: "Initiatives now", value: (s) => s.count, numeric: true, render: (s) => format.number(s.count) },
    { id: "reached", label: "Reached this stage", value: (s) => s.reached, numeric: true, render: (s) => format.number(s.reached) },
  ];
  return (
    <Section title="Stage funnel" description="How far the initiatives have come. Select a stage to filter the board by it.">
      <Chart
        title="Stage funnel"
        summary={`${format.number(top)} initiatives on the path; ${format.number(production)} reached production. ${data
          .map((d) => `${d.label} ${format.number(d.count)}`)
          .join(", ")}.`}
        data={data}
        build={funnelOption}
        onSelect={({ dataIndex }) => {
          const stage = view.stageFunnel[dataIndex]?.stage;
          if (stage) crossFilter("stage", stage);
        }}
        table={{ columns, rows: view.stageFunnel, rowKey: (s) => s.stage }}
      />
    </Section>
  );
}

export function ownerNames(view: BoardPageContext["view"]): Map<string, string> {
  return new Map(view.options.owners.map((o) => [o.id, o.displayName]));
}

export function initiativeColumns(
  format: Formatters,
  names: ReadonlyMap<string, string>,
  currency: string | null,
): Column<InitiativeRow>[] {
  const money = (v: number) => (currency ? format.currency(v, currency, { compact: true }) : format.number(v));
  return [
    {
      id: "title",
      label: "Initiative",
      value: (i) => i.title,
      render: (i) => (
        <span style={{ display: "inline-block", minWidth: 200 }}>
          <InitiativeLink id={i.id} title={i.title} />
        </span>
      ),
    },
    { id: "department", label: "Department", value: (i) => i.department },
    { id: "stage", label: "Stage", value: (i) => stageLabels[i.stage], render: (i) => <StageBadge stage={i.stage} /> },
    { id: "health", label: "Health", value: (i) => healthLabels[i.health], render: (i) => <HealthLabel health={i.health} /> },
    { id: "owner", label: "Outcome owner", value: (i) => names.get(i.outcomeOwnerId) ?? i.outcomeOwnerId },
    { id: "roi", label: "ROI", numeric: true, value: (i) => i.roi, render: (i) => <Ratio value={i.roi} format={format} /> },
    {
      id: "valueRealisation",
      label: "Value realised",
      numeric: true,
      value: (i) => i.valueRealisation,
      render: (i) => <Ratio value={i.valueRealisation} format={format} />,
    },
    { id: "cost", label: "Cost to date", numeric: true, value: (i) => i.costToDate, render: (i) => money(i.costToDate) },
    { id: "score", label: "Priority score", numeric: true, value: (i) => i.priorityScore, render: (i) => format.number(i.priorityScore) },
    {
      id: "risks",
      label: "Open risks",
      numeric: true,
      value: (i) => i.openRisks,
      render: (i) => <OpenRisks count={i.openRisks} band={i.highestOpenBand} format={format} />,
    },
    { id: "overdue", label: "Overdue mitigations", numeric: true, value: (i) => i.overdueMitigations, render: (i) => format.number(i.overdueMitigations) },
  ];
}

export function InitiativesSection({
  view,
  format,
  title = "Initiatives",
  rows,
  pageSize = 10,
}: BoardPageContext & { title?: string; rows?: readonly InitiativeRow[]; pageSize?: number }) {
  const names = useMemo(() => ownerNames(view), [view]);
  const columns = useMemo(() => initiativeColumns(format, names, view.currency), [format, names, view.currency]);
  const list = rows ?? view.initiatives;
  return (
    <Section
      title={title}
      wide
      description="Highest priority first. Select an initiative for its metrics, money, risks and history."
    >
      <DataTable
        title={title}
        columns={columns}
        rows={list}
        rowKey={(i) => i.id}
        pageSize={pageSize}
        minWidth={1100}
        empty="No initiative in scope."
      />
    </Section>
  );
}

const useFinanceStyles = makeStyles({
  list: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** NPV, lifetime ROI, payback and hard-only ROI of the initiatives in scope. */
export function FinanceSection({ view, format }: BoardPageContext) {
  const styles = useFinanceStyles();
  const f = view.finance;
  const money = (v: number) => (view.currency ? format.currency(v, view.currency, { compact: true }) : format.number(v));
  const items: [string, string][] = [
    [`NPV at ${format.percent(f.discountRate)}`, money(f.npv)],
    ["ROI over the whole plan", f.lifetimeRoi === null ? "Not planned yet" : format.percent(f.lifetimeRoi)],
    ["Payback month", f.paybackMonth ? format.month(f.paybackMonth) : "Not within the plan"],
    ["ROI on hard benefits only", f.hardOnlyRoi === null ? "Not measured yet" : format.percent(f.hardOnlyRoi)],
    ["Hard benefits to date", `${money(f.benefitsToDate.hard.actual)} (plan ${money(f.benefitsToDate.hard.planned)})`],
    ["Soft benefits to date", `${money(f.benefitsToDate.soft.actual)} (plan ${money(f.benefitsToDate.soft.planned)})`],
  ];
  return (
    <Section title="Return on investment" description="The money of the initiatives in scope, from their cost and benefit lines.">
      <dl className={styles.list}>
        {items.map(([term, value]) => (
          <div key={term} className={styles.item}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

/** Value × feasibility: click a point to open the initiative. */
export function ValueFeasibilitySection({ view, format, hrefFor }: BoardPageContext) {
  const input = useMemo<ScatterInput & { byGroup: ValueFeasibilityPoint[][] }>(() => {
    const groups = [...new Set(view.valueFeasibility.map((p) => stageLabels[p.stage]))];
    const byGroup = groups.map((g) => view.valueFeasibility.filter((p) => stageLabels[p.stage] === g));
    return {
      xName: "Feasibility",
      yName: "Value",
      groups,
      byGroup,
      points: view.valueFeasibility.map((p) => ({
        title: p.title,
        x: p.feasibility,
        y: p.value,
        size: p.priorityScore,
        group: stageLabels[p.stage],
      })),
    };
  }, [view.valueFeasibility]);
  const top = view.initiatives[0];
  const columns: Column<ValueFeasibilityPoint>[] = [
    { id: "title", label: "Initiative", value: (p) => p.title, render: (p) => <InitiativeLink id={p.id} title={p.title} /> },
    { id: "department", label: "Department", value: (p) => p.department },
    { id: "stage", label: "Stage", value: (p) => stageLabels[p.stage] },
    { id: "value", label: "Value", numeric: true, value: (p) => p.value, render: (p) => format.number(p.value, 1) },
    { id: "feasibility", label: "Feasibility", numeric: true, value: (p) => p.feasibility, render: (p) => format.number(p.feasibility, 1) },
    { id: "score", label: "Priority score", numeric: true, value: (p) => p.priorityScore, render: (p) => format.number(p.priorityScore) },
  ];
  return (
    <Section
      title="Value × feasibility"
      description="Each initiative by the value it promises and how feasible it is (1–5), sized by its priority score. Select a point to open it."
    >
      <Chart
        title="Value × feasibility"
        summary={`${format.number(view.valueFeasibility.length)} initiatives plotted by value and feasibility.${
          top ? ` Highest priority: ${top.title}, score ${format.number(top.priorityScore)}.` : ""
        }`}
        data={input}
        build={scatterOption}
        height={340}
        onSelect={({ seriesIndex, dataIndex }) => {
          const point = input.byGroup[seriesIndex]?.[dataIndex];
          if (point) navigate(hrefFor(initiativePath(point.id), { from: "/priorities" }));
        }}
        table={{ columns, rows: view.valueFeasibility, rowKey: (p) => p.id }}
      />
    </Section>
  );
}

/** Initiatives in different departments that look like the same investment. */
export function DuplicatesSection({ view, format }: BoardPageContext) {
  const columns: Column<DuplicateCandidate>[] = [
    { id: "a", label: "Initiative", value: (d) => d.a.title, render: (d) => <InitiativeLink id={d.a.id} title={d.a.title} /> },
    { id: "aDept", label: "Department", value: (d) => d.a.department },
    { id: "b", label: "Looks like", value: (d) => d.b.title, render: (d) => <InitiativeLink id={d.b.id} title={d.b.title} /> },
    { id: "bDept", label: "Its department", value: (d) => d.b.department },
    { id: "similarity", label: "Similarity", numeric: true, value: (d) => d.similarity, render: (d) => format.percent(d.similarity) },
    { id: "terms", label: "Shared terms", value: (d) => d.sharedTerms.join(", "), sortable: false },
  ];
  return (
    <Section
      title="Duplicate candidates"
      wide
      description="Pairs of initiatives in different departments whose descriptions overlap: candidates to merge or to share a platform."
    >
      {view.duplicates.length === 0 ? (
        <Text>No likely duplicates among the initiatives in scope.</Text>
      ) : (
        <DataTable
          title="Duplicate candidates"
          columns={columns}
          rows={view.duplicates}
          rowKey={(d) => `${d.a.id}:${d.b.id}`}
          initialSort={{ column: "similarity", direction: "descending" }}
          minWidth={900}
        />
      )}
    </Section>
  );
}
