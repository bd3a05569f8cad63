import { FormStatus } from "./FormStatus";
import { SubmitActions } from "./SubmitActions";
import { useState, type FormEvent } from "react";
import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { maturityDimensionLabels } from "@domain/maturity";
import {
  maturityAssessmentInput,
  maturityDimensions,
  maturityLevels,
  type MaturityDimension,
} from "@domain/schemas/maturity";
import { ApiError } from "../api/client";
import { asApiError, useApi } from "../api/hooks";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
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
type Row = { current: string; target: string; evidence: string };
type Errors = Record<string, string>;
const emptyRow: Row = { current: "", target: "", evidence: "" };
const levelMessages: Record<Level, string> = {
  current: "Choose the level reached now.",
  target: "Choose the level aimed for.",
};

export interface AssessmentDialogProps {
  /** The month proposed, YYYY-MM. */
  period: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** After a save: refetch. */
  onChanged: () => void;
}

/** A new maturity assessment: the month, and per dimension the level now, the level aimed for and the evidence. */
export default function AssessmentDialog({
  period: proposed,
  open,
  onOpenChange,
  onChanged,
}: AssessmentDialogProps) {
  const styles = useStyles();
  const api = useApi();
  const [period, setPeriod] = useState(proposed);
  const [rows, setRows] = useState<Record<MaturityDimension, Row>>(
    () => Object.fromEntries(maturityDimensions.map((d) => [d, emptyRow])) as Record<MaturityDimension, Row>,
  );
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const set = (d: MaturityDimension, k: keyof Row, v: string) =>
    setRows((r) => ({ ...r, [d]: { ...r[d], [k]: v } }));
  /** The error key of a field: "period", or "strategy.current". */
  const keyOf = (path: readonly PropertyKey[]) => {
    if (path[0] === "period") return "period";
    if (path[0] === "dimensions" && typeof path[1] === "number") {
      const d = maturityDimensions[path[1]];
      const k = path[2];
      if (d && (k === "current" || k === "target" || k === "evidence")) return `${d}.${k}`;
    }
    return undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = maturityAssessmentInput.safeParse({
      period: period.trim(),
      dimensions: maturityDimensions.map((d) => ({
        dimension: d,
        current: rows[d].current === "" ? undefined : Number(rows[d].current),
        target: rows[d].target === "" ? undefined : Number(rows[d].target),
        evidence: rows[d].evidence.trim(),
      })),
    });
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = keyOf(issue.path);
        if (!key) continue;
        const k = key.slice(key.indexOf(".") + 1);
        found[key] ??=
          key === "period"
            ? "Enter the month as YYYY-MM."
            : k === "current" || k === "target"
              ? levelMessages[k]
              : issue.message;
      }
      setErrors(found);
      setFormError(undefined);
      return;
    }
    setErrors({});
    setFormError(undefined);
    setSaving(true);
    try {
      await api.request("/maturity-assessments", { method: "POST", body: parsed.data });
      onChanged();
      onOpenChange(false);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setErrors({ period: "This month is assessed already: choose another month." });
        return;
      }
      const e = asApiError(error);
      const found: Errors = {};
      for (const f of e.errors) {
        const key = keyOf(f.path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
        if (key) found[key] ??= f.message;
      }
      setErrors(found);
      if (Object.keys(found).length === 0) setFormError(e.message);
    } finally {
      setSaving(false);
    }
  }

  const count = Object.keys(errors).length;
  const levelOptions = maturityLevels.map((name, k) => (
    <option key={name} value={String(k + 1)}>
      {k + 1} {name}
    </option>
  ));
  return (
    <Dialog open={open} onOpenChange={(_, d) => onOpenChange(d.open)} modalType="modal">
      <DialogSurface>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <DialogBody>
            <DialogTitle>Record assessment</DialogTitle>
            <DialogContent className={styles.form}>
              <FormStatus error={formError} count={count} />
              <Field label="Month (YYYY-MM)" required validationMessage={errors.period}>
                <Input value={period} onChange={(_, d) => setPeriod(d.value)} />
              </Field>
              {maturityDimensions.map((d) => (
                <fieldset key={d} className={styles.row} aria-label={maturityDimensionLabels[d]}>
                  <legend className={styles.legend}>{maturityDimensionLabels[d]}</legend>
                  <Field label="Current level" required validationMessage={errors[`${d}.current`]}>
                    <Select value={rows[d].current} onChange={(_, v) => set(d, "current", v.value)}>
                      <option value="">Not chosen</option>
                      {levelOptions}
                    </Select>
                  </Field>
                  <Field label="Target level" required validationMessage={errors[`${d}.target`]}>
                    <Select value={rows[d].target} onChange={(_, v) => set(d, "target", v.value)}>
                      <option value="">Not chosen</option>
                      {levelOptions}
                    </Select>
                  </Field>
                  <Field label="Evidence" validationMessage={errors[`${d}.evidence`]}>
                    <Textarea value={rows[d].evidence} onChange={(_, v) => set(d, "evidence", v.value)} />
                  </Field>
                </fieldset>
              ))}
            </DialogContent>
            <SubmitActions label="Save assessment" saving={saving} onCancel={() => onOpenChange(false)} />
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
