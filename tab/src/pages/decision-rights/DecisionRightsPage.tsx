import { lazy, Suspense, useMemo, useState } from "react";
import { Button, makeStyles, Skeleton, SkeletonItem, tokens } from "@fluentui/react-components";
import { EditRegular } from "@fluentui/react-icons";
import { decisionTypes, type DecisionType } from "@domain/schemas/governance";
import { useApiGet } from "../../api/hooks";
import type { ItemList } from "../../api/types";
import { useSession } from "../../auth/AuthGate";
import { DataTable, type Column } from "../../components/DataTable";
import { decisionTypeLabels } from "../../components/governanceLabels";
import { Section } from "../../components/Section";
import { PersonName } from "../../graph/PersonName";
import type { KnownPerson } from "../../graph/usePeople";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";
import { PageHeader } from "../../shell/PageHeader";
import { managesGovernance, useStrategyPeople } from "../strategy/strategyPeople";
import type { StoredDecisionRight } from "./DecisionRightDialog";

// The form and the zod schema it validates with load only when someone opens it.
const DecisionRightDialog = lazy(() => import("./DecisionRightDialog"));

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  people: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** One row per decision type, whether or not its decision right is set. */
export interface RaciRow {
  decisionType: DecisionType;
  right: StoredDecisionRight | undefined;
}

function People({ ids, known }: { ids: readonly string[]; known: readonly KnownPerson[] | null }) {
  const styles = useStyles();
  if (ids.length === 0) return <span className={styles.muted}>—</span>;
  return (
    <span className={styles.people}>
      {ids.map((id) => (
        <PersonName key={id} id={id} people={known} />
      ))}
    </span>
  );
}

function raciColumns(
  known: readonly KnownPerson[] | null,
  names: ReadonlyMap<string, string>,
  edit: ((row: RaciRow) => void) | undefined,
): Column<RaciRow>[] {
  const named = (ids: readonly string[]) => (ids.length ? ids.map((id) => names.get(id) ?? id).join("; ") : null);
  const people = (id: string, label: string, of: (r: StoredDecisionRight) => readonly string[]): Column<RaciRow> => ({
    id,
    label,
    value: (row) => (row.right ? named(of(row.right)) : null),
    render: (row) => <People ids={row.right ? of(row.right) : []} known={known} />,
    sortable: false,
  });
  const columns: Column<RaciRow>[] = [
    { id: "decision", label: "Decision", value: (row) => decisionTypeLabels[row.decisionType] },
    people("responsible", "Responsible", (r) => r.responsibleIds),
    people("accountable", "Accountable", (r) => [r.accountableId]),
    people("consulted", "Consulted", (r) => r.consultedIds),
    people("informed", "Informed", (r) => r.informedIds),
  ];
  if (edit)
    columns.push({
      id: "edit",
      label: "Change",
      value: () => null,
      csv: () => null,
      sortable: false,
      render: (row) => (
        <Button
          size="small"
          icon={<EditRegular />}
          onClick={() => edit(row)}
          aria-label={`Edit decision right: ${decisionTypeLabels[row.decisionType]}`}
        >
          Edit
        </Button>
      ),
    });
  return columns;
}

/** Who decides what: the RACI of each decision type; the portfolio office edits it. */
export function DecisionRightsView({ manages }: { manages: boolean }) {
  const styles = useStyles();
  const rights = useApiGet<ItemList<StoredDecisionRight>>("/decision-rights");
  const { known, names } = useStrategyPeople();
  const [editing, setEditing] = useState<RaciRow>();
  const rows = useMemo<RaciRow[]>(() => {
    const byType = new Map((rights.data?.items ?? []).map((r) => [r.decisionType, r]));
    return decisionTypes.map((t) => ({ decisionType: t, right: byType.get(t) }));
  }, [rights.data]);
  const columns = useMemo(() => raciColumns(known, names, manages ? setEditing : undefined), [known, names, manages]);

  return (
    <div className={styles.page}>
      <PageHeader
        title="Decision rights"
        lead="Who decides what in the AI programme: for each decision, who is Responsible, the one person Accountable, who is Consulted and who is Informed."
      />
      {rights.error ? (
        <ApiErrorMessage error={rights.error} what="the decision rights" onRetry={rights.reload} />
      ) : !rights.data ? (
        <Skeleton aria-label="Loading the decision rights">
          <SkeletonItem shape="rectangle" style={{ height: 240 }} />
        </Skeleton>
      ) : (
        <Section
          title="RACI register"
          wide
          description="The Accountable person of a decision is who may take it at a stage gate."
        >
          <DataTable
            title="Decision rights"
            columns={columns}
            rows={rows}
            rowKey={(row) => row.decisionType}
            minWidth={900}
            empty="No decision right set."
          />
        </Section>
      )}
      {editing && (
        <Suspense fallback={null}>
          <DecisionRightDialog
            decisionType={editing.decisionType}
            right={editing.right}
            known={known ?? []}
            open
            onOpenChange={(open) => !open && setEditing(undefined)}
            onChanged={rights.reload}
          />
        </Suspense>
      )}
    </div>
  );
}

export default function DecisionRightsPage() {
  const { user } = useSession();
  return <DecisionRightsView manages={managesGovernance(user.roles)} />;
}
