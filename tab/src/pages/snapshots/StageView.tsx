import { useMemo } from "react";
import { Button, makeStyles, mergeClasses, Spinner, Text, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useApiGet } from "../../api/hooks";
import type { ItemList } from "../../api/types";
import { useFormat } from "../../format";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";
import { latestPublished } from "../../snapshots/labels";
import { shortHash } from "../../snapshots/months";
import { api } from "../../snapshots/routes";
import type { SnapshotHeadline, SnapshotMeta } from "../../snapshots/types";
import { keyFigures } from "./keyFigures";
import { useSnapshotDetail } from "./useSnapshotDetail";

/**
 * The meeting stage: the snapshot on a shared screen, read from across a room. Large type, the key
 * figures and the narrative only, colours from the theme (so Teams' high-contrast theme and forced
 * colours hold), and every change said in words as well as by colour. It covers the whole window.
 */

const useStyles = makeStyles({
  stage: {
    position: "fixed",
    inset: 0,
    zIndex: 10,
    overflow: "auto",
    display: "flex",
    flexDirection: "column",
    gap: "32px",
    padding: "clamp(24px, 4vw, 64px)",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: "clamp(18px, 1.6vw, 28px)",
    lineHeight: 1.35,
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: "16px",
  },
  title: {
    margin: 0,
    fontSize: "clamp(32px, 3.4vw, 60px)",
    lineHeight: 1.1,
    fontWeight: tokens.fontWeightBold,
  },
  byline: { margin: "8px 0 0", color: tokens.colorNeutralForeground2, fontSize: "clamp(16px, 1.3vw, 24px)" },
  hash: { fontFamily: tokens.fontFamilyMonospace },
  body: {
    display: "grid",
    gap: "40px",
    alignItems: "start",
    "@media (min-width: 1200px)": { gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)" },
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: "20px",
    margin: 0,
    padding: 0,
    "@media (max-width: 600px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  figure: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    padding: "16px 20px",
    borderRadius: tokens.borderRadiusXLarge,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    listStyleType: "none",
  },
  label: {
    margin: 0,
    fontSize: "clamp(18px, 1.4vw, 28px)",
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  value: {
    margin: 0,
    fontSize: "clamp(34px, 3.2vw, 64px)",
    fontWeight: tokens.fontWeightBold,
    fontVariantNumeric: "tabular-nums",
    lineHeight: 1.05,
  },
  /** "Not assessed yet" and the like: words, not a figure. */
  words: { fontSize: "clamp(22px, 1.8vw, 34px)", lineHeight: 1.2 },
  change: { margin: 0, fontSize: "clamp(16px, 1.2vw, 24px)" },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  neutral: { color: tokens.colorNeutralForeground2 },
  narrative: { display: "flex", flexDirection: "column", gap: "28px", minWidth: 0 },
  part: { display: "flex", flexDirection: "column", gap: "12px" },
  partTitle: { margin: 0, fontSize: "clamp(24px, 2vw, 40px)", fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: "1.2em", display: "flex", flexDirection: "column", gap: "10px" },
  commentary: { margin: 0, whiteSpace: "pre-wrap" },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface StageViewProps {
  /** The snapshot to show; the latest published one when absent. */
  id?: string;
  /** Outside a meeting (`?view=stage` in a browser) the presenter can leave the view. */
  exitHref?: string;
}

export function StageView({ id, exitHref }: StageViewProps) {
  const styles = useStyles();
  const list = useApiGet<ItemList<SnapshotMeta>>(id ? null : api.list({ status: "published" }));
  const target = id ?? latestPublished(list.data?.items ?? [])?.id;
  return (
    <div className={styles.stage} role="region" aria-label="Board snapshot on the meeting stage">
      {list.error ? (
        <ApiErrorMessage error={list.error} what="the board snapshots" onRetry={list.reload} />
      ) : target ? (
        <StageContent id={target} exitHref={exitHref} />
      ) : list.data ? (
        <Text as="h1" className={styles.title}>
          No board snapshot has been published yet.
        </Text>
      ) : (
        <Spinner size="huge" label="Loading the board snapshot…" />
      )}
    </div>
  );
}

function StageContent({ id, exitHref }: { id: string; exitHref?: string }) {
  const styles = useStyles();
  const format = useFormat();
  const detail = useSnapshotDetail<SnapshotHeadline>(id, ["summary", "board"]);
  const document = detail.data?.document ?? null;
  const figures = useMemo(() => (document ? keyFigures(document.board, format) : []), [document, format]);
  if (detail.error)
    return <ApiErrorMessage error={detail.error} what="this board snapshot" onRetry={detail.reload} />;
  const data = detail.data;
  if (!data) return <Spinner size="huge" label="Loading the board snapshot…" />;
  const { snapshot } = data;
  const { narrative } = snapshot;
  const publishedBy = document?.publication?.publishedByName ?? snapshot.publishedBy;
  return (
    <>
      <header className={styles.head}>
        <div>
          <h1 className={styles.title}>Board snapshot · {format.month(snapshot.period)}</h1>
          <p className={styles.byline}>
            As of {document ? format.date(document.today) : format.month(snapshot.period)}
            {snapshot.publishedAt
              ? `, published ${format.date(snapshot.publishedAt)} by ${publishedBy}`
              : " · draft, not published"}{" "}
            · <span className={styles.hash}>SHA-256 {shortHash(snapshot.contentHash)}</span>
            {snapshot.status === "superseded" ? " · superseded by a correction" : ""}
          </p>
        </div>
        {exitHref && (
          <Button as="a" href={exitHref} appearance="subtle" size="large" icon={<DismissRegular />}>
            Leave presentation
          </Button>
        )}
      </header>
      <div className={styles.body}>
        {!document ? (
          <p>The document of this snapshot is missing from storage; it cannot be shown.</p>
        ) : (
          <section aria-label="Key figures">
            <ul className={styles.figures}>
              {figures.map((f) => (
                <li key={f.label} className={styles.figure}>
                  <h2 className={styles.label}>{f.label}</h2>
                  <p className={mergeClasses(styles.value, !/\d/.test(f.value) && styles.words)}>{f.value}</p>
                  <p className={mergeClasses(styles.change, styles[f.tone])}>{f.change}</p>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-label="Narrative" className={styles.narrative}>
          <div className={styles.part}>
            <h2 className={styles.partTitle}>Highlights</h2>
            {narrative.highlights.length === 0 ? (
              <p className={styles.muted}>None given.</p>
            ) : (
              <ul className={styles.list}>
                {narrative.highlights.map((line, k) => (
                  <li key={k}>{line}</li>
                ))}
              </ul>
            )}
          </div>
          <div className={styles.part}>
            <h2 className={styles.partTitle}>Decisions requested</h2>
            {narrative.decisionsRequested.length === 0 ? (
              <p className={styles.muted}>No decision requested.</p>
            ) : (
              <ol className={styles.list}>
                {narrative.decisionsRequested.map((line, k) => (
                  <li key={k}>{line}</li>
                ))}
              </ol>
            )}
          </div>
          {narrative.commentary && (
            <div className={styles.part}>
              <h2 className={styles.partTitle}>Commentary</h2>
              <p className={styles.commentary}>{narrative.commentary}</p>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
