import { lazy, Suspense, useState } from "react";
import { Button, makeStyles, Skeleton, SkeletonItem, Text, tokens } from "@fluentui/react-components";
import { EditRegular, SettingsRegular, TargetArrowRegular } from "@fluentui/react-icons";
import type { BusinessPriority } from "@domain/schemas/strategy";
import { useSession } from "../../auth/AuthGate";
import { DataTable, type Column } from "../../components/DataTable";
import { nextActions } from "../../components/NineSteps";
import { Section } from "../../components/Section";
import { useFormat } from "../../format";
import { PersonName } from "../../graph/PersonName";
import type { KnownPerson } from "../../graph/usePeople";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";
import { EmptyState } from "../../shell/EmptyState";
import { PageHeader } from "../../shell/PageHeader";
import { managesGovernance, useStrategyPeople } from "./strategyPeople";

// The form and the zod schema it validates with load only when someone opens it.
const StrategyDialog = lazy(() => import("./StrategyDialog"));

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  top: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
  },
  vision: { margin: 0, whiteSpace: "pre-wrap", maxWidth: "80ch" },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

function priorityColumns(known: readonly KnownPerson[], names: ReadonlyMap<string, string>): Column<BusinessPriority>[] {
  return [
    { id: "rank", label: "Rank", numeric: true, value: (p) => p.rank },
    { id: "title", label: "Business priority", value: (p) => p.title },
    {
      id: "sponsor",
      label: "Sponsor",
      value: (p) => names.get(p.sponsorId) ?? p.sponsorId,
      render: (p) => <PersonName id={p.sponsorId} people={known} />,
    },
  ];
}

/**
 * The AI vision and the business priorities; the portfolio office edits them, or sets them up
 * when the tenant has no profile yet (`me` becomes its first executive).
 */
export function StrategyView({ manages, me }: { manages: boolean; me?: { id: string; name: string } }) {
  const styles = useStyles();
  const format = useFormat();
  const { strategy, known, names } = useStrategyPeople();
  const [editing, setEditing] = useState(false);
  const profile = strategy.data;
  const missing = strategy.error?.status === 404;

  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <PageHeader
          title="Strategy"
          lead="The organisation's AI vision and the business priorities every initiative is weighed against."
        />
        {manages && profile && (
          <Button appearance="primary" icon={<EditRegular />} onClick={() => setEditing(true)}>
            Edit strategy
          </Button>
        )}
      </div>
      {missing ? (
        <EmptyState
          icon={<TargetArrowRegular />}
          title="No strategy profile yet"
          actions={
            manages && (
              <Button appearance="primary" icon={<SettingsRegular />} onClick={() => setEditing(true)}>
                Set up the strategy
              </Button>
            )
          }
        >
          <Text as="p">
            Setting up the strategy is step 1 of the nine steps from AI vision to continuous reporting: {nextActions.vision}
          </Text>
          <Text as="p">
            The profile also names the executives and sets the currency, the discount rate and the prioritisation
            weights of the board. Every initiative links to its business priorities, so the other steps start here.
            {!manages && " The portfolio office sets it up; once it exists it shows here."}
          </Text>
        </EmptyState>
      ) : strategy.error ? (
        <ApiErrorMessage error={strategy.error} what="the strategy profile" onRetry={strategy.reload} />
      ) : !profile ? (
        <Skeleton aria-label="Loading the strategy profile">
          <SkeletonItem shape="rectangle" style={{ height: 120 }} />
          <SkeletonItem shape="rectangle" style={{ height: 200, marginTop: 16 }} />
        </Skeleton>
      ) : (
        <>
          <Section title="Vision" description={`Horizon: ${profile.horizon}`}>
            <Text as="p" className={styles.vision} data-testid="strategy-vision">
              {profile.vision}
            </Text>
            <Text as="p" size={200} className={styles.muted}>
              Last changed by {names.get(profile.updatedBy) ?? profile.updatedBy} on {format.date(profile.updatedAt)}
            </Text>
          </Section>
          <Section title="Business priorities" description="In rank order: the first matters most.">
            <DataTable
              title="Business priorities"
              columns={priorityColumns(known ?? [], names)}
              rows={profile.priorities}
              rowKey={(p) => p.id}
              initialSort={{ column: "rank", direction: "ascending" }}
              empty="No business priority set."
            />
          </Section>
        </>
      )}
      {editing && (profile || missing) && (
        <Suspense fallback={null}>
          <StrategyDialog
            strategy={profile}
            known={known ?? []}
            me={me}
            open={editing}
            onOpenChange={setEditing}
            onChanged={strategy.reload}
          />
        </Suspense>
      )}
    </div>
  );
}

export default function StrategyPage() {
  const { user } = useSession();
  return <StrategyView manages={managesGovernance(user.roles)} me={user} />;
}
