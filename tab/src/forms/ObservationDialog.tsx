import { FormStatus } from "./FormStatus";
import { FormDialog } from "./FormDialog";
import { useState, type FormEvent } from "react";
import { Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { confidenceLevels } from "@domain/schemas/common";
import { confidenceLabels } from "../components/labels";
import { observation } from "@domain/schemas/metric";
import * as z from "zod/mini";
import { useApi } from "../api/hooks";
import { apiFieldErrors } from "./apiFieldErrors";
import type { MetricItem } from "../api/types";
import { useFormat } from "../format";
import { ConflictView } from "./ConflictView";
import { useConflictSave, type ConflictField } from "./useConflictSave";
import { useSubmit } from "./useSubmit";

/** The body of PUT /api/metrics/{id}/observations/{period}, validated as the API does. */
const observationBody = z.omit(observation, { period: true });
type Values = ReturnType<typeof observationBody.parse>;
type Errors = Partial<Record<"value" | "confidence" | "form", string>>;

export interface ObservationDialogProps {
  metric: MetricItem;
  /** The month observed, YYYY-MM. */
  period: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** After a save, or after the user discarded theirs for someone else's: refetch. */
  onChanged: () => void;
}

/** One month's observed value of a success metric, and how sure it is. */
export default function ObservationDialog({
  metric,
  period,
  open,
  onOpenChange,
  onChanged,
}: ObservationDialogProps) {
  const api = useApi();
  const format = useFormat();
  const recorded = metric.observations.find((o) => o.period === period);
  const [value, setValue] = useState(recorded ? String(recorded.value) : "");
  const [confidence, setConfidence] = useState<string>(recorded?.confidence ?? "measured");
  const [errors, setErrors] = useState<Errors>({});

  const of = (m: MetricItem | undefined) => m?.observations.find((o) => o.period === period);
  const fields: readonly ConflictField<MetricItem, Values>[] = [
    {
      key: "value",
      label: `Value (${metric.unit})`,
      stored: (m) => (of(m) ? String(of(m)?.value) : ""),
      entered: (v) => String(v.value),
    },
    {
      key: "confidence",
      label: "Confidence",
      stored: (m) => {
        const o = of(m);
        return o ? confidenceLabels[o.confidence] : "";
      },
      entered: (v) => confidenceLabels[v.confidence],
    },
  ];
  const encoded = encodeURIComponent(metric.id);
  const { conflict, save, applyOnTop } = useConflictSave({
    original: metric,
    fields,
    valuesOf: (m) => {
      const o = of(m);
      return { value: o?.value ?? 0, confidence: o?.confidence ?? "measured" };
    },
    fetchCurrent: () => api.get<MetricItem>(`/metrics/${encoded}`),
    send: (body: Values, etag) =>
      api.request<MetricItem>(`/metrics/${encoded}/observations/${period}`, {
        method: "PUT",
        body,
        headers: etag ? { "if-match": etag } : {},
      }),
  });

  const { saving, run } = useSubmit<MetricItem>(
    () => {
      onChanged();
      onOpenChange(false);
    },
    (error) => {
      setErrors(
        apiFieldErrors(error, (path) => (path === "value" || path === "confidence" ? path : undefined)),
      );
    },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = observationBody.safeParse({
      value: value.trim() === "" ? Number.NaN : Number(value),
      confidence,
    });
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === "confidence" ? "confidence" : "value";
        found[key] ??= key === "value" ? "Enter the month's value as a number." : issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    await run(() => save(parsed.data));
  }

  const count = [errors.value, errors.confidence].filter(Boolean).length;
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Record observation"
      onSubmit={submit}
      submitLabel="Save observation"
      saving={saving}
    >
      <div>
        {metric.name}, {format.month(period)}
      </div>
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
      <Field label={`Value (${metric.unit})`} required validationMessage={errors.value}>
        <Input inputMode="decimal" value={value} onChange={(_, d) => setValue(d.value)} />
      </Field>
      <Field label="Confidence" validationMessage={errors.confidence}>
        <RadioGroup value={confidence} onChange={(_, d) => setConfidence(d.value)} layout="horizontal">
          {confidenceLevels.map((c) => (
            <Radio key={c} value={c} label={confidenceLabels[c]} />
          ))}
        </RadioGroup>
      </Field>
    </FormDialog>
  );
}
