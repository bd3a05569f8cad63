import { Avatar, Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircleFilled, DismissCircleFilled, WarningFilled } from "@fluentui/react-icons";
import type { Health, Stage } from "@domain/schemas/initiative";
import type { Executive, RiskBand } from "../api/types";
import type { Formatters } from "../format";
import { bandColors, bandLabels, healthLabels, stageColors, stageLabels } from "./labels";

/** The portfolio table's cells that are more than plain text. */

const useStyles = makeStyles({
  nowrap: { whiteSpace: "nowrap" },
  inline: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    whiteSpace: "nowrap",
  },
  onTrack: { color: tokens.colorPaletteGreenForeground1 },
  atRisk: { color: tokens.colorPaletteMarigoldForeground1 },
  offTrack: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export function StageBadge({ stage }: { stage: Stage }) {
  const styles = useStyles();
  return (
    <Badge appearance="tint" color={stageColors[stage]} shape="rounded" className={styles.nowrap}>
      {stageLabels[stage]}
    </Badge>
  );
}

const healthIcons = {
  "on-track": CheckmarkCircleFilled,
  "at-risk": WarningFilled,
  "off-track": DismissCircleFilled,
};

export function HealthLabel({ health }: { health: Health }) {
  const styles = useStyles();
  const Icon = healthIcons[health];
  const tone = { "on-track": styles.onTrack, "at-risk": styles.atRisk, "off-track": styles.offTrack }[health];
  return (
    <span className={styles.inline}>
      <Icon className={tone} fontSize={16} aria-hidden />
      {healthLabels[health]}
    </span>
  );
}

/**
 * A person by name and avatar when the strategy profile lists them; otherwise by id, which is
 * all the API knows until the profile names the executives.
 */
export function PersonName({ id, people }: { id: string; people: ReadonlyMap<string, Executive> | null }) {
  const styles = useStyles();
  const person = people?.get(id);
  if (!person) {
    return (
      <span
        className={styles.inline}
        title={people ? "Not listed among the strategy's executives" : undefined}
      >
        <Avatar size={24} aria-hidden />
        <span className={styles.id}>{id}</span>
      </span>
    );
  }
  return (
    <span className={styles.inline} title={person.jobTitle || undefined}>
      <Avatar size={24} name={person.displayName} color="colorful" aria-hidden />
      {person.displayName}
    </span>
  );
}

/** A ratio as a percentage, or a dash (read out as "not measured yet") while there is none. */
export function Ratio({ value, format }: { value: number | null; format: Formatters }) {
  const styles = useStyles();
  if (value === null) {
    return (
      <>
        <span className={styles.muted} aria-hidden title="Not measured yet">
          —
        </span>
        <span className={styles.hidden}>Not measured yet</span>
      </>
    );
  }
  return <>{format.percent(value)}</>;
}

export function OpenRisks({
  count,
  band,
  format,
}: {
  count: number;
  band: RiskBand | null;
  format: Formatters;
}) {
  const styles = useStyles();
  if (count === 0) return <Text className={styles.muted}>None</Text>;
  return (
    <span className={styles.inline}>
      {format.number(count)}
      {band && (
        <>
          <span className={styles.hidden}>, highest band</span>
          <Badge appearance="filled" color={bandColors[band]} shape="rounded">
            {bandLabels[band]}
          </Badge>
        </>
      )}
    </span>
  );
}
