import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { makeStyles, SkeletonItem, Text, tokens, Tooltip } from "@fluentui/react-components";
import { auditChanges, type AuditChange } from "@domain/auditDiff";
import type { EntityType } from "@domain/schemas/audit";
import { isAbortError, withQuery, type ApiClient, type ApiError } from "../api/client";
import { asApiError, useApi } from "../api/hooks";
import type { AuditItem } from "../api/types";
import { decisionTypeLabels, entityTypeLabels, isDecisionType } from "../components/governanceLabels";
import { InitiativeLink } from "../components/InitiativeLink";
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
  subject: { margin: 0 },
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

/**
 * A changed field's value for reading: people (fields named `…Id`, `…Ids`) by name where the names
 * are known, anything else as `compact` writes it.
 */
export function shownValue(path: string, value: unknown, names: ReadonlyMap<string, string>): string {
  const ids = typeof value === "string" ? [value] : Array.isArray(value) ? value : undefined;
  const people =
    /Ids?$/.test(path.split(".").at(-1) ?? "") &&
    ids !== undefined &&
    ids.every((id) => typeof id === "string") &&
    ids.some((id) => names.has(id as string));
  if (!people) return compact(value);
  return ids.length === 0 ? "—" : ids.map((id) => names.get(id as string) ?? (id as string)).join(", ");
}

function Value({ full }: { full: string }) {
  if (full.length <= maxLength) return <>{full}</>;
  return (
    <Tooltip content={full} relationship="description">
      <span title={full}>{`${full.slice(0, maxLength - 1)}…`}</span>
    </Tooltip>
  );
}

/** What an event changed, in words, and the initiative it belongs to where there is one. */
export interface ActivitySubject {
  /** "Risk “Supplier data leaks”", "Strategy profile". */
  label: string;
  initiativeId: string | undefined;
}

const textField = (doc: Record<string, unknown>, key: string) =>
  typeof doc[key] === "string" && doc[key] !== "" ? doc[key] : undefined;

export function subjectOf(event: Pick<AuditItem, "entityType" | "entityId" | "before" | "after">): ActivitySubject {
  const side = event.after ?? event.before;
  const doc: Record<string, unknown> = typeof side === "object" && side !== null ? (side as Record<string, unknown>) : {};
  const decision = textField(doc, "decisionType");
  const name =
    event.entityType === "decision-right" && decision && isDecisionType(decision)
      ? decisionTypeLabels[decision]
      : (textField(doc, "title") ?? textField(doc, "name") ?? textField(doc, "period"));
  return {
    label: `${entityTypeLabels[event.entityType]}${name ? ` “${name}”` : ""}`,
    initiativeId: event.entityType === "initiative" ? event.entityId : textField(doc, "initiativeId"),
  };
}

/** The newest title of each initiative the events name (the log is newest first). */
function initiativeTitles(events: readonly ActivityEvent[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const e of events) {
    const title = e.entityType === "initiative" ? subjectTitle(e) : undefined;
    if (title && !titles.has(e.entityId)) titles.set(e.entityId, title);
  }
  return titles;
}

function subjectTitle(event: ActivityEvent): string | undefined {
  const side = event.after ?? event.before;
  return typeof side === "object" && side !== null ? textField(side as Record<string, unknown>, "title") : undefined;
}

/**
 * Audit events as a list, newest first: who did what when, and each changed field before → after.
 * With `showSubject` (the whole portfolio's log) each entry also says what it changed and links to
 * its initiative.
 */
export function ActivityEvents({
  events,
  names,
  showSubject = false,
}: {
  events: readonly ActivityEvent[];
  names: ReadonlyMap<string, string>;
  showSubject?: boolean;
}) {
  const styles = useStyles();
  const format = useFormat();
  const titles = useMemo(() => (showSubject ? initiativeTitles(events) : new Map<string, string>()), [events, showSubject]);
  return (
    <ol className={styles.list} aria-label="Activity">
      {events.map((event) => {
        const changes = event.changes ?? auditChanges(event);
        const subject = showSubject ? subjectOf(event) : undefined;
        return (
          <li key={event.seq}>
            <Text className={styles.head}>
              <strong>{names.get(event.actorId) ?? event.actorId}</strong> {actionLabels[event.action]}
              {subject && ` ${subject.label}`} · {`${format.date(event.at)} ${format.time(event.at)}`}
            </Text>
            {subject?.initiativeId && (
              <Text as="p" size={200} className={styles.subject}>
                Initiative:{" "}
                <InitiativeLink
                  id={subject.initiativeId}
                  title={titles.get(subject.initiativeId) ?? subject.initiativeId}
                />
              </Text>
            )}
            {changes.length > 0 && (
              <ul className={styles.changes} aria-label="Changes">
                {changes.map((c) => (
                  <li key={c.path}>
                    {c.path}: <Value full={shownValue(c.path, c.before, names)} /> →{" "}
                    <Value full={shownValue(c.path, c.after, names)} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** GET /api/audit: a page of the log, newest first; `next` is the `before` of the page after it. */
interface AuditPage {
  items: ActivityEvent[];
  next?: number;
}

/** What GET /api/audit can narrow the log to, in storage. */
export interface AuditFilter {
  entityType?: EntityType;
  entityId?: string;
  actorId?: string;
}

/**
 * Requests one "load" may chain while a sparse filter finds less than a page: the API reads only a
 * bounded part of the log per request and answers `next` to go on from.
 */
const maxRequestsPerLoad = 10;

/** Up to `pageSize` events before `before`, following `next` while a page comes back short. */
async function readPages(
  api: ApiClient,
  filter: AuditFilter,
  pageSize: number,
  before: number | undefined,
  signal: AbortSignal,
): Promise<AuditPage> {
  const items: ActivityEvent[] = [];
  let next = before;
  for (let requests = 0; requests < maxRequestsPerLoad; requests++) {
    const page = await api.get<AuditPage>(
      withQuery("/audit", { ...filter, limit: pageSize - items.length, before: next }),
      signal,
    );
    items.push(...page.items);
    next = page.next;
    if (items.length >= pageSize || next === undefined) break;
  }
  return { items, next };
}

interface AuditLogState {
  key: string;
  events: ActivityEvent[];
  next: number | undefined;
  error?: ApiError;
  loadingMore: boolean;
  moreError?: ApiError;
}

/**
 * The audit log, newest first (of one entity, or the whole portfolio, optionally of one kind or
 * person), filtered by the API. "Load more" continues from the server's `next`; the events already
 * shown stay while it loads, and a new filter starts over.
 */
export function useAuditLog(filter: AuditFilter, pageSize = 50) {
  const api = useApi();
  const { entityType, entityId, actorId } = filter;
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([attempt, entityType, entityId, actorId, pageSize]);
  const [state, setState] = useState<AuditLogState>();
  const more = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    readPages(api, { entityType, entityId, actorId }, pageSize, undefined, controller.signal).then(
      (page) => setState({ key, events: page.items, next: page.next, loadingMore: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, events: [], next: undefined, error: asApiError(error), loadingMore: false });
      },
    );
    return () => {
      controller.abort();
      more.current?.abort();
    };
  }, [api, key, entityType, entityId, actorId, pageSize]);

  const current = state?.key === key ? state : undefined;
  const next = current?.next;
  const busy = current?.loadingMore ?? false;
  const loadMore = useCallback(() => {
    if (next === undefined || busy) return;
    const controller = new AbortController();
    more.current = controller;
    const update = (change: (s: AuditLogState) => AuditLogState) => setState((s) => (s?.key === key ? change(s) : s));
    update((s) => ({ ...s, loadingMore: true, moreError: undefined }));
    readPages(api, { entityType, entityId, actorId }, pageSize, next, controller.signal).then(
      (page) => update((s) => ({ ...s, events: [...s.events, ...page.items], next: page.next, loadingMore: false })),
      (error: unknown) => {
        if (!isAbortError(error)) update((s) => ({ ...s, loadingMore: false, moreError: asApiError(error) }));
      },
    );
  }, [api, key, entityType, entityId, actorId, pageSize, next, busy]);

  return {
    events: current?.events ?? [],
    /** Nothing to show yet. */
    loading: current === undefined,
    /** The first page failed. */
    error: current?.error,
    loadingMore: busy,
    /** A later page failed; the events so far stay, and `loadMore` asks for that page again. */
    moreError: current?.moreError,
    hasMore: next !== undefined,
    loadMore,
    reload: useCallback(() => setAttempt((n) => n + 1), []),
  };
}

/** The initiative's audit events, newest first: who did what when, field by field. */
export function ActivityList({ entityId, names }: { entityId: string; names: ReadonlyMap<string, string> }) {
  const audit = useAuditLog({ entityId });
  return (
    <Section title="Activity" wide description="Every recorded change of this initiative, newest first.">
      {audit.error ? (
        <ApiErrorMessage error={audit.error} what="the activity" onRetry={audit.reload} />
      ) : audit.loading ? (
        <SkeletonItem shape="rectangle" style={{ height: 120 }} />
      ) : audit.events.length === 0 ? (
        <Text>No recorded change yet.</Text>
      ) : (
        <ActivityEvents events={audit.events} names={names} />
      )}
    </Section>
  );
}
