import { useState, type FormEvent } from "react";
import { FormDialog } from "../../forms/FormDialog";
import { makeStyles } from "@fluentui/react-components";
import { decisionRightInput, type DecisionRight, type DecisionType } from "@domain/schemas/governance";
import * as z from "zod/mini";
import { useApi } from "../../api/hooks";
import type { ItemList } from "../../api/types";
import { decisionTypeLabels } from "../../components/governanceLabels";
import { apiFieldErrors } from "../../forms/apiFieldErrors";
import { ConflictView } from "../../forms/ConflictView";
import { FormStatus } from "../../forms/FormStatus";
import { useConflictSave, type ConflictField } from "../../forms/useConflictSave";
import { PeoplePicker } from "../../graph/PeoplePicker";
import type { KnownPerson } from "../../graph/usePeople";
import { useSubmit } from "../../forms/useSubmit";

const useStyles = makeStyles({
  surface: { maxWidth: "640px", width: "100%" },
});

/** GET /api/decision-rights items. */
export type StoredDecisionRight = DecisionRight & { etag: string };

const keys = ["accountable", "responsible", "consulted", "informed"] as const;
type Key = (typeof keys)[number];
/** Who holds each RACI role, as lists of person ids (the form enforces one Accountable). */
export type RaciValues = Record<Key, string[]>;
type Errors = Partial<Record<Key | "form", string>>;

export const raciLabels: Record<Key, string> = {
  accountable: "Accountable",
  responsible: "Responsible",
  consulted: "Consulted",
  informed: "Informed",
};
const hints: Record<Key, string> = {
  accountable: "Exactly one person: who makes the decision and answers for it.",
  responsible: "Who prepares the decision.",
  consulted: "Whose view is asked before deciding.",
  informed: "Who is told once it is decided.",
};

const valuesOf = (r: StoredDecisionRight | undefined): RaciValues => ({
  accountable: r ? [r.accountableId] : [],
  responsible: [...(r?.responsibleIds ?? [])],
  consulted: [...(r?.consultedIds ?? [])],
  informed: [...(r?.informedIds ?? [])],
});

/** The PUT body (the decision type is the path). */
export function raciBody(values: RaciValues) {
  return {
    accountableId: values.accountable[0] ?? "",
    responsibleIds: values.responsible,
    consultedIds: values.consulted,
    informedIds: values.informed,
  };
}

const bodyFields: Record<string, Key> = {
  accountableId: "accountable",
  responsibleIds: "responsible",
  consultedIds: "consulted",
  informedIds: "informed",
};

/** The form field an error path names ("accountableId", "informedIds.3"). */
export const raciFieldOf = (path: readonly PropertyKey[] | string): Key | undefined => {
  const first = (typeof path === "string" ? path.split(/[./]/) : path.map(String)).filter(Boolean)[0] ?? "";
  return bodyFields[first];
};

const rightBody = z.omit(decisionRightInput, { decisionType: true });

/** The form's own checks: exactly one Accountable, then the API's schema. */
export function raciErrors(values: RaciValues): Errors {
  if (values.accountable.length !== 1) return { accountable: "Choose exactly one accountable person." };
  const parsed = rightBody.safeParse(raciBody(values));
  if (parsed.success) return {};
  const found: Errors = {};
  for (const issue of parsed.error.issues) {
    const k = raciFieldOf(issue.path);
    if (k) found[k] ??= issue.message;
  }
  if (Object.keys(found).length === 0) found.form = parsed.error.issues[0]?.message ?? "Check the form.";
  return found;
}

export interface DecisionRightDialogProps {
  decisionType: DecisionType;
  /** The decision right as read; none when the decision type has none yet. */
  right: StoredDecisionRight | undefined;
  known: readonly KnownPerson[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onChanged: () => void;
}

/** Sets who is Responsible, Accountable (exactly one), Consulted and Informed for one decision type. */
export default function DecisionRightDialog({
  decisionType,
  right,
  known,
  open,
  onOpenChange,
  onChanged,
}: DecisionRightDialogProps) {
  const styles = useStyles();
  const api = useApi();
  const [values, setValues] = useState<RaciValues>(() => valuesOf(right));
  const [errors, setErrors] = useState<Errors>({});
  const nameOf = (id: string) => known.find((p) => p.id === id)?.displayName ?? id;
  const fields: readonly ConflictField<StoredDecisionRight, RaciValues>[] = keys.map((k) => ({
    key: k,
    label: raciLabels[k],
    stored: (r) => valuesOf(r)[k].map(nameOf).join(", "),
    entered: (v) => v[k].map(nameOf).join(", "),
  }));
  const path = `/decision-rights/${encodeURIComponent(decisionType)}`;
  const { conflict, save, applyOnTop } = useConflictSave({
    original: right,
    fields,
    valuesOf,
    fetchCurrent: async () =>
      (await api.get<ItemList<StoredDecisionRight>>("/decision-rights")).items.find(
        (r) => r.decisionType === decisionType,
      ),
    send: (v: RaciValues, etag) =>
      api.request<StoredDecisionRight>(path, {
        method: "PUT",
        body: raciBody(v),
        headers: etag ? { "if-match": etag } : {},
      }),
  });

  const { saving, run } = useSubmit<StoredDecisionRight>(
    () => {
      onChanged();
      onOpenChange(false);
    },
    (error) => {
      setErrors(apiFieldErrors(error, raciFieldOf));
    },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = raciErrors(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await run(() => save(values));
  }

  const count = keys.filter((k) => errors[k]).length;
  const title = `Decision right: ${decisionTypeLabels[decisionType]}`;
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      onSubmit={submit}
      submitLabel="Save decision right"
      saving={saving}
      surfaceClassName={styles.surface}
    >
      <FormStatus error={errors.form} count={count} />
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
      {keys.map((k) => (
        <PeoplePicker
          key={k}
          label={raciLabels[k]}
          hint={hints[k]}
          selectedIds={values[k]}
          onChange={(ids) => setValues((v) => ({ ...v, [k]: ids }))}
          known={known}
          max={k === "accountable" ? 1 : undefined}
          required={k === "accountable"}
          validationMessage={errors[k]}
        />
      ))}
    </FormDialog>
  );
}
