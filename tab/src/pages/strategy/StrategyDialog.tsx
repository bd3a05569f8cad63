import { useMemo, useState, type FormEvent } from "react";
import { FormDialog } from "../../forms/FormDialog";
import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from "@fluentui/react-icons";
import {
  defaultWeights,
  strategyProfileInput,
  type PrioritisationWeights,
  type StrategyProfileInput,
} from "@domain/schemas/strategy";
import type * as z from "zod/mini";
import { asApiError, useApi } from "../../api/hooks";
import { ConflictView } from "../../forms/ConflictView";
import { FormStatus } from "../../forms/FormStatus";
import { ratingKeys, ratingLabels, type RatingKey } from "../../forms/initiativeFields";
import { useConflictSave, type ConflictField } from "../../forms/useConflictSave";
import { PeoplePicker } from "../../graph/PeoplePicker";
import type { KnownPerson } from "../../graph/usePeople";
import { useTeams } from "../../teams/TeamsProvider";
import { currencyForLocale, defaultDiscountRate } from "./strategyDefaults";
import type { StoredStrategy } from "./strategyPeople";
import { useSubmit } from "../../forms/useSubmit";

const useStyles = makeStyles({
  surface: { maxWidth: "760px", width: "100%" },
  heading: { margin: `${tokens.spacingVerticalS} 0 0` },
  rows: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(200px, 1fr))",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  moves: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalXS,
    gridColumn: "1 / -1",
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  error: { color: tokens.colorPaletteRedForeground1, whiteSpace: "pre-line" },
});

/** One business priority as the form edits it; its rank is its place in the list. */
export interface PriorityRow {
  id: string;
  title: string;
  sponsorId: string;
}

/** One executive as the form edits it; `key` only tells the rows apart while the id is typed. */
export interface ExecutiveRow {
  key: string;
  id: string;
  displayName: string;
  jobTitle: string;
}

export interface StrategyValues {
  vision: string;
  horizon: string;
  priorities: PriorityRow[];
  executives: ExecutiveRow[];
  currency: string;
  /** The yearly discount rate in percent, as typed ("8" for 0.08). */
  discountRate: string;
  /** The prioritisation weights, 0 to 10 each, as typed. */
  weights: Record<RatingKey, string>;
}

/** The form's errors by field: "vision", "priorities.<n>.title", "executives.<n>.id", "weights.impact", "form"… */
type Errors = Partial<Record<string, string>>;

const maxPriorities = 20;
const maxExecutives = 200;

const newKey = () => crypto.randomUUID();
const newPriorityId = () => `p-${crypto.randomUUID()}`;
/** 0.08 → "8", without the binary fraction's noise (0.07 × 100 is 7.000000000000001). */
const percentText = (rate: number) => String(Math.round(rate * 100_000) / 1000);
const weightsText = (weights: PrioritisationWeights): Record<RatingKey, string> =>
  Object.fromEntries(ratingKeys.map((k) => [k, String(weights[k])])) as Record<RatingKey, string>;
/** A typed number; empty or not a number gives NaN, which the schema refuses at the field. */
const numberOf = (typed: string) =>
  typed.trim() === "" ? Number.NaN : Number(typed.trim().replace(",", "."));

const executiveRows = (
  executives: readonly { id: string; displayName: string; jobTitle: string }[],
): ExecutiveRow[] =>
  executives.map((e) => ({ key: newKey(), id: e.id, displayName: e.displayName, jobTitle: e.jobTitle }));

const valuesOf = (s: StoredStrategy | undefined): StrategyValues => ({
  vision: s?.vision ?? "",
  horizon: s?.horizon ?? "",
  priorities: [...(s?.priorities ?? [])]
    .sort((a, b) => a.rank - b.rank)
    .map((p) => ({ id: p.id, title: p.title, sponsorId: p.sponsorId })),
  executives: executiveRows(s?.executives ?? []),
  currency: s?.currency ?? "",
  discountRate: s ? percentText(s.discountRate) : "",
  weights: weightsText(s?.prioritisationWeights ?? defaultWeights),
});

/**
 * A new tenant's starting point: the signed-in manager as the first executive, one empty
 * priority, the currency of the user's locale, the default discount rate and weights.
 */
export function newStrategyValues(locale: string, me?: { id: string; name: string }): StrategyValues {
  return {
    vision: "",
    horizon: "",
    priorities: [{ id: newPriorityId(), title: "", sponsorId: "" }],
    executives: me ? [{ key: newKey(), id: me.id, displayName: me.name, jobTitle: "" }] : [],
    currency: currencyForLocale(locale),
    discountRate: percentText(defaultDiscountRate),
    weights: weightsText(defaultWeights),
  };
}

/** The PUT body: the whole profile, priorities ranked in the order the form lists them. */
export function strategyBody(values: StrategyValues): StrategyProfileInput {
  return {
    vision: values.vision,
    horizon: values.horizon,
    priorities: values.priorities.map((p, n) => ({
      id: p.id,
      title: p.title,
      rank: n + 1,
      sponsorId: p.sponsorId,
    })),
    executives: values.executives.map((e) => ({
      id: e.id.trim(),
      displayName: e.displayName,
      jobTitle: e.jobTitle,
    })),
    maturityFramework: "default-7x5",
    currency: values.currency.trim().toUpperCase(),
    discountRate: numberOf(values.discountRate) / 100,
    prioritisationWeights: Object.fromEntries(
      ratingKeys.map((k) => [k, numberOf(values.weights[k])]),
    ) as PrioritisationWeights,
  };
}

const isIndex = (part: string | undefined) => part !== undefined && /^\d+$/.test(part);

/** The form field an error path names (the schema's or the API's, "priorities.2.title"). */
export function strategyFieldOf(path: readonly PropertyKey[] | string): string | undefined {
  const parts = (typeof path === "string" ? path.split(/[./]/) : path.map(String)).filter(Boolean);
  const [first, second, third] = parts;
  if (first === "vision" || first === "horizon" || first === "currency" || first === "discountRate")
    return first;
  if (first === "prioritisationWeights")
    return (ratingKeys as readonly string[]).includes(second ?? "") ? `weights.${second}` : "weights";
  if (first === "priorities")
    return isIndex(second) && (third === "title" || third === "sponsorId")
      ? `priorities.${second}.${third}`
      : "priorities";
  if (first === "executives")
    return isIndex(second) && (third === "id" || third === "displayName" || third === "jobTitle")
      ? `executives.${second}.${third}`
      : "executives";
  return undefined;
}

/** What to do, whatever the schema's complaint: the field's one rule. */
const ruleOf: Record<string, string> = {
  currency: "Enter an ISO 4217 code such as EUR.",
  discountRate: "Enter a yearly rate from 0 to 100 %.",
  ...Object.fromEntries(ratingKeys.map((k) => [k, "Enter a weight from 0 to 10."])),
};
/** What to do when a required field is empty. */
const tooSmall: Record<string, string> = {
  vision: "Enter the AI vision.",
  horizon: "Enter the horizon, such as 2028.",
  priorities: "Keep at least one business priority.",
  title: "Enter the priority's title.",
  sponsorId: "Choose the priority's sponsor.",
  id: "Enter the executive's Entra object id.",
  displayName: "Enter the executive's name.",
};

function messageOf(key: string, issue: z.core.$ZodIssue): string {
  const leaf = key.split(".").at(-1) ?? key;
  const rule = ruleOf[leaf];
  if (rule) return rule;
  const empty = issue.code === "too_small" || issue.code === "invalid_type";
  return (empty ? tooSmall[leaf] : undefined) ?? issue.message;
}

/** The schema's refusal as messages at the fields. */
export function validationErrors(body: StrategyProfileInput): Errors | undefined {
  const parsed = strategyProfileInput.safeParse(body);
  if (parsed.success) return undefined;
  const found: Errors = {};
  for (const issue of parsed.error.issues) {
    const key = strategyFieldOf(issue.path);
    if (key) found[key] ??= messageOf(key, issue);
  }
  if (Object.keys(found).length === 0) found.form = parsed.error.issues[0]?.message ?? "Check the form.";
  return found;
}

/**
 * The API's refusal at the fields its errors name. Every message of a field is kept: a 409 names
 * each business priority that initiatives still link to, all at "priorities".
 */
function apiErrors(error: unknown): Errors {
  const e = asApiError(error);
  const found: Errors = {};
  for (const f of e.errors) {
    const key = strategyFieldOf(f.path);
    if (key) found[key] = found[key] ? `${found[key]}\n${f.message}` : f.message;
  }
  if (e.status === 409) found.form = e.detail ?? e.message;
  else if (Object.keys(found).length === 0) found.form = e.message;
  return found;
}

const executivesText = (rows: readonly ExecutiveRow[]) =>
  rows.map((e) => `${e.displayName}${e.jobTitle ? ` (${e.jobTitle})` : ""}`).join("\n");
const weightsLine = (weights: Record<RatingKey, string>) =>
  ratingKeys.map((k) => `${ratingLabels[k]} ${weights[k]}`).join(", ");

export interface StrategyDialogProps {
  /** The profile to edit; without one the dialog sets the strategy up (PUT without If-Match). */
  strategy?: StoredStrategy;
  /** People named elsewhere (the stored executives): offered as sponsors with the form's executives. */
  known: readonly KnownPerson[];
  /** The signed-in manager, the first executive of a new profile. */
  me?: { id: string; name: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onChanged: () => void;
}

/**
 * Sets up or edits the strategy profile: the AI vision and horizon, the business priorities (add,
 * remove, reorder), the executives, and the currency, discount rate and prioritisation weights.
 */
export default function StrategyDialog({
  strategy,
  known,
  me,
  open,
  onOpenChange,
  onChanged,
}: StrategyDialogProps) {
  const styles = useStyles();
  const api = useApi();
  const { locale } = useTeams();
  const creating = strategy === undefined;
  const [values, setValues] = useState<StrategyValues>(() =>
    strategy ? valuesOf(strategy) : newStrategyValues(locale, me),
  );
  const [errors, setErrors] = useState<Errors>({});
  // Sponsors come from the executives as entered, then from the people already known.
  const people = useMemo<KnownPerson[]>(() => {
    const entered = values.executives
      .filter((e) => e.id.trim() !== "" && e.displayName.trim() !== "")
      .map((e) => ({ id: e.id.trim(), displayName: e.displayName.trim(), jobTitle: e.jobTitle.trim() }));
    const ids = new Set(entered.map((e) => e.id));
    return [...entered, ...known.filter((p) => !ids.has(p.id))];
  }, [values.executives, known]);
  const nameOf = (id: string) => people.find((p) => p.id === id)?.displayName ?? id;
  const prioritiesText = (rows: readonly PriorityRow[]) =>
    rows
      .map((p, n) => `${n + 1}. ${p.title} (${p.sponsorId ? nameOf(p.sponsorId) : "no sponsor"})`)
      .join("\n");
  const fields: readonly ConflictField<StoredStrategy, StrategyValues>[] = [
    { key: "vision", label: "Vision", stored: (s) => s?.vision ?? "", entered: (v) => v.vision },
    { key: "horizon", label: "Horizon", stored: (s) => s?.horizon ?? "", entered: (v) => v.horizon },
    {
      key: "priorities",
      label: "Business priorities",
      stored: (s) => prioritiesText(valuesOf(s).priorities),
      entered: (v) => prioritiesText(v.priorities),
    },
    {
      key: "executives",
      label: "Executives",
      stored: (s) => executivesText(valuesOf(s).executives),
      entered: (v) => executivesText(v.executives),
    },
    { key: "currency", label: "Currency", stored: (s) => s?.currency ?? "", entered: (v) => v.currency },
    {
      key: "discountRate",
      label: "Discount rate (%)",
      stored: (s) => valuesOf(s).discountRate,
      entered: (v) => v.discountRate,
    },
    {
      key: "weights",
      label: "Prioritisation weights",
      stored: (s) => (s ? weightsLine(valuesOf(s).weights) : ""),
      entered: (v) => weightsLine(v.weights),
    },
  ];
  const { conflict, save, applyOnTop } = useConflictSave({
    original: strategy,
    fields,
    valuesOf,
    fetchCurrent: () => api.get<StoredStrategy>("/strategy"),
    send: (v: StrategyValues, etag) =>
      api.request<StoredStrategy>("/strategy", {
        method: "PUT",
        body: strategyBody(v),
        headers: etag ? { "if-match": etag } : {},
      }),
  });

  const set = (change: (v: StrategyValues) => StrategyValues) => setValues(change);
  const setPriority = (n: number, change: Partial<PriorityRow>) =>
    set((v) => ({ ...v, priorities: v.priorities.map((p, k) => (k === n ? { ...p, ...change } : p)) }));
  const setExecutive = (n: number, change: Partial<ExecutiveRow>) =>
    set((v) => ({ ...v, executives: v.executives.map((e, k) => (k === n ? { ...e, ...change } : e)) }));
  // Moving or removing a row renumbers the rest: errors by position would point at the wrong one.
  const dropRowErrors = (list: "priorities" | "executives") =>
    setErrors((found) =>
      Object.fromEntries(Object.entries(found).filter(([k]) => !k.startsWith(`${list}.`))),
    );
  const reorder = (change: (rows: PriorityRow[]) => PriorityRow[]) => {
    set((v) => ({ ...v, priorities: change([...v.priorities]) }));
    dropRowErrors("priorities");
  };
  const move = (n: number, by: -1 | 1) =>
    reorder((rows) => {
      const [row] = rows.splice(n, 1);
      if (row) rows.splice(n + by, 0, row);
      return rows;
    });
  const removeExecutive = (n: number) => {
    set((v) => ({ ...v, executives: v.executives.filter((_, k) => k !== n) }));
    dropRowErrors("executives");
  };

  const { saving, run } = useSubmit<StoredStrategy>(
    () => {
      onChanged();
      onOpenChange(false);
    },
    (error) => {
      setErrors(apiErrors(error));
    },
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validationErrors(strategyBody(values));
    if (found) {
      setErrors(found);
      return;
    }
    setErrors({});
    await run(() => save(values));
  }

  const count = Object.keys(errors).filter((k) => k !== "form" && errors[k]).length;
  const title = creating ? "Set up the strategy" : "Edit strategy";
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      onSubmit={submit}
      submitLabel={creating ? "Create strategy" : "Save strategy"}
      saving={saving}
      surfaceClassName={styles.surface}
    >
      {creating && (
        <Text as="p">
          Step 1 of the nine steps: the AI vision, the business priorities every initiative links to, the
          executives who sponsor them and the figures the board is reported in.
        </Text>
      )}
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
      <Field
        label="Vision"
        required
        validationMessage={errors.vision}
        hint="Where AI takes the organisation, in a few sentences."
      >
        <Textarea
          value={values.vision}
          onChange={(_, d) => set((v) => ({ ...v, vision: d.value }))}
          resize="vertical"
          rows={4}
        />
      </Field>
      <Field
        label="Horizon"
        required
        validationMessage={errors.horizon}
        hint="The year or period the vision aims at."
      >
        <Input value={values.horizon} onChange={(_, d) => set((v) => ({ ...v, horizon: d.value }))} />
      </Field>

      <Text as="h3" weight="semibold" size={400} className={styles.heading}>
        Executives
      </Text>
      <Text size={200}>The people who sponsor business priorities and answer the alignment survey.</Text>
      {errors.executives && (
        <Text role="alert" className={styles.error}>
          {errors.executives}
        </Text>
      )}
      <ol className={styles.rows} aria-label="Executives">
        {values.executives.map((e, n) => (
          <li key={e.key} className={styles.row} aria-label={`Executive ${n + 1}`}>
            <Field
              label={`Name of executive ${n + 1}`}
              required
              validationMessage={errors[`executives.${n}.displayName`]}
            >
              <Input value={e.displayName} onChange={(_, d) => setExecutive(n, { displayName: d.value })} />
            </Field>
            <Field
              label={`Job title of executive ${n + 1}`}
              validationMessage={errors[`executives.${n}.jobTitle`]}
            >
              <Input value={e.jobTitle} onChange={(_, d) => setExecutive(n, { jobTitle: d.value })} />
            </Field>
            <Field
              label={`Entra object id of executive ${n + 1}`}
              required
              hint="From the user's profile in Microsoft Entra."
              validationMessage={errors[`executives.${n}.id`]}
            >
              <Input value={e.id} onChange={(_, d) => setExecutive(n, { id: d.value })} />
            </Field>
            <div className={styles.moves}>
              <Button
                size="small"
                icon={<DeleteRegular />}
                onClick={() => removeExecutive(n)}
                aria-label={`Remove executive ${n + 1}`}
              >
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div>
        <Button
          icon={<AddRegular />}
          disabled={values.executives.length >= maxExecutives}
          onClick={() =>
            set((v) => ({
              ...v,
              executives: [...v.executives, { key: newKey(), id: "", displayName: "", jobTitle: "" }],
            }))
          }
        >
          Add executive
        </Button>
      </div>

      <Text as="h3" weight="semibold" size={400} className={styles.heading}>
        Business priorities
      </Text>
      {errors.priorities && (
        <Text role="alert" className={styles.error}>
          {errors.priorities}
        </Text>
      )}
      <ol className={styles.rows} aria-label="Business priorities">
        {values.priorities.map((p, n) => (
          <li key={p.id} className={styles.row} aria-label={`Priority ${n + 1}`}>
            <Field label={`Priority ${n + 1}`} required validationMessage={errors[`priorities.${n}.title`]}>
              <Input value={p.title} onChange={(_, d) => setPriority(n, { title: d.value })} />
            </Field>
            <PeoplePicker
              label={`Sponsor of priority ${n + 1}`}
              selectedIds={p.sponsorId ? [p.sponsorId] : []}
              onChange={(ids) => setPriority(n, { sponsorId: ids[0] ?? "" })}
              known={people}
              max={1}
              required
              validationMessage={errors[`priorities.${n}.sponsorId`]}
            />
            <div className={styles.moves}>
              <Button
                size="small"
                icon={<ArrowUpRegular />}
                disabled={n === 0}
                onClick={() => move(n, -1)}
                aria-label={`Move priority ${n + 1} up`}
              >
                Up
              </Button>
              <Button
                size="small"
                icon={<ArrowDownRegular />}
                disabled={n === values.priorities.length - 1}
                onClick={() => move(n, 1)}
                aria-label={`Move priority ${n + 1} down`}
              >
                Down
              </Button>
              <Button
                size="small"
                icon={<DeleteRegular />}
                onClick={() => reorder((rows) => rows.filter((_, k) => k !== n))}
                aria-label={`Remove priority ${n + 1}`}
              >
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div>
        <Button
          icon={<AddRegular />}
          disabled={values.priorities.length >= maxPriorities}
          onClick={() =>
            set((v) => ({
              ...v,
              priorities: [...v.priorities, { id: newPriorityId(), title: "", sponsorId: "" }],
            }))
          }
        >
          Add priority
        </Button>
      </div>

      <Text as="h3" weight="semibold" size={400} className={styles.heading}>
        Finance and prioritisation
      </Text>
      <div className={styles.grid}>
        <Field label="Currency" required validationMessage={errors.currency} hint="ISO 4217, such as EUR.">
          <Input
            value={values.currency}
            maxLength={3}
            onChange={(_, d) => set((v) => ({ ...v, currency: d.value.toUpperCase() }))}
          />
        </Field>
        <Field
          label="Discount rate (% a year)"
          required
          validationMessage={errors.discountRate}
          hint="For net present value; the organisation's cost of capital."
        >
          <Input
            value={values.discountRate}
            inputMode="decimal"
            onChange={(_, d) => set((v) => ({ ...v, discountRate: d.value }))}
          />
        </Field>
      </div>
      <Text size={200}>
        Prioritisation weights, 0 to 10: how much each rating counts in an initiative's score.
      </Text>
      {errors.weights && (
        <Text role="alert" className={styles.error}>
          {errors.weights}
        </Text>
      )}
      <div className={styles.grid}>
        {ratingKeys.map((k) => (
          <Field
            key={k}
            label={`${ratingLabels[k]} weight`}
            required
            validationMessage={errors[`weights.${k}`]}
          >
            <Input
              value={values.weights[k]}
              inputMode="decimal"
              onChange={(_, d) => set((v) => ({ ...v, weights: { ...v.weights, [k]: d.value } }))}
            />
          </Field>
        ))}
      </div>
    </FormDialog>
  );
}
