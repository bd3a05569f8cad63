import { useMemo } from "react";
import { Button, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { BoardOptions } from "../api/types";
import { useFormat } from "../format";
import { hasSlicers, type MultiSlicer, type Slicers } from "../routing/slicers";
import { isStage, stageLabels } from "./labels";

/**
 * The slicer bar of the board pages: department, owner, stage, priority (several values each)
 * and the as-of month. The choices come from the API (BoardView.options, all of the tenant's
 * data, so a slicer never hides its own alternatives); the values live in the URL.
 */

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media print": { display: "none" },
  },
  field: { minWidth: "160px", flex: "1 1 160px", maxWidth: "260px" },
  dropdown: { minWidth: "0", width: "100%" },
});

interface Choice {
  value: string;
  label: string;
}

interface SlicerProps {
  label: string;
  /** "departments": for "All departments" and "2 departments". */
  plural: string;
  values: readonly string[];
  choices: readonly Choice[];
  disabled: boolean;
  onChange: (values: string[]) => void;
}

function MultiSlicerDropdown({ label, plural, values, choices, disabled, onChange }: SlicerProps) {
  const styles = useStyles();
  const labelOf = (value: string) => choices.find((c) => c.value === value)?.label ?? value;
  const summary =
    values.length === 0
      ? `All ${plural}`
      : values.length === 1
        ? labelOf(values[0] ?? "")
        : `${values.length} ${plural}`;
  return (
    <Field label={label} className={styles.field}>
      <Dropdown
        multiselect
        className={styles.dropdown}
        disabled={disabled}
        value={summary}
        selectedOptions={[...values]}
        onOptionSelect={(_, data) => onChange(data.selectedOptions)}
      >
        {choices.map((c) => (
          <Option key={c.value} value={c.value}>
            {c.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

const multiSlicerFields: { key: MultiSlicer; label: string; plural: string }[] = [
  { key: "department", label: "Department", plural: "departments" },
  { key: "owner", label: "Owner", plural: "owners" },
  { key: "stage", label: "Stage", plural: "stages" },
  { key: "priority", label: "Priority", plural: "priorities" },
];

/** The months a board can be seen as of: this month and the 23 before it, newest first. */
export function recentMonths(current: string, count = 24): string[] {
  const [year, month] = current.split("-").map(Number);
  if (!year || !month) return [];
  return Array.from({ length: count }, (_, k) => {
    const index = year * 12 + (month - 1) - k;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

export interface SlicerBarProps {
  slicers: Slicers;
  /** Null while the board view loads: the slicers show their values but wait to be used. */
  options: BoardOptions | null;
  /** Today (YYYY-MM-DD) as the API sees it; the current month is the default period. */
  today: string | null;
  onChange: (next: Slicers) => void;
  onClearAll: () => void;
}

export function SlicerBar({ slicers, options, today, onChange, onClearAll }: SlicerBarProps) {
  const styles = useStyles();
  const format = useFormat();
  const disabled = options === null;
  const choices = useMemo<Record<MultiSlicer, Choice[]>>(
    () => ({
      department: (options?.departments ?? []).map((d) => ({ value: d, label: d })),
      owner: (options?.owners ?? []).map((o) => ({ value: o.id, label: o.displayName })),
      stage: (options?.stages ?? []).map((s) => ({ value: s, label: stageLabels[s] })),
      priority: (options?.priorities ?? []).map((p) => ({ value: p.id, label: p.title })),
    }),
    [options],
  );
  const currentMonth = (today ?? new Date().toISOString()).slice(0, 7);
  const months = recentMonths(currentMonth);
  const set = (key: MultiSlicer) => (values: string[]) =>
    onChange(key === "stage" ? { ...slicers, stage: values.filter(isStage) } : { ...slicers, [key]: values });

  return (
    <div className={styles.root} role="group" aria-label="Slicers">
      {multiSlicerFields.map(({ key, label, plural }) => (
        <MultiSlicerDropdown
          key={key}
          label={label}
          plural={plural}
          values={slicers[key]}
          choices={choices[key]}
          disabled={disabled}
          onChange={set(key)}
        />
      ))}
      <Field label="Period" className={styles.field}>
        <Dropdown
          className={styles.dropdown}
          disabled={disabled}
          value={format.month(slicers.period ?? currentMonth)}
          selectedOptions={[slicers.period ?? ""]}
          onOptionSelect={(_, data) => onChange({ ...slicers, period: data.optionValue || null })}
        >
          <Option value="" text={format.month(currentMonth)}>
            {`${format.month(currentMonth)} (current)`}
          </Option>
          {months.slice(1).map((m) => (
            <Option key={m} value={m}>
              {format.month(m)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button appearance="subtle" icon={<DismissRegular />} disabled={!hasSlicers(slicers)} onClick={onClearAll}>
        Clear all
      </Button>
    </div>
  );
}
