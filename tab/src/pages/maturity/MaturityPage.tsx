import { useMemo, useState } from "react";
import { useApiGet } from "../../api/hooks";
import { useSession } from "../../auth/AuthGate";
import { AssessmentButton } from "../../forms/AssessmentButton";
import type { AssessmentItem, ItemList } from "../../api/types";
import { BoardFrame } from "../../components/BoardFrame";
import { DataTable, type Column } from "../../components/DataTable";
import { Section, SectionGrid } from "../../components/Section";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";
import { MaturityGapsSection, MaturityRadarSection, MaturityTrendSection, maturityLevels } from "../board/sections/Maturity";

type DimensionEvidence = AssessmentItem["dimensions"][number] & { label: string };

/**
 * The evidence behind the latest assessment, dimension by dimension; `onEdited`, for who may
 * change it (the portfolio office), offers "Edit assessment".
 */
function EvidenceSection({
  period,
  labels,
  onEdited,
}: {
  period: string;
  labels: ReadonlyMap<string, string>;
  onEdited?: () => void;
}) {
  const assessments = useApiGet<ItemList<AssessmentItem>>("/maturity-assessments");
  const latest = assessments.data?.items.find((a) => a.period === period);
  const rows = useMemo<DimensionEvidence[]>(
    () => (latest?.dimensions ?? []).map((d) => ({ ...d, label: labels.get(d.dimension) ?? d.dimension })),
    [latest, labels],
  );
  const columns: Column<DimensionEvidence>[] = [
    { id: "dimension", label: "Dimension", value: (d) => d.label },
    { id: "current", label: "Current", value: (d) => d.current, render: (d) => `${d.current} ${maturityLevels[d.current - 1]}` },
    { id: "target", label: "Target", value: (d) => d.target, render: (d) => `${d.target} ${maturityLevels[d.target - 1]}` },
    { id: "evidence", label: "Evidence", value: (d) => d.evidence || null, sortable: false },
  ];
  return (
    <Section
      title="Evidence"
      wide
      description="What the latest assessment rests on."
      actions={latest && onEdited && <AssessmentButton key={latest.etag} assessment={latest} onChanged={onEdited} />}
    >
      {assessments.error ? (
        <ApiErrorMessage error={assessments.error} what="the assessments" onRetry={assessments.reload} />
      ) : (
        <DataTable
          title="Maturity evidence"
          columns={columns}
          rows={rows}
          rowKey={(d) => d.dimension}
          loading={assessments.loading}
          empty="No evidence recorded."
        />
      )}
    </Section>
  );
}

export default function MaturityPage() {
  const { user } = useSession();
  // Bumped after an assessment is recorded or changed: the evidence section mounts again and reads it anew.
  const [version, setVersion] = useState(0);
  const manages = user.roles.includes("Portfolio.Manager");
  return (
    <BoardFrame
      title="Maturity"
      lead="How ready the organisation is for AI on seven dimensions, against the level it aims for, and how that has moved."
    >
      {(ctx) => {
        const latest = ctx.view.maturity.latest;
        const changed = () => {
          setVersion((v) => v + 1);
          ctx.reload?.();
        };
        return (
          <>
            {manages && (
              <div>
                <AssessmentButton period={ctx.view.today.slice(0, 7)} onChanged={changed} />
              </div>
            )}
            <SectionGrid>
              <MaturityRadarSection {...ctx} />
              <MaturityTrendSection {...ctx} />
              <MaturityGapsSection {...ctx} />
            </SectionGrid>
            {latest && (
              <EvidenceSection
                key={version}
                period={latest.period}
                labels={new Map(latest.dimensions.map((d) => [d.dimension, d.label]))}
                onEdited={manages ? changed : undefined}
              />
            )}
          </>
        );
      }}
    </BoardFrame>
  );
}
