import { useMemo } from "react";
import { makeStyles, SkeletonItem, Text, tokens, Tooltip } from "@fluentui/react-components";
import { auditChanges, type AuditChange } from "@domain/auditDiff";
import { useApiGet } from "../api/hooks";
import type { AuditItem, ItemList } from "../api/types";
import { Section } from "../components/Section";
import { useFormat } from "../format";
import { ApiErrorMessage } from "../shell/ApiErrorMessage";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  head: { color: tokens.colorNeutralForeground2 },
  changes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** GET /api/audit items: the API lists each event's changed fields. */
export type ActivityEvent = AuditItem & { changes?: AuditChange[] };

const actionLabels: Record<AuditItem["action"], string> = {
  create: "created",
  update: "updated",
  delete: "deleted",
  retire: "retired",
  gate: "moved through a gate",
  publish: "published",
  supersede: "superseded",
};

const maxLength = 60;

/** A value as one short line: "—" for none, JSON for lists and objects. */
export function compact(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "string"
    ? value
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);
}

function Value({ value }: { value: unknown }) {
  const full = compact(value);
  if (full.length <= maxLength) return <>{full}</>;
  return (
    <Tooltip content={full} relationship="description">
      <span title={full}>{`${full.slice(0, maxLength - 1)}…`}</span>
    </Tooltip>
  );
}

/** The initiative's audit events, newest first: who did what when, field by field. */
export function ActivityList({ entityId, names }: { entityId: string; names: ReadonlyMap<string, string> }) {
  const styles = useStyles();
  const format = useFormat();
  const audit = useApiGet<ItemList<ActivityEvent>>(
    `/audit?entityId=${encodeURIComponent(entityId)}&limit=50`,
  );
  const events = useMemo(
    () => (audit.data?.items ?? []).map((e) => ({ event: e, changes: e.changes ?? auditChanges(e) })),
    [audit.data],
  );
  return (
    <Section title="Activity" wide description="Every recorded change of this initiative, newest first.">
      {audit.error ? (
        <ApiErrorMessage error={audit.error} what="the activity" onRetry={audit.reload} />
      ) : audit.loading && !audit.data ? (
        <SkeletonItem shape="rectangle" style={{ height: 120 }} />
      ) : events.length === 0 ? (
        <Text>No recorded change yet.</Text>
      ) : (
        <ol className={styles.list} aria-label="Activity">
          {events.map(({ event, changes }) => (
            <li key={event.seq}>
              <Text className={styles.head}>
                <strong>{names.get(event.actorId) ?? event.actorId}</strong> {actionLabels[event.action]} ·{" "}
                {`${format.date(event.at)} ${format.time(event.at)}`}
              </Text>
              {changes.length > 0 && (
                <ul className={styles.changes} aria-label="Changes">
                  {changes.map((c) => (
                    <li key={c.path}>
                      {c.path}: <Value value={c.before} /> → <Value value={c.after} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
