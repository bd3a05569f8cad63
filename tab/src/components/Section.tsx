import type { ReactNode } from "react";
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";

/** A titled panel of a board page: a chart, a table or a group of cards. */

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    "@media print": { breakInside: "avoid", border: "none", padding: 0 },
  },
  wide: { gridColumn: "1 / -1" },
  head: { display: "flex", flexWrap: "wrap", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  description: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface SectionProps {
  title: string;
  description?: ReactNode;
  /** Buttons beside the title. */
  actions?: ReactNode;
  /** Spans the whole width of a SectionGrid. */
  wide?: boolean;
  headingLevel?: 2 | 3;
  children: ReactNode;
}

export function Section({ title, description, actions, wide, headingLevel = 2, children }: SectionProps) {
  const styles = useStyles();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={mergeClasses(styles.root, wide && styles.wide)} aria-label={title}>
      <div className={styles.head}>
        <Text as={Heading} size={headingLevel === 2 ? 500 : 400} weight="semibold" className={styles.title}>
          {title}
        </Text>
        {actions}
      </div>
      {description && (
        <Text as="p" size={200} className={styles.description}>
          {description}
        </Text>
      )}
      {children}
    </section>
  );
}

const useGridStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 440px), 1fr))",
    gap: tokens.spacingHorizontalL,
    "@media print": { display: "block" },
  },
  cards: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(210px, 1fr))",
    gap: tokens.spacingHorizontalM,
    alignItems: "start",
  },
});

/** Sections side by side where the page is wide enough. */
export function SectionGrid({ children, cards }: { children: ReactNode; cards?: boolean }) {
  const styles = useGridStyles();
  return <div className={cards ? styles.cards : styles.grid}>{children}</div>;
}
