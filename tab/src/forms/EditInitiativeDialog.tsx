import { FormStatus } from "./FormStatus";
import { FormDialog } from "./FormDialog";
import { useState, type FormEvent } from "react";
import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import { euAiActTiers, healthValues, initiativePatch } from "@domain/schemas/initiative";
import { useApi } from "../api/hooks";
import { apiFieldErrors } from "./apiFieldErrors";
import type { InitiativeDetail } from "../api/types";
import { ConflictView } from "./ConflictView";
import { useConflictSave, type ConflictField } from "./useConflictSave";
import {
  ownersDifferMessage,
  ratingKeys,
  ratingLabels,
  RatingFields,
  tierLabels,
  type RatingKey,
} from "./initiativeFields";
import { useSubmit } from "./useSubmit";

export { ownersDifferMessage };

const textKeys = [
  "title",
  "problemStatement",
  "department",
  "health",
  "outcomeOwnerId",
  "riskOwnerId",
  "euAiActTier",
] as const;
type TextKey = (typeof textKeys)[number];
const keys = [...textKeys, ...ratingKeys] as const;
type Key = (typeof keys)[number];

/** The form's values, flat: one per field. */
export type EditValues = Record<TextKey, string> & Record<RatingKey, number>;
type Errors = Partial<Record<Key | "form", string>>;

const labels: Record<Key, string> = {
  title: "Title",
  problemStatement: "Problem statement",
  department: "Department",
  health: "Health",
  outcomeOwnerId: "Outcome owner",
  riskOwnerId: "Risk owner",
  euAiActTier: "EU AI Act tier",
  ...ratingLabels,
};
const healthLabels: Record<(typeof healthValues)[number], string> = {
  "on-track": "On track",
  "at-risk": "At risk",
  "off-track": "Off track",
};

const valuesOf = (i: InitiativeDetail | undefined): EditValues => ({
  title: i?.title ?? "",
  problemStatement: i?.problemStatement ?? "",
  department: i?.department ?? "",
  health: i?.health ?? "on-track",
  outcomeOwnerId: i?.outcomeOwnerId ?? "",
  riskOwnerId: i?.riskOwnerId ?? "",
  euAiActTier: i?.euAiActTier ?? "unassessed",
  impact: i?.prioritisation.impact ?? 3,
  alignment: i?.prioritisation.alignment ?? 3,
  feasibility: i?.prioritisation.feasibility ?? 3,
  resourceFit: i?.prioritisation.resourceFit ?? 3,
  riskExposure: i?.prioritisation.riskExposure ?? 3,
});

/** The PATCH body: only the fields that differ from `base` (the prioritisation whole when one input changed). */
export function changedPatch(base: EditValues, values: EditValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const k of textKeys) if (values[k] !== base[k]) body[k] = values[k];
  if (ratingKeys.some((k) => values[k] !== base[k]))
    body.prioritisation = Object.fromEntries(ratingKeys.map((k) => [k, values[k]]));
  return body;
}

const fieldOf = (path: readonly PropertyKey[] | string): Key | undefined => {
  const parts = typeof path === "string" ? path.split(/[./]/) : path.map(String);
  const last = parts.filter(Boolean).at(-1);
  return (keys as readonly string[]).includes(last ?? "") ? (last as Key) : undefined;
};

export interface EditInitiativeDialogProps {
  initiative: InitiativeDetail;
  /** The people who may own outcomes and risks (the strategy's executives). */
  owners: readonly { id: string; displayName: string }[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onChanged: () => void;
}

/** An initiative's details: what it is, who owns it, how it is doing and how it ranks. Not its stage. */
export default function EditInitiativeDialog({
  initiative,
  owners,
  open,
  onOpenChange,
  onChanged,
}: EditInitiativeDialogProps) {
  const api = useApi();
  const [values, setValues] = useState<EditValues>(() => valuesOf(initiative));
  const [errors, setErrors] = useState<Errors>({});
  const nameOf = (id: string) => owners.find((o) => o.id === id)?.displayName ?? id;
  const shownOf = (k: Key, v: EditValues) =>
    k === "outcomeOwnerId" || k === "riskOwnerId"
      ? nameOf(v[k])
      : k === "health"
        ? (healthLabels[v.health as keyof typeof healthLabels] ?? v.health)
        : k === "euAiActTier"
          ? (tierLabels[v.euAiActTier as keyof typeof tierLabels] ?? v.euAiActTier)
          : String(v[k]);
  const fields: readonly ConflictField<InitiativeDetail, EditValues>[] = keys.map((k) => ({
    key: k,
    label: labels[k],
    stored: (i) => (i ? shownOf(k, valuesOf(i)) : ""),
    entered: (v) => shownOf(k, v),
  }));
  const encoded = encodeURIComponent(initiative.id);
  const original = valuesOf(initiative);
  const { conflict, save, applyOnTop } = useConflictSave({
    original: initiative,
    fields,
    valuesOf,
    fetchCurrent: () => api.get<InitiativeDetail>(`/initiatives/${encoded}`),
    send: (v: EditValues, etag) =>
      api.request<InitiativeDetail>(`/initiatives/${encoded}`, {
        method: "PATCH",
        body: changedPatch(original, v),
        headers: etag ? { "if-match": etag } : {},
      }),
  });

  const set = <K extends Key>(k: K, v: EditValues[K]) => setValues((old) => ({ ...old, [k]: v }));

  const { saving, run } = useSubmit<InitiativeDetail>(
    () => {
      onChanged();
      onOpenChange(false);
    },
    (error) => {
      setErrors(apiFieldErrors(error, fieldOf));
    },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = changedPatch(original, values);
    if (Object.keys(body).length === 0) {
      onOpenChange(false);
      return;
    }
    const found: Errors = {};
    const parsed = initiativePatch.safeParse(body);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const k = fieldOf(issue.path);
        if (k) found[k] ??= issue.message;
      }
    if (values.outcomeOwnerId === values.riskOwnerId) found.riskOwnerId ??= ownersDifferMessage;
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    await run(() => save(values));
  }

  const ownerOptions = (current: string) => [
    ...(owners.some((o) => o.id === current) ? [] : [{ id: current, displayName: current }]),
    ...owners,
  ];
  const count = keys.filter((k) => errors[k]).length;
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Edit details"
      onSubmit={submit}
      submitLabel="Save details"
      saving={saving}
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
      <Field label={labels.title} required validationMessage={errors.title}>
        <Input value={values.title} onChange={(_, d) => set("title", d.value)} />
      </Field>
      <Field label={labels.problemStatement} validationMessage={errors.problemStatement}>
        <Textarea
          value={values.problemStatement}
          onChange={(_, d) => set("problemStatement", d.value)}
          resize="vertical"
        />
      </Field>
      <Field label={labels.department} required validationMessage={errors.department}>
        <Input value={values.department} onChange={(_, d) => set("department", d.value)} />
      </Field>
      <Field label={labels.health} validationMessage={errors.health}>
        <Select value={values.health} onChange={(_, d) => set("health", d.value)}>
          {healthValues.map((h) => (
            <option key={h} value={h}>
              {healthLabels[h]}
            </option>
          ))}
        </Select>
      </Field>
      {(["outcomeOwnerId", "riskOwnerId"] as const).map((k) => (
        <Field key={k} label={labels[k]} required validationMessage={errors[k]}>
          <Select value={values[k]} onChange={(_, d) => set(k, d.value)}>
            {ownerOptions(values[k]).map((o) => (
              <option key={o.id} value={o.id}>
                {o.displayName}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <RatingFields values={values} errors={errors} onChange={set} />
      <Field label={labels.euAiActTier} validationMessage={errors.euAiActTier}>
        <Select value={values.euAiActTier} onChange={(_, d) => set("euAiActTier", d.value)}>
          {euAiActTiers.map((t) => (
            <option key={t} value={t}>
              {tierLabels[t]}
            </option>
          ))}
        </Select>
      </Field>
    </FormDialog>
  );
}
