import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ProgressionStep } from "../api/types";

/**
 * The nine steps from AI vision to continuous reporting, with the evidence the API found for each
 * (BoardView.progression) and what the organisation does next to complete the step.
 */

type StepKey = ProgressionStep["key"];
type Status = ProgressionStep["status"];

export const nextActions: Record<StepKey, string> = {
  vision:
    "The portfolio office records the AI vision, the horizon and the ranked business priorities in the strategy profile.",
  maturity: "Assess the seven maturity dimensions, current and target level, with evidence for each.",
  "risks-gaps": "Record the governance risks of each initiative and the maturity gaps to close.",
  alignment: "Every executive rates each business priority in the alignment survey of the quarter.",
  prioritise: "Score each use case on impact, alignment, feasibility, resource fit and risk exposure.",
  "success-metrics": "Give every active initiative a success metric with a baseline and a target.",
  governance:
    "Name one accountable person per key decision, and an outcome owner and a separate risk owner per initiative.",
  pilots: "Give each pilot a hypothesis, exit criteria, a budget cap and a decision date.",
  report: "Owners post a monthly status update; the portfolio office publishes the monthly board snapshot.",
};

const statusLabels: Record<Status, string> = { "not-started": "Not started", "in-progress": "In progress", done: "Done" };
const statusColors = { "not-started": "subtle", "in-progress": "warning", done: "success" } as const;

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    textAlign: "start",
  },
  step: {
    display: "grid",
    gridTemplateColumns: "32px minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    alignItems: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    breakInside: "avoid",
  },
  number: {
    display: "grid",
    placeItems: "center",
    width: "28px",
    height: "28px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { margin: 0 },
  evidence: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  next: { color: tokens.colorNeutralForeground2 },
});

export function NineSteps({ steps, showNext = true }: { steps: readonly ProgressionStep[]; showNext?: boolean }) {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label="The nine steps">
      {steps.map((s) => (
        <li key={s.key} className={styles.step}>
          <span className={styles.number} aria-hidden>
            {s.step}
          </span>
          <div className={styles.body}>
            <Text as="h3" weight="semibold" className={styles.title}>
              <span className={styles.next}>Step {s.step}: </span>
              {s.title}
            </Text>
            {s.evidence.length > 0 && (
              <ul className={styles.evidence} aria-label={`Evidence for step ${s.step}`}>
                {s.evidence.map((e) => (
                  <li key={e}>
                    <Text size={200}>{e}</Text>
                  </li>
                ))}
              </ul>
            )}
            {showNext && s.status !== "done" && (
              <Text size={200} className={styles.next}>
                Next: {nextActions[s.key]}
              </Text>
            )}
          </div>
          <Badge appearance="tint" shape="rounded" color={statusColors[s.status]}>
            {statusLabels[s.status]}
          </Badge>
        </li>
      ))}
    </ol>
  );
}
