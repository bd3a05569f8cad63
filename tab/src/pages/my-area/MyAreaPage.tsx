import { useMemo } from "react";
import { Badge, Button, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { useSession } from "../../auth/AuthGate";
import { useApiGet } from "../../api/hooks";
import type { AlignmentResponseItem, InitiativeRow, ItemList, RiskItem } from "../../api/types";
import { DataTable, type Column } from "../../components/DataTable";
import { HealthLabel } from "../../components/cells";
import { InitiativeLink } from "../../components/InitiativeLink";
import { FigureCard } from "../../components/KpiCard";
import { WhatToUpdate } from "../../forms/WhatToUpdate";
import { SurveyButton } from "../../forms/SurveyButton";
import { answersSurvey, quarterOf, surveyPriorities } from "../../forms/surveyCycle";
import { Section, SectionGrid } from "../../components/Section";
import { useBoardView } from "../../components/useBoardView";
import { useFormat } from "../../format";
import { buildHash } from "../../routing/hashRouter";
import { noSlicers, useSlicers } from "../../routing/slicers";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";
import { PageHeader } from "../../shell/PageHeader";
import { initiativeColumns, ownerNames } from "../board/sections/Portfolio";
import { riskColumns } from "../risks/RiskRegister";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  survey: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  cycles: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export { quarterOf };

interface CycleStatus {
  cycle: string;
  answered: number;
  current: boolean;
}

/**
 * The survey cycles this executive still has to answer: the current quarter, and any earlier cycle
 * others answered and they did not (fully).
 */
export function openCycles(
  responses: readonly Pick<AlignmentResponseItem, "cycle" | "executiveId" | "priorityId">[],
  me: string,
  today: string,
  priorities: number,
): CycleStatus[] {
  const current = quarterOf(today);
  const cycles = new Set([current, ...responses.map((r) => r.cycle)]);
  return [...cycles]
    .sort()
    .reverse()
    .map((cycle) => ({
      cycle,
      current: cycle === current,
      answered: new Set(responses.filter((r) => r.cycle === cycle && r.executiveId === me).map((r) => r.priorityId)).size,
    }))
    .filter((c) => c.answered < Math.max(1, priorities));
}

/** My area: what the signed-in executive owns and still has to do. */
export default function MyAreaPage() {
  const styles = useStyles();
  const format = useFormat();
  const { user } = useSession();
  const me = user.id;
  const { slicers } = useSlicers();
  // The whole board of the month: my rows are picked from it, and every initiative a risk of mine
  // points at has its title.
  const whole = useMemo(() => ({ ...noSlicers, period: slicers.period }), [slicers.period]);
  const board = useBoardView(whole);
  const risks = useApiGet<ItemList<RiskItem>>(`/risks?ownerId=${encodeURIComponent(me)}`);
  const responses = useApiGet<ItemList<AlignmentResponseItem>>("/alignment-responses");
  const view = board.view;

  const outcomeInitiatives = useMemo(() => (view?.initiatives ?? []).filter((i) => i.outcomeOwnerId === me), [view, me]);
  const attention = useMemo(
    () =>
      (view?.initiatives ?? []).filter(
        (i) =>
          (i.outcomeOwnerId === me || i.riskOwnerId === me) &&
          (i.overdueMitigations > 0 || i.metrics.behind > 0 || i.health === "off-track"),
      ),
    [view, me],
  );
  const myRow = view?.owners.find((o) => o.ownerId === me);
  // This month's check-ins of my initiatives that are overdue.
  const lateCheckIns = useMemo(() => (view?.checkIns?.late ?? []).filter((c) => c.outcomeOwnerId === me), [view, me]);
  const names = useMemo(() => (view ? ownerNames(view) : new Map<string, string>()), [view]);
  const titles = useMemo(() => new Map((view?.initiatives ?? []).map((i) => [i.id, i.title])), [view]);
  const columns = useMemo(() => initiativeColumns(format, names, view?.currency ?? null), [format, names, view]);
  const riskCols = useMemo(() => riskColumns(format, names, titles), [format, names, titles]);
  const cycles = useMemo(
    () =>
      view && responses.data ? openCycles(responses.data.items, me, view.today, view.options.priorities.length) : [],
    [view, responses.data, me],
  );

  const attentionColumns: Column<InitiativeRow>[] = [
    { id: "title", label: "Initiative", value: (i) => i.title, render: (i) => <InitiativeLink id={i.id} title={i.title} /> },
    { id: "health", label: "Health", value: (i) => i.health, render: (i) => <HealthLabel health={i.health} /> },
    { id: "overdue", label: "Overdue mitigations", numeric: true, value: (i) => i.overdueMitigations },
    { id: "behind", label: "Metrics behind plan", numeric: true, value: (i) => i.metrics.behind },
    {
      id: "role",
      label: "My role",
      value: (i) => (i.outcomeOwnerId === me ? "Outcome owner" : "Risk owner"),
    },
  ];

  const surveyActions = view && (
    <div className={styles.survey}>
      {answersSurvey(user) && (
        <SurveyButton
          cycle={quarterOf(view.today)}
          priorities={surveyPriorities(view.options.priorities)}
          executiveId={me}
          onChanged={responses.reload}
        />
      )}
      <Link href={buildHash("/alignment")}>See where the leadership stands</Link>
    </div>
  );

  return (
    <div className={styles.page}>
      <PageHeader
        title="My area"
        lead={`${user.name}: the initiatives whose outcome you own, the risks you own, what is overdue and the surveys waiting for your answer.`}
      />
      {board.error && <ApiErrorMessage error={board.error} what="your initiatives" onRetry={board.reload} />}
      <SectionGrid cards>
        <FigureCard label="My initiatives" value={view ? format.number(outcomeInitiatives.length) : "…"} detail="As outcome owner" />
        <FigureCard label="My open risks" value={myRow ? format.number(myRow.openRisks) : view ? "0" : "…"} detail="As risk owner" />
        <FigureCard label="My overdue mitigations" value={myRow ? format.number(myRow.overdueMitigations) : view ? "0" : "…"} />
        <FigureCard label="Surveys to answer" value={view && responses.data ? format.number(cycles.length) : "…"} />
      </SectionGrid>

      <Section title="Needs my attention" wide description="My initiatives with overdue mitigations, metrics behind their trajectory or off track.">
        {lateCheckIns.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Monthly check-ins overdue:</MessageBarTitle>{" "}
              {lateCheckIns.map((c, k) => (
                <span key={c.initiativeId}>
                  {k > 0 && ", "}
                  <InitiativeLink id={c.initiativeId} title={c.title} />
                </span>
              ))}
              .
            </MessageBarBody>
          </MessageBar>
        )}
        {view && attention.length === 0 ? (
          <Text>Nothing overdue or off track.</Text>
        ) : (
          <DataTable title="Needs my attention" columns={attentionColumns} rows={attention} rowKey={(i) => i.id} loading={!view} />
        )}
      </Section>

      {view && (
        <Section
          title="What to update"
          wide
          description={`The monthly check-ins of ${format.month(view.checkIns.period)} you still owe, due by ${format.date(view.checkIns.dueBy)}.`}
        >
          <WhatToUpdate checkIns={view.checkIns} me={me} onSaved={board.reload} />
        </Section>
      )}

      <Section title="Initiatives I own" wide description="Initiatives whose outcome you are accountable for.">
        <DataTable
          title="Initiatives I own"
          columns={columns}
          rows={outcomeInitiatives}
          rowKey={(i) => i.id}
          loading={!view && !board.error}
          minWidth={1100}
          empty="You are not the outcome owner of any initiative."
        />
      </Section>

      <Section title="Risks I own" wide description="Governance risks you are the owner of, on any initiative or organisation-wide.">
        {risks.error ? (
          <ApiErrorMessage error={risks.error} what="your risks" onRetry={risks.reload} />
        ) : (
          <DataTable
            title="Risks I own"
            columns={riskCols}
            rows={risks.data?.items ?? []}
            rowKey={(r) => r.id}
            loading={risks.loading}
            minWidth={1200}
            initialSort={{ column: "likelihood", direction: "descending" }}
            empty="You own no risk."
          />
        )}
      </Section>

      <Section title="Alignment surveys" wide description="Each quarter every executive rates how important each business priority is.">
        {responses.error ? (
          <ApiErrorMessage error={responses.error} what="the survey answers" onRetry={responses.reload} />
        ) : !view || !responses.data ? (
          <Text>Loading…</Text>
        ) : cycles.length === 0 ? (
          <>
            <Text>You have answered every survey cycle. Thank you.</Text>
            {surveyActions}
          </>
        ) : (
          <>
            <ul className={styles.cycles} aria-label="Survey cycles waiting for your answer">
              {cycles.map((c) => (
                <li key={c.cycle}>
                  <Text weight="semibold">Survey {c.cycle}</Text>{" "}
                  {c.current && (
                    <Badge appearance="tint" color="brand" shape="rounded">
                      Open now
                    </Badge>
                  )}{" "}
                  <Text>
                    {c.answered === 0
                      ? "not answered yet"
                      : `${format.number(c.answered)} of ${format.number(view.options.priorities.length)} priorities answered`}
                  </Text>
                </li>
              ))}
            </ul>
            {surveyActions}
          </>
        )}
      </Section>
      <div>
        <Button as="a" href={buildHash("/board")} appearance="subtle">
          Go to the whole board
        </Button>
      </div>
    </div>
  );
}
