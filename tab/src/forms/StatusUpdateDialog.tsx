import { useId, useState, type FormEvent } from "react";
import { FormDialog } from "./FormDialog";
import {
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
} from "@fluentui/react-components";
import { statusUpdateInput } from "@domain/schemas/statusUpdate";
import * as z from "zod/mini";
import { ApiError } from "../api/client";
import { asApiError, useApi } from "../api/hooks";
import { useFormat } from "../format";
import { ConflictView } from "./ConflictView";
import type { StatusUpdateItem } from "./types";
import { useConflictSave, type ConflictField } from "./useConflictSave";
import { useSubmit } from "./useSubmit";

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** The body of PUT /api/initiatives/{id}/status-updates/{period}, validated as the API does. */
const statusBody = z.omit(statusUpdateInput, { initiativeId: true, period: true });

type Values = ReturnType<typeof statusBody.parse>;
type Fields = "rag" | "narrative" | "blockers" | "decisionsNeeded";
type Errors = Partial<Record<Fields | "form", string>>;

const ragLabels = { green: "Green: on track", amber: "Amber: at risk", red: "Red: off track" } as const;

const fields: readonly ConflictField<StatusUpdateItem, Values>[] = [
  {
    key: "rag",
    label: "Status (RAG)",
    stored: (u) => (u ? ragLabels[u.rag] : ""),
    entered: (v) => ragLabels[v.rag],
  },
  { key: "narrative", label: "Narrative", stored: (u) => u?.narrative ?? "", entered: (v) => v.narrative },
  { key: "blockers", label: "Blockers", stored: (u) => u?.blockers ?? "", entered: (v) => v.blockers },
  {
    key: "decisionsNeeded",
    label: "Decisions needed",
    stored: (u) => u?.decisionsNeeded ?? "",
    entered: (v) => v.decisionsNeeded,
  },
];

export interface StatusUpdateDialogProps {
  initiativeId: string;
  title: string;
  /** The month reported on, YYYY-MM. */
  period: string;
  /** The month's update already recorded, replaced with its ETag. */
  existing?: StatusUpdateItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** After a save, or after the user discarded theirs for someone else's: refetch. */
  onChanged: () => void;
}

function errorsOf(
  issues: readonly { path: PropertyKey[] | readonly PropertyKey[]; message: string }[],
): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    const field: Fields | "form" =
      key === "rag" || key === "narrative" || key === "blockers" || key === "decisionsNeeded" ? key : "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The monthly check-in of one initiative: RAG, narrative, blockers and decisions needed. */
export default function StatusUpdateDialog({
  initiativeId,
  title,
  period,
  existing,
  open,
  onOpenChange,
  onChanged,
}: StatusUpdateDialogProps) {
  const styles = useStyles();
  const api = useApi();
  const format = useFormat();
  const liveId = useId();
  const [rag, setRag] = useState<string>(existing?.rag ?? "");
  const [narrative, setNarrative] = useState(existing?.narrative ?? "");
  const [blockers, setBlockers] = useState(existing?.blockers ?? "");
  const [decisionsNeeded, setDecisionsNeeded] = useState(existing?.decisionsNeeded ?? "");
  const [errors, setErrors] = useState<Errors>({});
  const path = `/initiatives/${encodeURIComponent(initiativeId)}/status-updates/${period}`;
  const { conflict, save, applyOnTop } = useConflictSave({
    original: existing,
    fields,
    valuesOf: (u) => ({
      rag: u?.rag ?? "green",
      narrative: u?.narrative ?? "",
      blockers: u?.blockers ?? "",
      decisionsNeeded: u?.decisionsNeeded ?? "",
    }),
    fetchCurrent: async () => {
      const query = `/status-updates?initiativeId=${encodeURIComponent(initiativeId)}&period=${period}`;
      const list = await api.get<{ items: StatusUpdateItem[] }>(query);
      return list.items.find((u) => u.period === period);
    },
    send: (body: Values, etag) =>
      api.request<StatusUpdateItem>(path, { method: "PUT", body, headers: etag ? { "if-match": etag } : {} }),
  });

  const { saving, run } = useSubmit<StatusUpdateItem>(
    () => {
      onChanged();
      onOpenChange(false);
    },
    (error) => {
      const e = asApiError(error);
      const found =
        e instanceof ApiError && e.errors.length > 0
          ? errorsOf(e.errors.map((f) => ({ path: f.path.split("."), message: f.message })))
          : {};
      if (Object.keys(found).length === 0) found.form = e.message;
      setErrors(found);
    },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = statusBody.safeParse({ rag: rag || undefined, narrative, blockers, decisionsNeeded });
    if (!parsed.success) {
      const found = errorsOf(parsed.error.issues);
      if (found.rag) found.rag = "Choose green, amber or red.";
      if (found.narrative && narrative.trim() === "")
        found.narrative = "Say in a few words how the month went.";
      setErrors(found);
      return;
    }
    setErrors({});
    await run(() => save(parsed.data));
  }

  const fieldErrors = (["rag", "narrative", "blockers", "decisionsNeeded"] as const).filter((f) => errors[f]);
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Status update"
      onSubmit={submit}
      submitLabel="Save status update"
      saving={saving}
      describedBy={liveId}
    >
      <div id={liveId}>
        {title}, {format.month(period)}
      </div>
      <div role="status">
        {errors.form ? (
          <MessageBar intent="error">
            <MessageBarBody>{errors.form}</MessageBarBody>
          </MessageBar>
        ) : fieldErrors.length > 0 ? (
          <span className={styles.hidden}>
            {`${fieldErrors.length === 1 ? "One field needs" : `${fieldErrors.length} fields need`} attention.`}
          </span>
        ) : null}
      </div>
      {conflict && (
        <ConflictView
          changes={conflict.changes}
          busy={saving}
          onApply={() => void run(applyOnTop)}
          onDiscard={() => {
            onChanged();
            onOpenChange(false);
          }}
        />
      )}
      <Field label="Status (RAG)" required validationMessage={errors.rag}>
        <RadioGroup value={rag} onChange={(_, d) => setRag(d.value)} layout="horizontal">
          {(Object.keys(ragLabels) as (keyof typeof ragLabels)[]).map((r) => (
            <Radio key={r} value={r} label={ragLabels[r]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Narrative" required validationMessage={errors.narrative}>
        <Textarea value={narrative} onChange={(_, d) => setNarrative(d.value)} resize="vertical" rows={4} />
      </Field>
      <Field label="Blockers" validationMessage={errors.blockers}>
        <Textarea value={blockers} onChange={(_, d) => setBlockers(d.value)} resize="vertical" />
      </Field>
      <Field label="Decisions needed" validationMessage={errors.decisionsNeeded}>
        <Textarea
          value={decisionsNeeded}
          onChange={(_, d) => setDecisionsNeeded(d.value)}
          resize="vertical"
        />
      </Field>
    </FormDialog>
  );
}
