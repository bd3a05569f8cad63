import type { AlignmentRow } from "../../api/types";
import { useSession } from "../../auth/AuthGate";
import { SurveyButton } from "../../forms/SurveyButton";
import { answersSurvey, quarterOf, surveyPriorities } from "../../forms/surveyCycle";
import { BoardFrame } from "../../components/BoardFrame";
import { DataTable, type Column } from "../../components/DataTable";
import { FigureCard, KpiCard } from "../../components/KpiCard";
import { valueCategoryLabels } from "../../components/labels";
import { Section, SectionGrid } from "../../components/Section";
import { AlignmentSection } from "../board/sections/Alignment";

const outcomeKeys = Object.keys(valueCategoryLabels) as (keyof typeof valueCategoryLabels)[];

export default function AlignmentPage() {
  const { user } = useSession();
  return (
    <BoardFrame
      title="Alignment"
      lead="Whether the leadership agrees on what matters: per business priority, how important each executive rates it and what outcome they expect."
    >
      {(ctx) => {
        const { view, format, reload } = ctx;
        const k = view.kpis.alignmentIndex;
        const flagged = view.alignment.priorities.filter((p) => p.disagreement).length;
        const outcomeColumns: Column<AlignmentRow>[] = [
          { id: "priority", label: "Business priority", value: (r) => r.title },
          ...outcomeKeys.map<Column<AlignmentRow>>((key) => ({
            id: key,
            label: valueCategoryLabels[key],
            numeric: true,
            value: (r) => r.expectedOutcomes[key],
          })),
        ];
        return (
          <>
            {answersSurvey(user) && (
              <div>
                <SurveyButton
                  cycle={quarterOf(view.today)}
                  priorities={surveyPriorities(view.options.priorities)}
                  executiveId={user.id}
                  onChanged={() => reload?.()}
                />
              </div>
            )}
            <SectionGrid cards>
              <KpiCard
                label="Alignment index"
                value={k.value === null ? "No survey answers yet" : format.percent(k.value)}
                delta={{ value: k.delta, text: k.delta === null ? null : format.points(k.delta), better: "up" }}
                comparedWith={k.comparedWith ? `survey ${k.comparedWith}` : null}
              />
              <FigureCard
                label="Disagreements flagged"
                value={format.number(flagged)}
                detail="Priorities whose ratings are spread widely"
              />
            </SectionGrid>
            <AlignmentSection {...ctx} />
            {view.alignment.cycle && (
              <Section title="Expected outcomes" wide description="How many executives expect each kind of outcome from each priority.">
                <DataTable
                  title="Expected outcomes per priority"
                  columns={outcomeColumns}
                  rows={view.alignment.priorities}
                  rowKey={(r) => r.priorityId}
                />
              </Section>
            )}
          </>
        );
      }}
    </BoardFrame>
  );
}
