import { FormStatus } from "./FormStatus";
import { FormDialog } from "./FormDialog";
import { useState, type FormEvent } from "react";
import {
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { valueCategories } from "@domain/schemas/common";
import { alignmentResponseInput } from "@domain/schemas/alignment";
import * as z from "zod/mini";
import { ApiError } from "../api/client";
import { asApiError, useApi, useApiGet } from "../api/hooks";
import type { AlignmentResponseItem, ItemList } from "../api/types";
import { valueCategoryLabels } from "../components/labels";
import { ConflictView } from "./ConflictView";
import type { FieldChange } from "./useConflictSave";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(160px, 1fr))",
    gap: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
});

/** The body of PUT /api/alignment-responses/{cycle}/{priorityId}, validated as the API does. */
const answerBody = z.omit(alignmentResponseInput, { cycle: true, priorityId: true });
type Answer = ReturnType<typeof answerBody.parse>;
type Key = keyof Answer;
const keys: readonly Key[] = ["importance", "expectedOutcome", "confidence"];
const labels: Record<Key, string> = {
  importance: "Importance",
  expectedOutcome: "Expected outcome",
  confidence: "Confidence",
};
const messages: Record<Key, string> = {
  importance: "Rate the importance from 1 to 5.",
  expectedOutcome: "Choose the outcome you expect.",
  confidence: "Rate your confidence from 1 to 5.",
};

/** What the user entered for one priority: empty strings where nothing is chosen. */
type Row = Record<Key, string>;
const emptyRow: Row = { importance: "", expectedOutcome: "", confidence: "" };
const rowOf = (a: AlignmentResponseItem | undefined): Row =>
  a
    ? {
        importance: String(a.importance),
        expectedOutcome: a.expectedOutcome,
        confidence: String(a.confidence),
      }
    : emptyRow;
const sameRow = (a: Row, b: Row) => keys.every((k) => a[k] === b[k]);
const shownAs = (k: Key, v: string) =>
  k === "expectedOutcome" && v !== "" ? valueCategoryLabels[v as Answer["expectedOutcome"]] : v;

export interface SurveyPriority {
  id: string;
  title: string;
}

export interface SurveyDialogProps {
  /** The survey cycle answered, "2026-Q4". */
  cycle: string;
  /** The business priorities, in rank order. */
  priorities: readonly SurveyPriority[];
  /** The signed-in executive. */
  executiveId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** After a save, or after the user discarded theirs for someone else's: refetch. */
  onChanged: () => void;
}

type Errors = Record<string, string>;
const fieldKey = (priorityId: string, k: Key) => `${priorityId}.${k}`;

/** The executive's answers to one survey cycle: per business priority, importance, expected outcome and confidence. */
export default function SurveyDialog({
  cycle,
  priorities,
  executiveId,
  open,
  onOpenChange,
  onChanged,
}: SurveyDialogProps) {
  const styles = useStyles();
  const api = useApi();
  const listPath = `/alignment-responses?cycle=${encodeURIComponent(cycle)}&executiveId=${encodeURIComponent(executiveId)}`;
  /** The answers as stored, by priority; undefined while loading. */
  const [stored, setStored] = useState<Map<string, AlignmentResponseItem>>();
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<{
    latest: Map<string, AlignmentResponseItem>;
    changes: FieldChange[];
  }>();

  const mine = (list: ItemList<AlignmentResponseItem>) =>
    new Map(
      list.items
        .filter((r) => r.cycle === cycle && r.executiveId === executiveId)
        .map((r) => [r.priorityId, r] as const),
    );
  const load = () => api.get<ItemList<AlignmentResponseItem>>(listPath).then(mine);
  const initial = useApiGet<ItemList<AlignmentResponseItem>>(listPath);
  // The form starts from the answers as read when the dialog opened.
  if (initial.data && !stored) {
    const answers = mine(initial.data);
    setStored(answers);
    setRows(Object.fromEntries(priorities.map((p) => [p.id, rowOf(answers.get(p.id))])));
  }

  const rowFor = (id: string) => rows[id] ?? emptyRow;
  const set = (id: string, k: Key, v: string) =>
    setRows((r) => ({ ...r, [id]: { ...(r[id] ?? emptyRow), [k]: v } }));

  /** Sends each answer over its base; the priorities whose answer changed meanwhile are returned. */
  async function send(answers: readonly [string, Answer][], base: Map<string, AlignmentResponseItem>) {
    const next = new Map(base);
    const conflicted: string[] = [];
    const found: Errors = {};
    let other: string | undefined;
    for (const [id, body] of answers) {
      const etag = base.get(id)?.etag;
      try {
        const saved = await api.request<AlignmentResponseItem>(
          `/alignment-responses/${encodeURIComponent(cycle)}/${encodeURIComponent(id)}`,
          { method: "PUT", body, headers: etag ? { "if-match": etag } : {} },
        );
        next.set(id, saved);
      } catch (error) {
        if (error instanceof ApiError && (error.status === 412 || error.status === 428)) {
          conflicted.push(id);
          continue;
        }
        const e = asApiError(error);
        for (const f of e.errors) {
          const k = keys.find((key) => key === f.path);
          if (k) found[fieldKey(id, k)] ??= f.message;
        }
        if (!keys.some((k) => found[fieldKey(id, k)])) other ??= e.message;
      }
    }
    return { next, conflicted, found, other };
  }

  async function run(answers: readonly [string, Answer][], base: Map<string, AlignmentResponseItem>) {
    setSaving(true);
    try {
      const { next, conflicted, found, other } = await send(answers, base);
      setStored(next);
      setErrors(found);
      setFormError(other);
      if (conflicted.length > 0) {
        const latest = await load();
        const changes: FieldChange[] = [];
        for (const id of conflicted) {
          const title = priorities.find((p) => p.id === id)?.title ?? id;
          const before = rowOf(stored?.get(id));
          const now = rowOf(latest.get(id));
          const mine = rowFor(id);
          for (const k of keys) {
            if (before[k] !== now[k] || mine[k] !== before[k])
              changes.push({
                key: fieldKey(id, k),
                label: `${title}: ${labels[k]}`,
                before: shownAs(k, before[k]),
                now: shownAs(k, now[k]),
                mine: shownAs(k, mine[k]),
              });
          }
        }
        setConflict({ latest, changes });
        return;
      }
      setConflict(undefined);
      if (Object.keys(found).length === 0 && !other) {
        onChanged();
        onOpenChange(false);
      }
    } catch (error) {
      setFormError(asApiError(error).message);
    } finally {
      setSaving(false);
    }
  }

  /** The answers the user changed, validated; undefined (with the errors shown) when one is not valid. */
  function changedAnswers(): [string, Answer][] | undefined {
    const found: Errors = {};
    const answers: [string, Answer][] = [];
    for (const p of priorities) {
      const row = rowFor(p.id);
      if (sameRow(row, rowOf(stored?.get(p.id)))) continue;
      const parsed = answerBody.safeParse({
        importance: row.importance === "" ? undefined : Number(row.importance),
        expectedOutcome: row.expectedOutcome === "" ? undefined : row.expectedOutcome,
        confidence: row.confidence === "" ? undefined : Number(row.confidence),
      });
      if (parsed.success) answers.push([p.id, parsed.data]);
      else
        for (const issue of parsed.error.issues) {
          const k = keys.find((key) => key === issue.path[0]);
          if (k) found[fieldKey(p.id, k)] ??= messages[k];
        }
    }
    setErrors(found);
    return Object.keys(found).length > 0 ? undefined : answers;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!stored) return;
    const answers = changedAnswers();
    if (!answers) return;
    if (answers.length === 0) {
      onOpenChange(false);
      return;
    }
    setFormError(undefined);
    await run(answers, stored);
  }

  /** Re-sends the conflicting answers over what is stored now: fields the user did not edit take theirs. */
  async function applyOnTop() {
    if (!conflict || !stored) return;
    const answers: [string, Answer][] = [];
    const merged: Record<string, Row> = {};
    for (const c of conflict.changes) {
      const id = c.key.slice(0, c.key.lastIndexOf("."));
      if (merged[id]) continue;
      const before = rowOf(stored.get(id));
      const now = rowOf(conflict.latest.get(id));
      const mine = rowFor(id);
      const row = Object.fromEntries(keys.map((k) => [k, mine[k] === before[k] ? now[k] : mine[k]])) as Row;
      merged[id] = row;
      const parsed = answerBody.safeParse({
        importance: Number(row.importance),
        expectedOutcome: row.expectedOutcome,
        confidence: Number(row.confidence),
      });
      if (parsed.success) answers.push([id, parsed.data]);
    }
    setRows((r) => ({ ...r, ...merged }));
    const base = new Map(stored);
    for (const id of Object.keys(merged)) {
      const latest = conflict.latest.get(id);
      if (latest) base.set(id, latest);
      else base.delete(id);
    }
    await run(answers, base);
  }

  const count = Object.keys(errors).length;
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Alignment survey ${cycle}`}
      onSubmit={submit}
      submitLabel="Save answers"
      saving={saving}
      submitDisabled={!stored}
    >
      <Text>
        Per business priority: how important it is to you (1 low – 5 high), what outcome you expect and how
        sure you are (1–5).
      </Text>
      <FormStatus error={formError} count={count} />
      {conflict && (
        <ConflictView
          changes={conflict.changes}
          busy={saving}
          onApply={() => void applyOnTop()}
          onDiscard={() => {
            onChanged();
            onOpenChange(false);
          }}
        />
      )}
      {initial.error && (
        <MessageBar intent="error">
          <MessageBarBody>Your answers could not be read: {initial.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {!stored && !initial.error && <Spinner size="tiny" label="Reading your answers…" />}
      {stored &&
        priorities.map((p) => {
          const row = rowFor(p.id);
          return (
            <fieldset key={p.id} className={styles.row} aria-label={p.title}>
              <legend className={styles.legend}>{p.title}</legend>
              {(["importance", "confidence"] as const).map((k) => (
                <Field key={k} label={labels[k]} validationMessage={errors[fieldKey(p.id, k)]}>
                  <Select value={row[k]} onChange={(_, d) => set(p.id, k, d.value)}>
                    <option value="">Not rated</option>
                    {[1, 2, 3, 4, 5].map((n) => (
                      <option key={n} value={String(n)}>
                        {n}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
              <Field
                label={labels.expectedOutcome}
                validationMessage={errors[fieldKey(p.id, "expectedOutcome")]}
              >
                <Select
                  value={row.expectedOutcome}
                  onChange={(_, d) => set(p.id, "expectedOutcome", d.value)}
                >
                  <option value="">Not chosen</option>
                  {valueCategories.map((c) => (
                    <option key={c} value={c}>
                      {valueCategoryLabels[c]}
                    </option>
                  ))}
                </Select>
              </Field>
            </fieldset>
          );
        })}
    </FormDialog>
  );
}
