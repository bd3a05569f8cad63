import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { aiTypes, euAiActTiers } from "@domain/schemas/initiative";

/** What the initiative forms share: how the prioritisation inputs, AI types and tiers read. */

const useStyles = makeStyles({
  ratings: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
});

export const ratingKeys = ["impact", "alignment", "feasibility", "resourceFit", "riskExposure"] as const;
export type RatingKey = (typeof ratingKeys)[number];
export const ratingLabels: Record<RatingKey, string> = {
  impact: "Impact",
  alignment: "Alignment",
  feasibility: "Feasibility",
  resourceFit: "Resource fit",
  riskExposure: "Risk exposure",
};

export const tierLabels: Record<(typeof euAiActTiers)[number], string> = {
  unassessed: "Not assessed",
  minimal: "Minimal",
  limited: "Limited",
  high: "High",
  prohibited: "Prohibited",
};

export const aiTypeLabels: Record<(typeof aiTypes)[number], string> = {
  generative: "Generative",
  predictive: "Predictive",
  conversational: "Conversational",
  vision: "Vision",
  automation: "Automation",
  optimisation: "Optimisation",
  other: "Other",
};

export const ownersDifferMessage = "The risk owner must be a different person from the outcome owner.";

/** The five prioritisation inputs, each 1 to 5, side by side. */
export function RatingFields({
  values,
  errors,
  onChange,
}: {
  values: Record<RatingKey, number>;
  errors: Partial<Record<RatingKey, string>>;
  onChange: (key: RatingKey, value: number) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.ratings}>
      {ratingKeys.map((k) => (
        <Field key={k} label={`${ratingLabels[k]} (1–5)`} validationMessage={errors[k]}>
          <Select value={String(values[k])} onChange={(_, d) => onChange(k, Number(d.value))}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
