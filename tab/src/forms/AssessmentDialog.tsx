import { FormStatus } from "./FormStatus";
import { FormDialog } from "./FormDialog";
import { useState, type FormEvent } from "react";
import { Field, Input, makeStyles, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import { maturityDimensionLabels } from "@domain/maturity";
import {
  maturityAssessmentInput,
  maturityAssessmentPatch,
  maturityDimensions,
  maturityLevels,
  type MaturityDimension,
} from "@domain/schemas/maturity";
import { ApiError } from "../api/client";
import { useApi } from "../api/hooks";
import type { AssessmentItem } from "../api/types";
import { useFormat } from "../format";
import { apiFieldErrors } from "./apiFieldErrors";
import { ConflictView } from "./ConflictView";
import { useConflictSave, type ConflictField } from "./useConflictSave";
import { useSubmit } from "./useSubmit";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(180px, 1fr))",
    gap: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
});

type Level = "current" | "target";
type Part = Level | "evidence";
const parts: readonly Part[] = ["current", "target", "evidence"];
/** One input of a dimension: "strategy.current", "data.evidence". */
type RowKey = `${MaturityDimension}.${Part}`;
const rowKeys = maturityDimensions.flatMap((d) => parts.map((p): RowKey => `${d}.${p}`));
type Key = RowKey | "period" | "notes";

/** The form's values, flat (one per input): levels as "1"–"5", or "" while not chosen. */
export type AssessmentValues = Record<RowKey, string> & { period: string; notes: string };
type Errors = Partial<Record<Key | "form", string>>;

const levelMessages: Record<Level, string> = {
  current: "Choose the level reached now.",
  target: "Choose the level aimed for.",
};
const partLabels: Record<Part, string> = {
  current: "current level",
  target: "target level",
  evidence: "evidence",
};

const valuesOf = (period: string, a: AssessmentItem | undefined): AssessmentValues => {
  const values = { period: a?.period ?? period, notes: a?.notes ?? "" } as AssessmentValues;
  for (const d of maturityDimensions) {
    const found = a?.dimensions.find((x) => x.dimension === d);
    values[`${d}.current`] = found ? String(found.current) : "";
    values[`${d}.target`] = found ? String(found.target) : "";
    values[`${d}.evidence`] = found?.evidence ?? "";
  }
  return values;
};

const levelOf = (raw: string) => (raw === "" ? undefined : Number(raw));

/** The whole assessment as the form holds it (POST body before the schema's defaults). */
function inputOf(v: AssessmentValues) {
  return {
    period: v.period.trim(),
    dimensions: maturityDimensions.map((d) => ({
      dimension: d,
      current: levelOf(v[`${d}.current`]),
      target: levelOf(v[`${d}.target`]),
      evidence: v[`${d}.evidence`].trim(),
    })),
    notes: v.notes.trim(),
  };
}

/** The PATCH body: the dimensions (all seven, as the API takes them) when one input changed, the notes when they did. */
export function assessmentPatch(base: AssessmentValues, values: AssessmentValues): Record<string, unknown> {
  const whole = inputOf(values);
  const body: Record<string, unknown> = {};
  if (rowKeys.some((k) => values[k] !== base[k])) body.dimensions = whole.dimensions;
  if (values.notes !== base.notes) body.notes = whole.notes;
  return body;
}

/** The field a schema or API error path names: "period", "notes" or "strategy.current". */
const keyOf = (path: readonly PropertyKey[] | string): Key | undefined => {
  const p = typeof path === "string" ? path.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : path;
  if (p[0] === "period" || p[0] === "notes") return p[0];
  if (p[0] === "dimensions" && typeof p[1] === "number") {
    const d = maturityDimensions[p[1]];
    const k = p[2];
    if (d && (k === "current" || k === "target" || k === "evidence")) return `${d}.${k}`;
  }
  return undefined;
};

interface CommonProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** After a save: refetch. */
  onChanged: () => void;
}

export type AssessmentDialogProps = CommonProps &
  (
    | {
        /** A new assessment: the month proposed, YYYY-MM. */
        period: string;
        assessment?: undefined;
      }
    | {
        /** The assessment to change (its month stays). */
        assessment: AssessmentItem;
        period?: undefined;
      }
  );

/**
 * A maturity assessment, new or as recorded: the month, and per dimension the level now, the
 * level aimed for and the evidence. A change is saved over the assessment as it was read; when
 * someone else saved one meanwhile, the user compares and decides.
 */
export default function AssessmentDialog({
  period: proposed,
  assessment,
  open,
  onOpenChange,
  onChanged,
}: AssessmentDialogProps) {
  const styles = useStyles();
  const api = useApi();
  const format = useFormat();
  const editing = assessment !== undefined;
  const original = valuesOf(proposed ?? "", assessment);
  const [values, setValues] = useState<AssessmentValues>(original);
  const [errors, setErrors] = useState<Errors>({});
  const encoded = encodeURIComponent(assessment?.id ?? "");

  const shown = (k: Key, v: AssessmentValues) => {
    const raw = v[k];
    if (!k.endsWith(".current") && !k.endsWith(".target")) return raw;
    return raw === "" ? "" : `${raw} ${maturityLevels[Number(raw) - 1] ?? ""}`.trim();
  };
  const fields: readonly ConflictField<AssessmentItem, AssessmentValues>[] = [
    ...maturityDimensions.flatMap((d) =>
      parts.map((p) => ({
        key: `${d}.${p}` as RowKey,
        label: `${maturityDimensionLabels[d]}: ${partLabels[p]}`,
      })),
    ),
    { key: "notes" as const, label: "Notes" },
  ].map((f) => ({
    ...f,
    stored: (a: AssessmentItem | undefined) => (a ? shown(f.key, valuesOf("", a)) : ""),
    entered: (v: AssessmentValues) => shown(f.key, v),
  }));
  const { conflict, save, applyOnTop } = useConflictSave({
    original: assessment,
    fields,
    valuesOf: (a: AssessmentItem | undefined) => valuesOf(original.period, a),
    fetchCurrent: () => api.get<AssessmentItem>(`/maturity-assessments/${encoded}`),
    send: (v: AssessmentValues, etag) =>
      editing
        ? api.request<AssessmentItem>(`/maturity-assessments/${encoded}`, {
            method: "PATCH",
            body: assessmentPatch(original, v),
            headers: etag ? { "if-match": etag } : {},
          })
        : api.request<AssessmentItem>("/maturity-assessments", {
            method: "POST",
            body: maturityAssessmentInput.parse(inputOf(v)),
          }),
  });

  const set = (k: Key, v: string) => setValues((old) => ({ ...old, [k]: v }));

  const { saving, run } = useSubmit<AssessmentItem>(
    () => {
      onChanged();
      onOpenChange(false);
    },
    (error) => {
      setErrors(
        !editing && error instanceof ApiError && error.status === 409
          ? { period: "This month is assessed already: choose another month." }
          : apiFieldErrors(error, keyOf),
      );
    },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = editing ? assessmentPatch(original, values) : inputOf(values);
    if (Object.keys(body).length === 0) {
      onOpenChange(false);
      return;
    }
    const parsed = (editing ? maturityAssessmentPatch : maturityAssessmentInput).safeParse(body);
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = keyOf(issue.path);
        if (!key) continue;
        const part = key.slice(key.indexOf(".") + 1);
        found[key] ??=
          key === "period"
            ? "Enter the month as YYYY-MM."
            : part === "current" || part === "target"
              ? levelMessages[part]
              : issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    await run(() => save(values));
  }

  const count = Object.keys(errors).filter((k) => k !== "form").length;
  const levelOptions = maturityLevels.map((name, k) => (
    <option key={name} value={String(k + 1)}>
      {k + 1} {name}
    </option>
  ));
  const title = editing ? "Edit assessment" : "Record assessment";
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      onSubmit={submit}
      submitLabel="Save assessment"
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
      {editing ? (
        <Text weight="semibold">Assessment of {format.month(values.period)}</Text>
      ) : (
        <Field label="Month (YYYY-MM)" required validationMessage={errors.period}>
          <Input value={values.period} onChange={(_, d) => set("period", d.value)} />
        </Field>
      )}
      {maturityDimensions.map((d) => (
        <fieldset key={d} className={styles.row} aria-label={maturityDimensionLabels[d]}>
          <legend className={styles.legend}>{maturityDimensionLabels[d]}</legend>
          <Field label="Current level" required validationMessage={errors[`${d}.current`]}>
            <Select value={values[`${d}.current`]} onChange={(_, v) => set(`${d}.current`, v.value)}>
              <option value="">Not chosen</option>
              {levelOptions}
            </Select>
          </Field>
          <Field label="Target level" required validationMessage={errors[`${d}.target`]}>
            <Select value={values[`${d}.target`]} onChange={(_, v) => set(`${d}.target`, v.value)}>
              <option value="">Not chosen</option>
              {levelOptions}
            </Select>
          </Field>
          <Field label="Evidence" validationMessage={errors[`${d}.evidence`]}>
            <Textarea value={values[`${d}.evidence`]} onChange={(_, v) => set(`${d}.evidence`, v.value)} />
          </Field>
        </fieldset>
      ))}
      <Field label="Notes" validationMessage={errors.notes}>
        <Textarea value={values.notes} onChange={(_, d) => set("notes", d.value)} resize="vertical" />
      </Field>
    </FormDialog>
  );
}
