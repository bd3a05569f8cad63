import type { ReactNode } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";

/** A full-page screen before the shell exists: sign-in, start-up errors, waiting. */

const useStyles = makeStyles({
  page: {
    minHeight: "100%",
    boxSizing: "border-box",
    display: "grid",
    placeItems: "center",
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  panel: {
    boxSizing: "border-box",
    width: "100%",
    padding: tokens.spacingHorizontalXXL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    // Paragraphs are spaced by the gap, not by their own margins.
    "& p": { margin: 0 },
  },
  title: { margin: 0 },
});

export interface CenteredPanelProps {
  /** The screen's h1; a transient screen (a spinner) may go without. */
  title?: string;
  /** Shown above the title. */
  icon?: ReactNode;
  maxWidth?: number;
  children: ReactNode;
}

export function CenteredPanel({ title, icon, maxWidth = 560, children }: CenteredPanelProps) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <div className={styles.panel} style={{ maxWidth }}>
        {icon}
        {title && (
          <Text as="h1" size={700} weight="semibold" className={styles.title}>
            {title}
          </Text>
        )}
        {children}
      </div>
    </main>
  );
}
