import type { ReactNode } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";

/** What a page shows when it has nothing to show yet: what will be here, and what to do. */

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXL}`,
    maxWidth: "640px",
    margin: "0 auto",
  },
  icon: {
    display: "grid",
    placeItems: "center",
    width: "72px",
    height: "72px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: "36px",
  },
  heading: { margin: 0 },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", justifyContent: "center" },
});

export interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  /** The heading level that keeps the page's outline in order. */
  headingLevel?: 1 | 2 | 3;
  children?: ReactNode;
  actions?: ReactNode;
}

export function EmptyState({ icon, title, headingLevel = 2, children, actions }: EmptyStateProps) {
  const styles = useStyles();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={styles.root} aria-label={title}>
      <div className={styles.icon} aria-hidden>
        {icon}
      </div>
      <Text as={Heading} size={headingLevel === 1 ? 600 : 500} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {children && <div className={styles.body}>{children}</div>}
      {actions && <div className={styles.actions}>{actions}</div>}
    </section>
  );
}
