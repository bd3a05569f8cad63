import { useMemo, useState } from "react";
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Skeleton,
  SkeletonItem,
  Text,
  tokens,
} from "@fluentui/react-components";
import { HistoryRegular, ShieldCheckmarkRegular } from "@fluentui/react-icons";
import { entityTypes } from "@domain/schemas/audit";
import { asApiError, useApi } from "../../api/hooks";
import type { ApiError } from "../../api/client";
import { useSession } from "../../auth/AuthGate";
import { entityTypeLabels, isEntityType } from "../../components/governanceLabels";
import { Section } from "../../components/Section";
import { ActivityEvents, useAuditLog } from "../../forms/ActivityList";
import { useFormat } from "../../format";
import { buildHash, navigate, useRoute } from "../../routing/hashRouter";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";
import { EmptyState } from "../../shell/EmptyState";
import { PageHeader } from "../../shell/PageHeader";
import { managesGovernance, useStrategyPeople } from "../strategy/strategyPeople";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  top: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
  },
  filters: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalL },
  filter: { minWidth: "220px" },
  footer: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/** GET /api/audit/verify: the whole chain re-computed, and its first break when there is one. */
export type ChainCheck =
  | { intact: true; events: number }
  | { intact: false; events: number; firstBreak: { seq: number; reason: "hash" | "link" | "gap" } };

const breakReasons: Record<"hash" | "link" | "gap", string> = {
  hash: "its content does not match its hash",
  link: "it does not link to the event before it",
  gap: "an event is missing",
};

/** "Verify chain" and what it found. */
function VerifyChain() {
  const api = useApi();
  const format = useFormat();
  const [state, setState] = useState<{ busy: boolean; result?: ChainCheck; error?: ApiError }>({ busy: false });
  const verify = () => {
    setState({ busy: true });
    api.get<ChainCheck>("/audit/verify").then(
      (result) => setState({ busy: false, result }),
      (error: unknown) => setState({ busy: false, error: asApiError(error) }),
    );
  };
  const { result, error, busy } = state;
  return (
    <>
      <div>
        <Button icon={<ShieldCheckmarkRegular />} onClick={verify} disabled={busy}>
          {busy ? "Verifying…" : "Verify chain"}
        </Button>
      </div>
      <div role="status">
        {error ? (
          <ApiErrorMessage error={error} what="the audit chain" onRetry={verify} />
        ) : result?.intact ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>The audit chain is intact.</MessageBarTitle> All {format.number(result.events)} recorded
              events are in sequence and each matches its hash.
            </MessageBarBody>
          </MessageBar>
        ) : result ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>The audit chain is broken.</MessageBarTitle> The first broken event is #
              {result.firstBreak.seq}: {breakReasons[result.firstBreak.reason]}. Tell your administrator; the events
              from there on cannot be trusted as recorded.
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </>
  );
}

/**
 * The whole portfolio's audit log, newest first: who changed what and when, field by field,
 * filtered by kind of entity and by person (in the hash query, so a filtered view is a link).
 */
export function ActivityView({ manages }: { manages: boolean }) {
  const styles = useStyles();
  const format = useFormat();
  const { path, query } = useRoute();
  const { names } = useStrategyPeople();
  const type = query.type && isEntityType(query.type) ? query.type : undefined;
  const person = query.person;
  const audit = useAuditLog({ entityType: type, actorId: person });

  const setFilter = (key: "type" | "person", value: string) =>
    navigate(buildHash(path, { ...query, [key]: value || undefined }), { replace: true });

  // Everyone the strategy names, and whoever the loaded events name besides.
  const people = useMemo(() => {
    const ids = new Set([...names.keys(), ...audit.events.map((e) => e.actorId)]);
    if (person) ids.add(person);
    return [...ids]
      .map((id) => ({ id, name: names.get(id) ?? id }))
      .sort((a, b) => a.name.localeCompare(b.name, format.locale));
  }, [audit.events, names, person, format.locale]);
  const filtered = type !== undefined || person !== undefined;

  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <PageHeader
          title="Activity"
          lead="Every recorded change to the AI portfolio: who changed what and when, each field before and after. The log is append-only and hash-chained."
        />
      </div>
      {manages && <VerifyChain />}
      <div className={styles.filters} role="group" aria-label="Filter the activity">
        <Field label="Kind of change" className={styles.filter}>
          <Select value={type ?? ""} onChange={(_, d) => setFilter("type", d.value)}>
            <option value="">Everything</option>
            {entityTypes.map((t) => (
              <option key={t} value={t}>
                {entityTypeLabels[t]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Person" className={styles.filter}>
          <Select value={person ?? ""} onChange={(_, d) => setFilter("person", d.value)}>
            <option value="">Everyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Section title="Changes" wide description="Newest first.">
        {audit.error ? (
          <ApiErrorMessage error={audit.error} what="the activity" onRetry={audit.reload} />
        ) : audit.loading ? (
          <Skeleton aria-label="Loading the activity">
            <SkeletonItem shape="rectangle" style={{ height: 200 }} />
          </Skeleton>
        ) : audit.events.length === 0 && !audit.hasMore ? (
          filtered ? (
            <Text>No recorded change matches the filters.</Text>
          ) : (
            <EmptyState icon={<HistoryRegular />} title="No recorded change yet" headingLevel={3}>
              <Text as="p">Every change to the strategy, the initiatives, their metrics and risks will be listed here.</Text>
            </EmptyState>
          )
        ) : (
          <>
            {audit.events.length === 0 ? (
              <Text>No change matches the filters among the latest ones; older changes may.</Text>
            ) : (
              <ActivityEvents events={audit.events} names={names} showSubject />
            )}
            {audit.moreError && (
              <ApiErrorMessage error={audit.moreError} what="more of the activity" onRetry={audit.loadMore} />
            )}
            <div className={styles.footer}>
              {audit.hasMore && (
                <Button onClick={audit.loadMore} disabled={audit.loadingMore}>
                  {audit.loadingMore ? "Loading…" : "Load more"}
                </Button>
              )}
            </div>
          </>
        )}
      </Section>
    </div>
  );
}

export default function ActivityPage() {
  const { user } = useSession();
  return <ActivityView manages={managesGovernance(user.roles)} />;
}
