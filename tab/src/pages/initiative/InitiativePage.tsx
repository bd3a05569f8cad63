import { ShareInTeams } from "../../components/ShareInTeams";
import { useMemo, type ReactNode } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  SkeletonItem,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import { useApiGet } from "../../api/hooks";
import { useSession } from "../../auth/AuthGate";
import { ActivityList } from "../../forms/ActivityList";
import { EditInitiativeButton } from "../../forms/EditInitiativeButton";
import { GateButton } from "../../forms/GateButton";
import { RiskButton } from "../../forms/RiskButton";
import { InitiativeUpdates } from "../../forms/InitiativeUpdates";
import { ObservationButton, ObservationSeriesButton } from "../../forms/ObservationButton";
import { canEditInitiative, canEditRisk, canReportStatus } from "../../forms/types";
import { useCanMoveStage } from "../../forms/useCanMoveStage";
import type { DecisionRight } from "@domain/schemas/governance";
import type { AuditItem, InitiativeDetail, ItemList, MetricItem, RiskItem } from "../../api/types";
import { HealthLabel, StageBadge } from "../../components/cells";
import { DataTable, type Column } from "../../components/DataTable";
import { FigureCard } from "../../components/KpiCard";
import { valueCategoryLabels } from "../../components/labels";
import { Section, SectionGrid } from "../../components/Section";
import { useBoardView } from "../../components/useBoardView";
import { Chart } from "../../charts/Chart";
import { lineOption, type LineInput } from "../../charts/options";
import { useFormat, type Formatters } from "../../format";
import { useRoute } from "../../routing/hashRouter";
import { noSlicers, useSlicers } from "../../routing/slicers";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";
import { pageTitles } from "../../shell/pageTitles";
import { riskColumns } from "../risks/RiskRegister";
import { initiativeHistory, type HistoryEntry } from "./history";
import { metricChart, moneyByMonth, type MoneyMonth } from "./series";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  back: { alignSelf: "flex-start", "@media print": { display: "none" } },
  head: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  facts: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  text: { margin: 0, maxWidth: "80ch", whiteSpace: "pre-wrap" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

const pilotDecisions = { pending: "Pending", scale: "Scale", iterate: "Iterate", stop: "Stop" } as const;

/** The initiative's id from `#/initiatives/<id>`. */
export const initiativeIdOf = (path: string) => decodeURIComponent(path.split("/")[2] ?? "");

function MetricSection({ metric, format, action }: { metric: MetricItem; format: Formatters; action?: ReactNode }) {
  const chart = useMemo(() => metricChart(metric, format), [metric, format]);
  const columns: Column<MetricItem["observations"][number]>[] = [
    { id: "period", label: "Month", value: (o) => o.period, render: (o) => format.month(o.period) },
    { id: "value", label: `Observed (${metric.unit})`, numeric: true, value: (o) => o.value, render: (o) => format.number(o.value, 2) },
    { id: "confidence", label: "Confidence", value: (o) => o.confidence },
  ];
  const latest = metric.observations[metric.observations.length - 1];
  return (
    <Section
      title={metric.name}
      headingLevel={3}
      actions={action}
      description={`From ${format.number(metric.baseline, 2)} ${metric.unit} (${format.month(metric.baselinePeriod)}) to ${format.number(
        metric.target,
        2,
      )} ${metric.unit} by ${format.date(metric.targetDate)}; ${metric.direction === "up" ? "higher" : "lower"} is better.`}
    >
      <Chart
        title={`${metric.name}: observations against trajectory`}
        summary={
          latest
            ? `Latest observation ${format.number(latest.value, 2)} ${metric.unit} in ${format.month(latest.period)}; the trajectory runs from ${format.number(
                metric.baseline,
                2,
              )} to ${format.number(metric.target, 2)}.`
            : "No observation yet."
        }
        data={chart}
        build={lineOption}
        height={240}
        table={{ columns, rows: metric.observations, rowKey: (o) => o.period }}
      />
    </Section>
  );
}

function MoneySection({ initiative, currency, format }: { initiative: InitiativeDetail; currency: string | null; format: Formatters }) {
  const months = useMemo(() => moneyByMonth(initiative), [initiative]);
  const money = useMemo(
    () => (v: number) => (currency ? format.currency(v, currency, { compact: true }) : format.number(v)),
    [currency, format],
  );
  const data = useMemo<LineInput>(
    () => ({
      categories: months.map((m) => format.month(m.period)),
      value: money,
      series: [
        { name: "Cost planned", values: months.map((m) => m.costPlanned), dashed: true },
        { name: "Cost actual", values: months.map((m) => m.costActual) },
        { name: "Benefit planned", values: months.map((m) => m.benefitPlanned), dashed: true },
        { name: "Benefit actual", values: months.map((m) => m.benefitActual) },
      ],
    }),
    [months, format, money],
  );
  const cell = (v: number | null) => (v === null ? "—" : money(v));
  const columns: Column<MoneyMonth>[] = [
    { id: "period", label: "Month", value: (m) => m.period, render: (m) => format.month(m.period) },
    { id: "costPlanned", label: "Cost planned", numeric: true, value: (m) => m.costPlanned, render: (m) => cell(m.costPlanned) },
    { id: "costActual", label: "Cost actual", numeric: true, value: (m) => m.costActual, render: (m) => cell(m.costActual) },
    { id: "benefitPlanned", label: "Benefit planned", numeric: true, value: (m) => m.benefitPlanned, render: (m) => cell(m.benefitPlanned) },
    { id: "benefitActual", label: "Benefit actual", numeric: true, value: (m) => m.benefitActual, render: (m) => cell(m.benefitActual) },
  ];
  return (
    <Section title="Cost and benefit over time" wide description="Per month, as planned and as it turned out.">
      {months.length === 0 ? (
        <Text>No cost or benefit planned yet.</Text>
      ) : (
        <Chart
          title="Cost and benefit over time"
          summary={`${format.number(months.length)} months from ${format.month(months[0]?.period ?? "")} to ${format.month(
            months[months.length - 1]?.period ?? "",
          )}, planned against actual cost and benefit.`}
          data={data}
          build={lineOption}
          table={{ columns, rows: months, rowKey: (m) => m.period }}
        />
      )}
    </Section>
  );
}

export default function InitiativePage() {
  const styles = useStyles();
  const format = useFormat();
  const { path, query } = useRoute();
  const { slicers, hrefFor } = useSlicers();
  const { user } = useSession();
  const id = initiativeIdOf(path);
  const encoded = encodeURIComponent(id);
  const initiative = useApiGet<InitiativeDetail>(`/initiatives/${encoded}`);
  const metrics = useApiGet<ItemList<MetricItem>>(`/metrics?initiativeId=${encoded}`);
  const risks = useApiGet<ItemList<RiskItem>>(`/risks?initiativeId=${encoded}`);
  const audit = useApiGet<ItemList<AuditItem>>(`/audit?entityId=${encoded}`);
  // Stage moves are decided by the Accountable the decision rights name (the API checks the same).
  const decisionRights = useApiGet<ItemList<DecisionRight>>("/decision-rights");
  const movesStage = useCanMoveStage(user, initiative.data, decisionRights.data?.items);
  // The derived figures come from the board view of the same month, over the whole portfolio.
  const whole = useMemo(() => ({ ...noSlicers, period: slicers.period }), [slicers.period]);
  const board = useBoardView(whole);
  const view = board.view;
  const row = view?.initiatives.find((i) => i.id === id);
  const names = useMemo(() => new Map((view?.options.owners ?? []).map((o) => [o.id, o.displayName])), [view]);
  const history = useMemo(() => initiativeHistory(audit.data?.items ?? []), [audit.data]);
  const onMetricChanged = () => {
    metrics.reload();
    board.reload();
  };
  const riskCols = useMemo(() => riskColumns(format, names, new Map([[id, initiative.data?.title ?? id]])), [format, names, id, initiative.data]);

  const from = query.from && pageTitles[query.from] ? query.from : "/board";
  const backHref = hrefFor(from);
  const back = (
    <Button as="a" href={backHref} appearance="subtle" icon={<ArrowLeftRegular />} className={styles.back}>
      Back to {pageTitles[from]}
    </Button>
  );

  if (initiative.error) {
    return (
      <div className={styles.page}>
        {back}
        <ApiErrorMessage error={initiative.error} what="the initiative" onRetry={initiative.reload} />
      </div>
    );
  }
  const i = initiative.data;
  if (!i) {
    return (
      <div className={styles.page} aria-busy>
        {back}
        <SkeletonItem size={32} style={{ width: "40%" }} />
        <SkeletonItem shape="rectangle" style={{ height: 112 }} />
        <SkeletonItem shape="rectangle" style={{ height: 280 }} />
      </div>
    );
  }

  // Check-ins and observations are recorded for the board view's month.
  const checkInPeriod = view?.checkIns.period ?? new Date().toISOString().slice(0, 7);
  const editable = canReportStatus(user, i);
  const money = (v: number) => (view?.currency ? format.currency(v, view.currency, { compact: true }) : format.number(v));
  const riskChanged = () => {
    risks.reload();
    board.reload();
  };
  // The edit column shows only to who may edit one of the risks, and is left out of the CSV otherwise.
  const riskTableColumns: Column<RiskItem>[] = !(risks.data?.items ?? []).some((r) => canEditRisk(user, r, i))
    ? riskCols
    : [
        ...riskCols,
        {
          id: "edit",
          label: "Actions",
          sortable: false,
          value: () => null,
          csv: () => null,
          render: (r) =>
            canEditRisk(user, r, i) ? <RiskButton key={r.etag} initiativeId={i.id} risk={r} onChanged={riskChanged} /> : null,
        },
      ];
  const historyColumns: Column<HistoryEntry>[] = [
    { id: "at", label: "When", value: (h) => h.at, render: (h) => `${format.date(h.at)} ${format.time(h.at)}` },
    { id: "who", label: "Who", value: (h) => names.get(h.actorId) ?? h.actorId },
    { id: "what", label: "What", value: (h) => h.what, sortable: false },
  ];

  return (
    <div className={styles.page}>
      {back}
      <div className={styles.head}>
        <Text as="h1" size={700} weight="semibold" className={styles.title}>
          {i.title}
        </Text>
        <div className={styles.facts}>
          <StageBadge stage={i.stage} />
          <HealthLabel health={i.health} />
          <Text>{i.department}</Text>
          <Text>{valueCategoryLabels[i.valueCategory]}</Text>
          <Text>Outcome owner: {names.get(i.outcomeOwnerId) ?? i.outcomeOwnerId}</Text>
          <Text>Risk owner: {names.get(i.riskOwnerId) ?? i.riskOwnerId}</Text>
          <ShareInTeams initiativeId={i.id} title={i.title} />
          {canEditInitiative(user, i) && (
            <EditInitiativeButton
              key={i.etag}
              initiative={i}
              owners={view?.options.owners ?? []}
              onChanged={() => {
                initiative.reload();
                board.reload();
                audit.reload();
              }}
            />
          )}
          {movesStage && (
            <GateButton
              key={i.etag}
              initiativeId={i.id}
              title={i.title}
              stage={i.stage}
              duplicates={(view?.duplicates ?? []).flatMap((d) => (d.a.id === i.id ? [d.b] : d.b.id === i.id ? [d.a] : []))}
              names={names}
              onChanged={() => {
                initiative.reload();
                board.reload();
                audit.reload();
              }}
            />
          )}
        </div>
        {i.problemStatement && (
          <Text as="p" className={styles.text}>
            {i.problemStatement}
          </Text>
        )}
      </div>

      {board.error && <ApiErrorMessage error={board.error} what="the initiative's figures" onRetry={board.reload} />}
      <section aria-label="Figures">
        <SectionGrid cards>
          <FigureCard label="ROI to date" value={row ? (row.roi === null ? "Not measured yet" : format.percent(row.roi)) : "…"} />
          <FigureCard
            label="Value realised"
            value={row ? (row.valueRealisation === null ? "Nothing planned yet" : format.percent(row.valueRealisation)) : "…"}
            detail={row ? `${money(row.benefitToDate)} of ${money(row.plannedBenefitToDate)} planned to date` : undefined}
          />
          <FigureCard label="Cost to date" value={row ? money(row.costToDate) : "…"} />
          <FigureCard
            label="NPV"
            value={row ? money(row.npv) : "…"}
            detail={view ? `Over the whole plan at ${format.percent(view.finance.discountRate)}` : undefined}
          />
          <FigureCard label="Payback" value={row ? (row.paybackMonth ? format.month(row.paybackMonth) : "Not within the plan") : "…"} />
          <FigureCard
            label="Latest status"
            value={row ? (row.latestStatus ? row.latestStatus.rag[0]?.toUpperCase() + row.latestStatus.rag.slice(1) : "No update yet") : "…"}
            detail={row?.latestStatus ? `Monthly check-in of ${format.month(row.latestStatus.period)}` : undefined}
          />
        </SectionGrid>
      </section>

      {i.pilot && (
        <Section title="Pilot" wide>
          <Text as="p" className={styles.text}>
            <strong>Hypothesis:</strong> {i.pilot.hypothesis}
          </Text>
          {i.pilot.exitCriteria.length > 0 && (
            <ul className={styles.list} aria-label="Exit criteria">
              {i.pilot.exitCriteria.map((c) => (
                <li key={c.description}>{c.description}</li>
              ))}
            </ul>
          )}
          <Text>
            Budget cap {money(i.pilot.budgetCap)} · Decision due {format.date(i.pilot.decisionDate)} · Decision:{" "}
            {pilotDecisions[i.pilot.decision]}
          </Text>
        </Section>
      )}

      <Section title="Success metrics" wide description="Each metric's observations against its planned trajectory from baseline to target.">
        {metrics.error ? (
          <ApiErrorMessage error={metrics.error} what="the metrics" onRetry={metrics.reload} />
        ) : metrics.loading ? (
          <SkeletonItem shape="rectangle" style={{ height: 240 }} />
        ) : (metrics.data?.items ?? []).length === 0 ? (
          <Text>No success metric defined yet.</Text>
        ) : (
          <SectionGrid>
            {metrics.data?.items.map((m) => (
              <MetricSection
                key={m.id}
                metric={m}
                format={format}
                action={
                  editable && (
                    <>
                      <ObservationButton key={m.etag} metric={m} period={checkInPeriod} onChanged={onMetricChanged} />
                      <ObservationSeriesButton key={`series-${m.etag}`} metric={m} onChanged={onMetricChanged} />
                    </>
                  )
                }
              />
            ))}
          </SectionGrid>
        )}
      </Section>

      <MoneySection initiative={i} currency={view?.currency ?? null} format={format} />

      <Section
        title="Risks"
        wide
        actions={(canEditInitiative(user, i) || i.riskOwnerId === user.id) && <RiskButton initiativeId={i.id} onChanged={riskChanged} />}
      >
        {risks.error ? (
          <ApiErrorMessage error={risks.error} what="the risks" onRetry={risks.reload} />
        ) : (
          <DataTable
            title={`Risks of ${i.title}`}
            columns={riskTableColumns}
            rows={risks.data?.items ?? []}
            rowKey={(r) => r.id}
            loading={risks.loading}
            minWidth={1200}
            empty="No risk recorded."
          />
        )}
      </Section>

      <InitiativeUpdates
        key={i.etag}
        initiativeId={i.id}
        title={i.title}
        period={checkInPeriod}
        canEdit={editable}
        names={names}
        onSaved={() => {
          board.reload();
          audit.reload();
        }}
      />

      <Section title="Stage and gate history" wide description="What changed, when and by whom, from the audit log.">
        {audit.error ? (
          <ApiErrorMessage error={audit.error} what="the history" onRetry={audit.reload} />
        ) : (
          <DataTable
            title="Stage and gate history"
            columns={historyColumns}
            rows={history}
            rowKey={(h) => `${h.at}:${h.what}`}
            loading={audit.loading}
            empty="No recorded change yet."
          />
        )}
      </Section>
      <ActivityList key={`${i.etag}:${audit.data?.items[0]?.seq ?? 0}`} entityId={i.id} names={names} />
      {row === undefined && view && (
        <MessageBar intent="warning">
          <MessageBarBody>This initiative is not part of the board view of {format.month(view.asOf)}.</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
