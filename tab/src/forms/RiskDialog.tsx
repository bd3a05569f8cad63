import { FormStatus } from "./FormStatus";
import { FormDialog } from "./FormDialog";
import { useState, type FormEvent } from "react";
import { Field, Input, makeStyles, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import { riskBand, riskScore } from "@domain/risk";
import {
  impactLabels,
  likelihoodLabels,
  riskCategories,
  riskInput,
  riskPatch,
  riskStatuses,
  treatments,
} from "@domain/schemas/risk";
import { useApi } from "../api/hooks";
import { apiFieldErrors } from "./apiFieldErrors";
import type { RiskItem } from "../api/types";
import { bandLabels, riskCategoryLabels, riskStatusLabels } from "../components/labels";
import { ConflictView } from "./ConflictView";
import { useConflictSave, type ConflictField } from "./useConflictSave";
import { useSubmit } from "./useSubmit";

const useStyles = makeStyles({
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(180px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
});

const keys = [
  "title",
  "category",
  "likelihood",
  "impact",
  "treatment",
  "plan",
  "dueDate",
  "status",
  "residualLikelihood",
  "residualImpact",
] as const;
type Key = (typeof keys)[number];
/** The form's values; an empty string is "none" for the due date and the residual ratings. */
export type RiskValues = Record<Key, string>;
type Errors = Partial<Record<Key | "form", string>>;

const labels: Record<Key, string> = {
  title: "Title",
  category: "Category",
  likelihood: "Likelihood",
  impact: "Impact",
  treatment: "Treatment",
  plan: "Plan",
  dueDate: "Due date",
  status: "Status",
  residualLikelihood: "Residual likelihood",
  residualImpact: "Residual impact",
};
const treatmentLabels: Record<(typeof treatments)[number], string> = {
  mitigate: "Mitigate",
  accept: "Accept",
  transfer: "Transfer",
  avoid: "Avoid",
};
const ratingKeys: ReadonlySet<Key> = new Set([
  "likelihood",
  "impact",
  "residualLikelihood",
  "residualImpact",
]);
const scaleOf = (k: Key): readonly string[] =>
  k === "likelihood" || k === "residualLikelihood" ? likelihoodLabels : impactLabels;

const valuesOf = (r: RiskItem | undefined): RiskValues => ({
  title: r?.title ?? "",
  category: r?.category ?? "",
  likelihood: String(r?.likelihood ?? 3),
  impact: String(r?.impact ?? 3),
  treatment: r?.treatment ?? "mitigate",
  plan: r?.plan ?? "",
  dueDate: r?.dueDate ?? "",
  status: r?.status ?? "open",
  residualLikelihood: r?.residualLikelihood ? String(r.residualLikelihood) : "",
  residualImpact: r?.residualImpact ? String(r.residualImpact) : "",
});

const shownOf = (k: Key, v: RiskValues): string => {
  const raw = v[k];
  if (raw === "") return "";
  if (ratingKeys.has(k)) return `${raw} ${scaleOf(k)[Number(raw) - 1] ?? ""}`.trim();
  if (k === "category") return riskCategoryLabels[raw as keyof typeof riskCategoryLabels] ?? raw;
  if (k === "status") return riskStatusLabels[raw as keyof typeof riskStatusLabels] ?? raw;
  if (k === "treatment") return treatmentLabels[raw as keyof typeof treatmentLabels] ?? raw;
  return raw;
};

/** A field as the API takes it. */
const bodyValue = (k: Key, raw: string): unknown =>
  ratingKeys.has(k) ? (raw === "" ? null : Number(raw)) : k === "dueDate" ? (raw === "" ? null : raw) : raw;

/** The request body: every field to create, only the changed ones to edit. */
export function riskBody(base: RiskValues | undefined, values: RiskValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const k of keys) if (!base || values[k] !== base[k]) body[k] = bodyValue(k, values[k]);
  return body;
}

const fieldOf = (path: readonly PropertyKey[] | string): Key | undefined => {
  const first = (typeof path === "string" ? path.split(/[./]/) : path.map(String)).filter(Boolean)[0] ?? "";
  return (keys as readonly string[]).includes(first) ? (first as Key) : undefined;
};

/** The live score and band of a likelihood and an impact, both 1–5. */
export function scoreText(likelihood: string, impact: string): string {
  if (likelihood === "" || impact === "") return "";
  const score = riskScore(Number(likelihood), Number(impact));
  return `Score ${score} · ${bandLabels[riskBand(score)]}`;
}

export interface RiskDialogProps {
  initiativeId: string;
  /** The risk to edit; none to add one. */
  risk?: RiskItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onChanged: () => void;
}

/** Adds a risk to an initiative or edits one: how likely, how bad, and what is done about it. */
export default function RiskDialog({ initiativeId, risk, open, onOpenChange, onChanged }: RiskDialogProps) {
  const styles = useStyles();
  const api = useApi();
  const [values, setValues] = useState<RiskValues>(() => valuesOf(risk));
  const [errors, setErrors] = useState<Errors>({});
  const base = risk ? valuesOf(risk) : undefined;
  const encoded = risk ? encodeURIComponent(risk.id) : "";
  const fields: readonly ConflictField<RiskItem, RiskValues>[] = keys.map((k) => ({
    key: k,
    label: labels[k],
    stored: (r) => (r ? shownOf(k, valuesOf(r)) : ""),
    entered: (v) => shownOf(k, v),
  }));
  const { conflict, save, applyOnTop } = useConflictSave({
    original: risk,
    fields,
    valuesOf,
    fetchCurrent: () => (risk ? api.get<RiskItem>(`/risks/${encoded}`) : Promise.resolve(undefined)),
    send: (v: RiskValues, etag) =>
      risk
        ? api.request<RiskItem>(`/risks/${encoded}`, {
            method: "PATCH",
            body: riskBody(base, v),
            headers: etag ? { "if-match": etag } : {},
          })
        : api.request<RiskItem>("/risks", {
            method: "POST",
            body: { initiativeId, ...riskBody(undefined, v) },
          }),
  });
  const set = (k: Key, v: string) => setValues((old) => ({ ...old, [k]: v }));

  const { saving, run } = useSubmit<RiskItem>(
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
    const body = riskBody(base, values);
    if (risk && Object.keys(body).length === 0) {
      onOpenChange(false);
      return;
    }
    const parsed = risk ? riskPatch.safeParse(body) : riskInput.safeParse({ initiativeId, ...body });
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const k = fieldOf(issue.path);
        if (k)
          found[k] ??=
            k === "category" ? "Choose a category." : k === "dueDate" ? "Enter a date." : issue.message;
      }
      if (Object.keys(found).length === 0) found.form = parsed.error.issues[0]?.message ?? "Check the form.";
      setErrors(found);
      return;
    }
    setErrors({});
    await run(() => save(values));
  }

  const rating = (k: Key, optional: boolean) => (
    <Field label={labels[k]} required={!optional} validationMessage={errors[k]}>
      <Select value={values[k]} onChange={(_, d) => set(k, d.value)}>
        {optional && <option value="">Not assessed</option>}
        {scaleOf(k).map((label, n) => (
          <option key={label} value={String(n + 1)}>
            {`${n + 1} ${label}`}
          </option>
        ))}
      </Select>
    </Field>
  );
  const count = keys.filter((k) => errors[k]).length;
  const title = risk ? "Edit risk" : "Add risk";
  const residual = scoreText(values.residualLikelihood, values.residualImpact);
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      onSubmit={submit}
      submitLabel={risk ? "Save risk" : "Add risk"}
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
      <Field label={labels.category} required validationMessage={errors.category}>
        <Select value={values.category} onChange={(_, d) => set("category", d.value)}>
          <option value="">Choose…</option>
          {riskCategories.map((c) => (
            <option key={c} value={c}>
              {riskCategoryLabels[c]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.pair}>
        {rating("likelihood", false)}
        {rating("impact", false)}
      </div>
      <Text aria-live="polite" data-testid="inherent-score">
        {scoreText(values.likelihood, values.impact)}
      </Text>
      <Field label={labels.treatment} validationMessage={errors.treatment}>
        <Select value={values.treatment} onChange={(_, d) => set("treatment", d.value)}>
          {treatments.map((t) => (
            <option key={t} value={t}>
              {treatmentLabels[t]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={labels.plan} validationMessage={errors.plan}>
        <Textarea value={values.plan} onChange={(_, d) => set("plan", d.value)} resize="vertical" />
      </Field>
      <div className={styles.pair}>
        <Field label={labels.dueDate} validationMessage={errors.dueDate}>
          <Input type="date" value={values.dueDate} onChange={(_, d) => set("dueDate", d.value)} />
        </Field>
        <Field label={labels.status} validationMessage={errors.status}>
          <Select value={values.status} onChange={(_, d) => set("status", d.value)}>
            {riskStatuses.map((s) => (
              <option key={s} value={s}>
                {riskStatusLabels[s]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.pair}>
        {rating("residualLikelihood", true)}
        {rating("residualImpact", true)}
      </div>
      {residual && (
        <Text aria-live="polite" data-testid="residual-score">
          Residual: {residual}
        </Text>
      )}
    </FormDialog>
  );
}
