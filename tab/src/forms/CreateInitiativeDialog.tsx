import { FormStatus } from "./FormStatus";
import { FormDialog } from "./FormDialog";
import { useState, type FormEvent } from "react";
import {
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Select,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { valueCategories } from "@domain/schemas/common";
import { aiTypes, euAiActTiers, initiativeInput } from "@domain/schemas/initiative";
import type { BusinessPriority } from "@domain/schemas/strategy";
import { useApi } from "../api/hooks";
import type { InitiativeDetail } from "../api/types";
import { stageLabels, valueCategoryLabels } from "../components/labels";
import { PeoplePicker } from "../graph/PeoplePicker";
import type { KnownPerson } from "../graph/usePeople";
import { apiFieldErrors } from "./apiFieldErrors";
import {
  aiTypeLabels,
  ownersDifferMessage,
  RatingFields,
  ratingKeys,
  tierLabels,
  type RatingKey,
} from "./initiativeFields";

const useStyles = makeStyles({
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
});

const textKeys = [
  "title",
  "problemStatement",
  "department",
  "valueCategory",
  "aiType",
  "outcomeOwnerId",
  "riskOwnerId",
  "euAiActTier",
] as const;
type TextKey = (typeof textKeys)[number];
const keys = [...textKeys, "priorityIds", ...ratingKeys] as const;
type Key = (typeof keys)[number];

/** The form's values: one per field ("" while nothing is chosen). */
export type CreateValues = Record<TextKey, string> & Record<RatingKey, number> & { priorityIds: string[] };
type Errors = Partial<Record<Key | "form", string>>;

/** Said at the field when a required one is left empty (the schema's own words are for the API's callers). */
const missing: Partial<Record<Key, string>> = {
  title: "Enter a title.",
  department: "Enter the department.",
  priorityIds: "Link at least one business priority.",
  valueCategory: "Choose the value category.",
  outcomeOwnerId: "Choose the outcome owner.",
  riskOwnerId: "Choose the risk owner.",
};

const initialValues: CreateValues = {
  title: "",
  problemStatement: "",
  department: "",
  valueCategory: "",
  aiType: "other",
  outcomeOwnerId: "",
  riskOwnerId: "",
  euAiActTier: "unassessed",
  priorityIds: [],
  impact: 3,
  alignment: 3,
  feasibility: 3,
  resourceFit: 3,
  riskExposure: 3,
};

/** Every initiative starts as an idea; it moves on only through its stage gates. */
const firstStage = "idea";

/** The POST body; fields left empty are left out, so the schema names them as missing. */
export function createBody(values: CreateValues): Record<string, unknown> {
  const body: Record<string, unknown> = {
    title: values.title,
    problemStatement: values.problemStatement,
    department: values.department,
    priorityIds: values.priorityIds,
    aiType: values.aiType,
    euAiActTier: values.euAiActTier,
    prioritisation: Object.fromEntries(ratingKeys.map((k) => [k, values[k]])),
    stage: firstStage,
  };
  for (const k of ["valueCategory", "outcomeOwnerId", "riskOwnerId"] as const)
    if (values[k] !== "") body[k] = values[k];
  return body;
}

const isEmpty = (values: CreateValues, k: Key) =>
  k === "priorityIds"
    ? values.priorityIds.length === 0
    : (textKeys as readonly string[]).includes(k) && values[k as TextKey].trim() === "";

/** The form field a schema or API error path names: `title`, `priorityIds.0`, `prioritisation.impact`. */
const fieldOf = (path: readonly PropertyKey[] | string): Key | undefined => {
  const parts = (typeof path === "string" ? path.split(/[./]/) : path.map(String)).filter(Boolean);
  const key = parts[0] === "prioritisation" ? parts[1] : parts[0];
  return (keys as readonly string[]).includes(key ?? "") ? (key as Key) : undefined;
};

export interface CreateInitiativeDialogProps {
  /** The strategy profile's business priorities; an initiative links to at least one. */
  priorities: readonly BusinessPriority[];
  /** The strategy's executives, offered as owners when the directory cannot be searched. */
  people: readonly KnownPerson[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** After the API created it: the initiative as stored. */
  onCreated: (initiative: InitiativeDetail) => void;
}

/** A new initiative: what it is, which priorities it serves, who owns it and how it ranks. It starts as an idea. */
export default function CreateInitiativeDialog({
  priorities,
  people,
  open,
  onOpenChange,
  onCreated,
}: CreateInitiativeDialogProps) {
  const styles = useStyles();
  const api = useApi();
  const [values, setValues] = useState<CreateValues>(initialValues);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof CreateValues>(k: K, v: CreateValues[K]) =>
    setValues((old) => ({ ...old, [k]: v }));
  const ranked = [...priorities].sort((a, b) => a.rank - b.rank);
  const priorityTitle = (id: string) => priorities.find((p) => p.id === id)?.title ?? id;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = createBody(values);
    const found: Errors = {};
    if (values.outcomeOwnerId !== "" && values.outcomeOwnerId === values.riskOwnerId)
      found.riskOwnerId = ownersDifferMessage;
    const parsed = initiativeInput.safeParse(body);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const k = fieldOf(issue.path);
        if (k) found[k] ??= (isEmpty(values, k) ? missing[k] : undefined) ?? issue.message;
      }
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const created = await api.request<InitiativeDetail>("/initiatives", { method: "POST", body });
      onCreated(created);
      onOpenChange(false);
    } catch (error) {
      setErrors(apiFieldErrors(error, fieldOf));
    } finally {
      setSaving(false);
    }
  }

  const count = keys.filter((k) => errors[k]).length;
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="New initiative"
      onSubmit={submit}
      submitLabel="Create initiative"
      busyLabel="Creating…"
      saving={saving}
      submitDisabled={priorities.length === 0}
    >
      <FormStatus error={errors.form} count={count} />
      {priorities.length === 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The strategy profile has no business priorities yet. A portfolio manager sets them up first: every
            initiative links to at least one.
          </MessageBarBody>
        </MessageBar>
      )}
      <Text>It starts as {stageLabels[firstStage].toLowerCase()} and moves on through its stage gates.</Text>
      <Field label="Title" required validationMessage={errors.title}>
        <Input value={values.title} onChange={(_, d) => set("title", d.value)} />
      </Field>
      <Field label="Problem statement" validationMessage={errors.problemStatement}>
        <Textarea
          value={values.problemStatement}
          onChange={(_, d) => set("problemStatement", d.value)}
          resize="vertical"
        />
      </Field>
      <Field label="Department" required validationMessage={errors.department}>
        <Input value={values.department} onChange={(_, d) => set("department", d.value)} />
      </Field>
      <Field label="Business priorities" required validationMessage={errors.priorityIds}>
        <Dropdown
          multiselect
          placeholder="Choose one or more"
          value={values.priorityIds.map(priorityTitle).join(", ")}
          selectedOptions={values.priorityIds}
          onOptionSelect={(_, d) => set("priorityIds", d.selectedOptions)}
        >
          {ranked.map((p) => (
            <Option key={p.id} value={p.id}>
              {p.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.pair}>
        <Field label="Value category" required validationMessage={errors.valueCategory}>
          <Select value={values.valueCategory} onChange={(_, d) => set("valueCategory", d.value)}>
            <option value="">Not chosen</option>
            {valueCategories.map((c) => (
              <option key={c} value={c}>
                {valueCategoryLabels[c]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="AI type" validationMessage={errors.aiType}>
          <Select value={values.aiType} onChange={(_, d) => set("aiType", d.value)}>
            {aiTypes.map((t) => (
              <option key={t} value={t}>
                {aiTypeLabels[t]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.pair}>
        <PeoplePicker
          label="Outcome owner"
          required
          max={1}
          known={people}
          selectedIds={values.outcomeOwnerId ? [values.outcomeOwnerId] : []}
          onChange={(ids) => set("outcomeOwnerId", ids[0] ?? "")}
          validationMessage={errors.outcomeOwnerId}
        />
        <PeoplePicker
          label="Risk owner"
          required
          max={1}
          known={people}
          hint="Someone other than the outcome owner."
          selectedIds={values.riskOwnerId ? [values.riskOwnerId] : []}
          onChange={(ids) => set("riskOwnerId", ids[0] ?? "")}
          validationMessage={errors.riskOwnerId}
        />
      </div>
      <RatingFields values={values} errors={errors} onChange={set} />
      <Field label="EU AI Act tier" validationMessage={errors.euAiActTier}>
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
