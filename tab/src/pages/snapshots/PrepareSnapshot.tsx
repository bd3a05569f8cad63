import { useState } from "react";
import {
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, DocumentAddRegular } from "@fluentui/react-icons";
import type { ApiError } from "../../api/client";
import { asApiError, useApi } from "../../api/hooks";
import { useFormat } from "../../format";
import { monthJustEnded, recentMonths } from "../../snapshots/months";
import { draftSnapshot } from "../../snapshots/mutations";
import { snapshotHref } from "../../snapshots/routes";
import type { SnapshotMeta } from "../../snapshots/types";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media print": { display: "none" },
  },
  title: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface PrepareSnapshotProps {
  /** Every version the user may see, newest first. */
  items: readonly SnapshotMeta[];
  /** Called with the draft created or refreshed. */
  onDrafted: (draft: SnapshotMeta) => void;
  now?: Date;
}

/**
 * The portfolio office drafts a month's snapshot from the live data (by default the month just
 * ended), or refreshes the open draft; a published month is corrected from its own page.
 */
export function PrepareSnapshot({ items, onDrafted, now = new Date() }: PrepareSnapshotProps) {
  const styles = useStyles();
  const format = useFormat();
  const client = useApi();
  const [period, setPeriod] = useState(() => monthJustEnded(now));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const ofMonth = items.filter((s) => s.period === period);
  const draft = ofMonth.find((s) => s.status === "draft");
  const published = ofMonth.find((s) => s.status === "published");

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onDrafted(await draftSnapshot(client, period, draft?.etag));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="prepare-snapshot">
      <Text as="h2" id="prepare-snapshot" size={400} weight="semibold" className={styles.title}>
        Prepare a board snapshot
      </Text>
      <Text size={200} className={styles.note}>
        A draft freezes the board as of the month's last day. Refresh it while the month's figures settle, add
        the narrative, then publish it: the board sees it from then on, and it never changes again.
      </Text>
      <div className={styles.row}>
        <Field label="Month">
          <Select value={period} onChange={(_, data) => setPeriod(data.value)} disabled={busy}>
            {recentMonths(now).map((m) => (
              <option key={m} value={m}>
                {format.month(m)}
              </option>
            ))}
          </Select>
        </Field>
        {published && !draft ? (
          <Text>
            {format.month(period)} is published (v{published.version}).{" "}
            <Link href={snapshotHref(published.id)}>Open it</Link> to supersede it with a correction.
          </Text>
        ) : (
          <>
            <Button
              appearance="primary"
              icon={
                busy ? <Spinner size="tiny" /> : draft ? <ArrowClockwiseRegular /> : <DocumentAddRegular />
              }
              disabled={busy}
              onClick={() => void run()}
            >
              {draft ? "Refresh draft" : "Create draft"}
            </Button>
            {draft && (
              <Link href={snapshotHref(draft.id)}>
                Open the draft of {format.month(period)} (v{draft.version})
              </Link>
            )}
          </>
        )}
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {draft ? "The draft was not refreshed." : "The draft was not created."}
            </MessageBarTitle>{" "}
            {error.status === 412
              ? "The draft changed since this page loaded. Reload the list and try again."
              : (error.detail ?? error.title)}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
