import { useMemo, useState } from "react";
import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ShareScreenStartRegular } from "@fluentui/react-icons";
import { useApiGet } from "../../api/hooks";
import type { ItemList } from "../../api/types";
import { useFormat } from "../../format";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";
import { latestPublished } from "../../snapshots/labels";
import { shortHash } from "../../snapshots/months";
import { api, snapshotHref, stageContentUrl } from "../../snapshots/routes";
import type { SnapshotHeadline, SnapshotMeta } from "../../snapshots/types";
import { keyFigures } from "./keyFigures";
import { NarrativeView } from "./sections/NarrativeView";
import { useSnapshotDetail } from "./useSnapshotDetail";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  hash: { fontFamily: tokens.fontFamilyMonospace },
  figures: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  pair: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    textAlign: "end",
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  change: {
    gridColumn: "1 / -1",
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface SidePanelViewProps {
  /** Teams' share-to-stage; null where there is no meeting to share to. */
  shareToStage: ((contentUrl: string) => Promise<void>) | null;
}

/**
 * The meeting side panel: the latest published snapshot, compactly, and a button that puts its
 * stage view on the meeting stage for everyone.
 */
export function SidePanelView({ shareToStage }: SidePanelViewProps) {
  const styles = useStyles();
  const list = useApiGet<ItemList<SnapshotMeta>>(api.list({ status: "published" }));
  const latest = latestPublished(list.data?.items ?? []);
  if (list.error)
    return <ApiErrorMessage error={list.error} what="the board snapshots" onRetry={list.reload} />;
  if (!list.data) return <Spinner size="small" label="Loading the latest board snapshot…" />;
  if (!latest) {
    return (
      <div className={styles.root}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          Board snapshot
        </Text>
        <Text>No board snapshot has been published yet.</Text>
      </div>
    );
  }
  return <LatestSnapshot snapshotId={latest.id} shareToStage={shareToStage} />;
}

function LatestSnapshot({ snapshotId, shareToStage }: { snapshotId: string } & SidePanelViewProps) {
  const styles = useStyles();
  const format = useFormat();
  const detail = useSnapshotDetail<SnapshotHeadline>(snapshotId, ["summary", "board"]);
  const document = detail.data?.document ?? null;
  const figures = useMemo(() => (document ? keyFigures(document.board, format, 4) : []), [document, format]);
  const [sharing, setSharing] = useState<"idle" | "busy" | "shared" | { error: string }>("idle");

  if (detail.error)
    return <ApiErrorMessage error={detail.error} what="the latest board snapshot" onRetry={detail.reload} />;
  const data = detail.data;
  if (!data) return <Spinner size="small" label="Loading the latest board snapshot…" />;
  const { snapshot } = data;

  const share = async () => {
    if (!shareToStage) return;
    setSharing("busy");
    try {
      await shareToStage(stageContentUrl(snapshot.id, window.location));
      setSharing("shared");
    } catch (error) {
      setSharing({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className={styles.root}>
      <div>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          Board snapshot · {format.month(snapshot.period)}
        </Text>
        <Text as="p" size={200} className={styles.muted}>
          {snapshot.publishedAt
            ? `Published ${format.date(snapshot.publishedAt)} by ${document?.publication?.publishedByName ?? snapshot.publishedBy}`
            : "Not published"}{" "}
          · <span className={styles.hash}>SHA-256 {shortHash(snapshot.contentHash)}</span>
        </Text>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={sharing === "busy" ? <Spinner size="tiny" /> : <ShareScreenStartRegular />}
          disabled={!shareToStage || sharing === "busy"}
          onClick={() => void share()}
        >
          Share to stage
        </Button>
        <Link href={snapshotHref(snapshot.id)}>Open the full snapshot</Link>
      </div>
      {!shareToStage && (
        <Text size={200} className={styles.muted}>
          Sharing to the stage works inside a Teams meeting.
        </Text>
      )}
      <div role="status">
        {sharing === "shared" && <Text>Shared to the meeting stage.</Text>}
        {typeof sharing === "object" && (
          <MessageBar intent="error">
            <MessageBarBody>Could not share to the stage: {sharing.error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {figures.length > 0 && (
        <dl className={styles.figures} aria-label="Key figures">
          {figures.map((f) => (
            <div key={f.label} className={styles.pair}>
              <dt className={styles.term}>{f.label}</dt>
              <dd className={styles.value}>{f.value}</dd>
              <dd className={styles.change}>{f.change}</dd>
            </div>
          ))}
        </dl>
      )}
      <NarrativeView narrative={snapshot.narrative} emptyText="No narrative was given for this month." />
    </div>
  );
}
