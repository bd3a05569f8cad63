import { useMemo } from "react";
import type { GateDecision } from "@domain/schemas/governance";
import { useApiGet } from "../api/hooks";
import type { ItemList } from "../api/types";
import { stageLabels } from "../components/labels";
import { DataTable, type Column } from "../components/DataTable";
import { Section } from "../components/Section";
import { useFormat } from "../format";
import { ApiErrorMessage } from "../shell/ApiErrorMessage";
import { StatusUpdateButton } from "./StatusUpdateButton";
import type { StatusUpdateItem } from "./types";

const ragNames = { green: "Green", amber: "Amber", red: "Red" } as const;

export interface InitiativeUpdatesProps {
  initiativeId: string;
  title: string;
  /** The month a new check-in reports on, YYYY-MM. */
  period: string;
  canEdit: boolean;
  names: ReadonlyMap<string, string>;
  /** After a save: refetch what shows the update (the board view). */
  onSaved: () => void;
}

/** The initiative's monthly status updates (with the form to record one) and its gate decisions. */
export function InitiativeUpdates({ initiativeId, title, period, canEdit, names, onSaved }: InitiativeUpdatesProps) {
  const format = useFormat();
  const encoded = encodeURIComponent(initiativeId);
  const updates = useApiGet<ItemList<StatusUpdateItem>>(`/status-updates?initiativeId=${encoded}`);
  const gates = useApiGet<ItemList<GateDecision>>(`/initiatives/${encoded}/gates`);
  const rows = useMemo(() => [...(updates.data?.items ?? [])].sort((a, b) => b.period.localeCompare(a.period)), [updates.data]);
  const existing = rows.find((u) => u.period === period);

  const updateColumns: Column<StatusUpdateItem>[] = [
    { id: "period", label: "Month", value: (u) => u.period, render: (u) => format.month(u.period) },
    { id: "rag", label: "Status", value: (u) => u.rag, render: (u) => ragNames[u.rag] },
    { id: "narrative", label: "Narrative", value: (u) => u.narrative, sortable: false },
    { id: "blockers", label: "Blockers", value: (u) => u.blockers || "—", sortable: false },
    { id: "decisions", label: "Decisions needed", value: (u) => u.decisionsNeeded || "—", sortable: false },
  ];
  const gateColumns: Column<GateDecision>[] = [
    { id: "at", label: "When", value: (g) => g.decidedAt, render: (g) => format.date(g.decidedAt) },
    { id: "move", label: "Move", value: (g) => `${stageLabels[g.from]} → ${stageLabels[g.to]}`, sortable: false },
    { id: "by", label: "Decided by", value: (g) => names.get(g.decidedBy) ?? g.decidedBy },
    { id: "rationale", label: "Rationale", value: (g) => g.rationale, sortable: false },
  ];

  return (
    <>
      <Section
        title="Status updates"
        wide
        description="The monthly check-ins: RAG status, narrative, blockers and decisions needed."
        actions={
          canEdit && !updates.loading && !updates.error ? (
            <StatusUpdateButton
              key={existing?.etag ?? "new"}
              initiativeId={initiativeId}
              title={title}
              period={period}
              existing={existing}
              onChanged={() => {
                updates.reload();
                onSaved();
              }}
            />
          ) : undefined
        }
      >
        {updates.error ? (
          <ApiErrorMessage error={updates.error} what="the status updates" onRetry={updates.reload} />
        ) : (
          <DataTable
            title={`Status updates of ${title}`}
            columns={updateColumns}
            rows={rows}
            rowKey={(u) => u.period}
            loading={updates.loading}
            empty="No status update yet."
          />
        )}
      </Section>
      <Section title="Gate decisions" wide description="Each stage move, who decided it and why.">
        {gates.error ? (
          <ApiErrorMessage error={gates.error} what="the gate decisions" onRetry={gates.reload} />
        ) : (
          <DataTable
            title={`Gate decisions of ${title}`}
            columns={gateColumns}
            rows={gates.data?.items ?? []}
            rowKey={(g) => `${g.decidedAt}:${g.to}`}
            loading={gates.loading}
            empty="No gate decision yet."
          />
        )}
      </Section>
    </>
  );
}
