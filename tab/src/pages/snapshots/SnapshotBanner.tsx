import {
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useFormat } from "../../format";
import { shortHash } from "../../snapshots/months";
import { snapshotHref } from "../../snapshots/routes";
import type { SnapshotIntegrity, SnapshotMeta } from "../../snapshots/types";
import { SnapshotStatusBadge } from "./SnapshotStatusBadge";

const useStyles = makeStyles({
  banner: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hash: { fontFamily: tokens.fontFamilyMonospace },
});

export interface SnapshotBannerProps {
  snapshot: SnapshotMeta;
  /** The month's last day, as the document says (null when the document is missing). */
  asOf: string | null;
  publishedByName: string | null;
  generatedByName: string;
  integrity: SnapshotIntegrity;
  /** The version that superseded this one, and the version this one corrects (from the month's list). */
  newer: SnapshotMeta | undefined;
  corrected: SnapshotMeta | undefined;
}

/** Which month, as of when, published by whom, with which hash — and whether it still stands. */
export function SnapshotBanner({
  snapshot,
  asOf,
  publishedByName,
  generatedByName,
  integrity,
  newer,
  corrected,
}: SnapshotBannerProps) {
  const styles = useStyles();
  const format = useFormat();
  const asOfText = asOf ? format.date(asOf) : `the end of ${format.month(snapshot.period)}`;
  const hash = (
    <span className={styles.hash} title={snapshot.contentHash}>
      SHA-256 {shortHash(snapshot.contentHash)}
    </span>
  );
  return (
    <>
      <div className={styles.banner} role="note" aria-label="About this snapshot">
        <SnapshotStatusBadge status={snapshot.status} />
        {snapshot.publishedAt ? (
          <Text>
            As of {asOfText}, published {format.date(snapshot.publishedAt)} by{" "}
            {publishedByName ?? snapshot.publishedBy} · {hash}
          </Text>
        ) : (
          <Text>
            As of {asOfText}, generated {format.date(snapshot.generatedAt)} at{" "}
            {format.time(snapshot.generatedAt)} by {generatedByName} · not published yet, the board does not
            see it
          </Text>
        )}
      </div>
      {integrity === "tampered" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This snapshot fails verification.</MessageBarTitle> Its stored document no longer
            matches the SHA-256 hash recorded when it was published: it was changed afterwards, so what it
            shows cannot be relied on. Tell your administrator.
          </MessageBarBody>
        </MessageBar>
      )}
      {snapshot.status === "superseded" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              Superseded{snapshot.supersededAt ? ` on ${format.date(snapshot.supersededAt)}` : ""}.
            </MessageBarTitle>{" "}
            {newer?.correctionReason ? <>Correction: “{newer.correctionReason}”. </> : null}
            {snapshot.supersededBy && (
              <Link href={snapshotHref(snapshot.supersededBy)}>
                Read the corrected version{newer ? ` (v${newer.version})` : ""}
              </Link>
            )}
            . This version is kept unchanged as what the board was shown at the time.
          </MessageBarBody>
        </MessageBar>
      )}
      {snapshot.supersedes && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>A correction.</MessageBarTitle> This version
            {snapshot.status === "draft" ? " will supersede" : " supersedes"}{" "}
            <Link href={snapshotHref(snapshot.supersedes)}>
              {corrected ? `v${corrected.version}` : snapshot.supersedes}
            </Link>
            {snapshot.correctionReason ? <>: “{snapshot.correctionReason}”</> : null}.
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
