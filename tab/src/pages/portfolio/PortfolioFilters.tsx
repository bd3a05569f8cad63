import { Button, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { isStage, stageLabels } from "../../components/labels";
import { hasFilters, withoutFilters, type PortfolioView } from "./portfolioQuery";

/** Department, stage and owner slicers; the chosen values live in the hash query. */

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalL,
  },
  field: { minWidth: "200px" },
});

export interface FilterOption {
  value: string;
  label: string;
}

interface FilterProps {
  label: string;
  allLabel: string;
  value: string | undefined;
  options: FilterOption[];
  onChange: (value: string | undefined) => void;
}

function Filter({ label, allLabel, value, options, onChange }: FilterProps) {
  const styles = useStyles();
  const selected = options.find((o) => o.value === value);
  return (
    <Field label={label} className={styles.field}>
      <Dropdown
        value={selected?.label ?? value ?? allLabel}
        selectedOptions={[value ?? ""]}
        onOptionSelect={(_, data) => onChange(data.optionValue || undefined)}
      >
        <Option value="">{allLabel}</Option>
        {options.map((o) => (
          <Option key={o.value} value={o.value}>
            {o.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

const stageOptions: FilterOption[] = Object.entries(stageLabels).map(([value, label]) => ({ value, label }));

export interface PortfolioFiltersProps {
  view: PortfolioView;
  departments: FilterOption[];
  owners: FilterOption[];
  onChange: (view: PortfolioView) => void;
}

export function PortfolioFilters({ view, departments, owners, onChange }: PortfolioFiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label="Filters">
      <Filter
        label="Department"
        allLabel="All departments"
        value={view.department}
        options={departments}
        onChange={(department) => onChange({ ...view, department })}
      />
      <Filter
        label="Stage"
        allLabel="All stages"
        value={view.stage}
        options={stageOptions}
        onChange={(stage) => onChange({ ...view, stage: stage && isStage(stage) ? stage : undefined })}
      />
      <Filter
        label="Owner"
        allLabel="All owners"
        value={view.owner}
        options={owners}
        onChange={(owner) => onChange({ ...view, owner })}
      />
      {hasFilters(view) && (
        <Button appearance="subtle" icon={<DismissRegular />} onClick={() => onChange(withoutFilters(view))}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
