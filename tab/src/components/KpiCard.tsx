import type { ReactNode } from "react";
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, SubtractRegular } from "@fluentui/react-icons";

/**
 * A KPI card: the figure, and how it moved since the month (or assessment, or survey cycle) it is
 * compared with. Whether up is good depends on the KPI: ROI up is good, overdue mitigations up is
 * bad, investment up is neither. The direction is said in words too, never by colour alone.
 */

/** Which way is better for a KPI. */
export type Better = "up" | "down" | "neutral";
export type Tone = "good" | "bad" | "neutral";

export function deltaTone(delta: number | null, better: Better): Tone {
  if (delta === null || delta === 0 || better === "neutral") return "neutral";
  return (delta > 0) === (better === "up") ? "good" : "bad";
}

export interface KpiDeltaView {
  /** The change as a number (its sign decides the arrow); null when there is nothing to compare. */
  value: number | null;
  /** The change as shown: "+2.1 pts", "−3", "+€40K". */
  text: string | null;
  better: Better;
}

export interface KpiBreakdownItem {
  label: string;
  value: string;
  delta: KpiDeltaView;
}

export interface KpiCardProps {
  label: string;
  value: string;
  /** A line under the figure: "€1.2M of €1.5M planned". */
  detail?: ReactNode;
  delta: KpiDeltaView;
  /** What the delta is against, as shown: "Aug 2026", "assessment of Mar 2026". */
  comparedWith: string | null;
  /** Counts per stage or band, each with its own change. */
  breakdown?: KpiBreakdownItem[];
}

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    breakInside: "avoid",
  },
  label: { margin: 0, color: tokens.colorNeutralForeground2 },
  value: { fontVariantNumeric: "tabular-nums" },
  detail: { color: tokens.colorNeutralForeground3 },
  delta: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS, flexWrap: "wrap" },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  neutral: { color: tokens.colorNeutralForeground2 },
  against: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "1fr auto auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  item: { display: "contents" },
  itemValue: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

const toneWords: Record<Tone, string> = { good: "an improvement", bad: "a deterioration", neutral: "" };

function Delta({ delta, against, compact }: { delta: KpiDeltaView; against: string | null; compact?: boolean }) {
  const styles = useStyles();
  if (delta.value === null || delta.text === null) {
    return compact ? <span className={styles.neutral}>–</span> : (
      <Text size={200} className={styles.against}>
        {against ? `Not comparable with ${against}` : "Nothing to compare with yet"}
      </Text>
    );
  }
  const tone = deltaTone(delta.value, delta.better);
  const Icon = delta.value > 0 ? ArrowUpRegular : delta.value < 0 ? ArrowDownRegular : SubtractRegular;
  return (
    <Text size={200} className={styles.delta}>
      <span className={mergeClasses(styles.delta, styles[tone])}>
        <Icon aria-hidden fontSize={14} />
        {delta.text}
        {tone !== "neutral" && <span className={styles.hidden}>, {toneWords[tone]}</span>}
      </span>
      {!compact && against && <span className={styles.against}>vs {against}</span>}
    </Text>
  );
}

export function KpiCard(props: KpiCardProps) {
  return <Card {...props} />;
}

/** A figure in the same card, without a change over time (an initiative's NPV, a total). */
export function FigureCard(props: Pick<KpiCardProps, "label" | "value" | "detail">) {
  return <Card {...props} />;
}

function Card({ label, value, detail, delta, comparedWith, breakdown }: Partial<KpiCardProps> & Pick<KpiCardProps, "label" | "value">) {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-label={label}>
      <Text as="h3" size={300} weight="semibold" className={styles.label}>
        {label}
      </Text>
      <Text size={700} weight="semibold" className={styles.value}>
        {value}
      </Text>
      {delta && <Delta delta={delta} against={comparedWith ?? null} />}
      {detail && (
        <Text size={200} className={styles.detail}>
          {detail}
        </Text>
      )}
      {breakdown && breakdown.length > 0 && (
        <ul className={styles.list} aria-label={`${label} in detail`}>
          {breakdown.map((b) => (
            <li key={b.label} className={styles.item}>
              <span>{b.label}</span>
              <span className={styles.itemValue}>{b.value}</span>
              <Delta delta={b.delta} against={null} compact />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
