import type { ReactNode } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { SnapshotNarrative } from "../../../snapshots/types";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gap: tokens.spacingVerticalL,
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 320px), 1fr))",
  },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  commentary: { gridColumn: "1 / -1", whiteSpace: "pre-wrap", margin: 0 },
  empty: { color: tokens.colorNeutralForeground3 },
});

function Part({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.part}>
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {children}
    </div>
  );
}

/** What the portfolio office tells the board about the month: highlights, decisions, commentary. */
export function NarrativeView({ narrative, emptyText }: { narrative: SnapshotNarrative; emptyText: string }) {
  const styles = useStyles();
  const empty =
    narrative.highlights.length === 0 && narrative.decisionsRequested.length === 0 && !narrative.commentary;
  if (empty) return <Text className={styles.empty}>{emptyText}</Text>;
  return (
    <div className={styles.root}>
      <Part title="Highlights">
        {narrative.highlights.length === 0 ? (
          <Text className={styles.empty}>None given.</Text>
        ) : (
          <ul className={styles.list} aria-label="Highlights">
            {narrative.highlights.map((line, k) => (
              <li key={k}>{line}</li>
            ))}
          </ul>
        )}
      </Part>
      <Part title="Decisions requested">
        {narrative.decisionsRequested.length === 0 ? (
          <Text className={styles.empty}>No decision requested.</Text>
        ) : (
          <ol className={styles.list} aria-label="Decisions requested">
            {narrative.decisionsRequested.map((line, k) => (
              <li key={k}>{line}</li>
            ))}
          </ol>
        )}
      </Part>
      {narrative.commentary && (
        <div className={styles.commentary}>
          <Part title="Commentary">
            <Text as="p" className={styles.commentary}>
              {narrative.commentary}
            </Text>
          </Part>
        </div>
      )}
    </div>
  );
}
