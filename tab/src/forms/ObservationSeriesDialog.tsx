import { useState, type FormEvent } from "react";
import {
  Field,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from "@fluentui/react-components";
import { confidenceLevels, type Confidence } from "@domain/schemas/common";
import { confidenceLabels } from "../components/labels";
import { observationSeries, type Observation } from "@domain/schemas/metric";
import { useApi } from "../api/hooks";
import type { MetricItem } from "../api/types";
import { useFormat } from "../format";
import { apiFieldErrors } from "./apiFieldErrors";
import { ConflictView } from "./ConflictView";
import { FormDialog } from "./FormDialog";
import { FormStatus } from "./FormStatus";
import { parsePastedSeries } from "./pastedSeries";
import { useConflictSave, type ConflictField } from "./useConflictSave";
import { useSubmit } from "./useSubmit";

type Errors = Partial<Record<"series" | "confidence" | "form", string>>;
/** The months entered, each with its value and confidence. */
type Values = Record<string, { value: number; confidence: Confidence }>;

export interface ObservationSeriesDialogProps {
  metric: MetricItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onChanged: () => void;
}

/**
 * Several months of one metric at once, pasted from a spreadsheet (month and value per line):
 * previewed month by month against what is recorded, then saved as one change of the metric.
 */
export default function ObservationSeriesDialog({
  metric,
  open,
  onOpenChange,
  onChanged,
}: ObservationSeriesDialogProps) {
  const api = useApi();
  const format = useFormat();
  const [text, setText] = useState("");
  const [confidence, setConfidence] = useState<Confidence>("measured");
  const [errors, setErrors] = useState<Errors>({});
  const parsed = parsePastedSeries(text, format.locale);
  const recorded = (m: MetricItem | undefined, period: string) =>
    m?.observations.find((o) => o.period === period);
  const shown = (o: { value: number } | undefined) => (o ? format.number(o.value, 4) : "");

  const fields: readonly ConflictField<MetricItem, Values>[] = parsed.rows.map((r) => ({
    key: r.period,
    label: format.month(r.period),
    stored: (m) => shown(recorded(m, r.period)),
    entered: (v) => shown(v[r.period]),
  }));
  const encoded = encodeURIComponent(metric.id);
  const { conflict, save, applyOnTop } = useConflictSave({
    original: metric,
    fields,
    valuesOf: (m) =>
      Object.fromEntries(
        parsed.rows.flatMap((r) => {
          const o = recorded(m, r.period);
          return o ? [[r.period, { value: o.value, confidence: o.confidence }]] : [];
        }),
      ),
    fetchCurrent: () => api.get<MetricItem>(`/metrics/${encoded}`),
    send: (values: Values, etag) =>
      api.request<MetricItem>(`/metrics/${encoded}/observations`, {
        method: "PATCH",
        body: { observations: Object.entries(values).map(([period, o]) => ({ period, ...o })) },
        headers: etag ? { "if-match": etag } : {},
      }),
  });

  const { saving, run } = useSubmit<MetricItem>(
    () => {
      onChanged();
      onOpenChange(false);
    },
    (error) => {
      setErrors(apiFieldErrors(error, (path) => (path.startsWith("observations") ? "series" : undefined)));
    },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const observations: Observation[] = parsed.rows.map((r) => ({
      period: r.period,
      value: r.value,
      confidence,
    }));
    const checked = observationSeries.safeParse({ observations });
    const problem =
      parsed.problems.map((p) => p.message).join("; ") ||
      (parsed.rows.length === 0
        ? "Paste at least one month and its value."
        : checked.success
          ? ""
          : checked.error.issues[0]?.message);
    if (problem) {
      setErrors({ series: problem });
      return;
    }
    setErrors({});
    await run(() =>
      save(
        Object.fromEntries(observations.map((o) => [o.period, { value: o.value, confidence: o.confidence }])),
      ),
    );
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Paste a series: ${metric.name}`}
      onSubmit={submit}
      submitLabel={parsed.rows.length > 1 ? `Save ${parsed.rows.length} months` : "Save series"}
      saving={saving}
    >
      <FormStatus error={errors.form} count={errors.series ? 1 : 0} />
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
      <Field
        label={`Months and values (${metric.unit})`}
        hint="One month per line: the month (2026-03 or 03/2026) and the value, as copied from two spreadsheet columns."
        required
        validationMessage={errors.series}
      >
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={8} resize="vertical" />
      </Field>
      <Field label="Confidence of these values">
        <RadioGroup
          value={confidence}
          onChange={(_, d) => setConfidence(d.value as Confidence)}
          layout="horizontal"
        >
          {confidenceLevels.map((c) => (
            <Radio key={c} value={c} label={confidenceLabels[c]} />
          ))}
        </RadioGroup>
      </Field>
      {parsed.rows.length > 0 && (
        <Table aria-label="Months to save" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Month</TableHeaderCell>
              <TableHeaderCell>Value</TableHeaderCell>
              <TableHeaderCell>Recorded now</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {parsed.rows.map((r) => (
              <TableRow key={r.period}>
                <TableCell>{format.month(r.period)}</TableCell>
                <TableCell>{format.number(r.value, 4)}</TableCell>
                <TableCell>{shown(recorded(metric, r.period)) || "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </FormDialog>
  );
}
