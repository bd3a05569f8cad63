import { useMemo } from "react";
import {
  Button,
  Link,
  makeStyles,
  Skeleton,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowSwapRegular, DocumentBulletListClockRegular } from "@fluentui/react-icons";
import { useApiGet } from "../../api/hooks";
import type { ItemList } from "../../api/types";
import { useFormat } from "../../format";
import { navigate } from "../../routing/hashRouter";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";
import { EmptyState } from "../../shell/EmptyState";
import { PageHeader } from "../../shell/PageHeader";
import { latestPublished, publishedBefore } from "../../snapshots/labels";
import { shortHash } from "../../snapshots/months";
import { api, compareHref, snapshotHref } from "../../snapshots/routes";
import type { SnapshotMeta } from "../../snapshots/types";
import { ChainBadge } from "./ChainBadge";
import { PrepareSnapshot } from "./PrepareSnapshot";
import { SnapshotStatusBadge } from "./SnapshotStatusBadge";
import type { SnapshotAccess } from "./access";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  top: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
  },
  scroller: {
    overflowX: "auto",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hash: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, textAlign: "start" },
});

export interface SnapshotListPageProps {
  access: SnapshotAccess;
  now?: Date;
}

/**
 * The months of the board's record, newest first: published versions, the versions a correction
 * superseded, and — for executives and the portfolio office only — drafts, badged as such.
 */
export function SnapshotListPage({ access, now }: SnapshotListPageProps) {
  const styles = useStyles();
  const format = useFormat();
  const list = useApiGet<ItemList<SnapshotMeta>>(api.list());
  // The API never sends a board member a draft; the page does not show one either way.
  const items = useMemo(
    () => (list.data?.items ?? []).filter((s) => access.seesDrafts || s.status !== "draft"),
    [list.data, access.seesDrafts],
  );
  const latest = latestPublished(items);
  const previous = latest && publishedBefore(items, latest.period);
  const anyPublished = items.some((s) => s.status !== "draft");
  const versionOf = (id: string) => {
    const other = items.find((s) => s.id === id);
    return other ? `v${other.version}` : id;
  };

  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <PageHeader
          title="Board snapshots"
          lead="The monthly, frozen record of the AI programme that the board reads and compares."
        />
        {latest && previous && (
          <Button as="a" href={compareHref(previous.id, latest.id)} icon={<ArrowSwapRegular />}>
            Compare months
          </Button>
        )}
      </div>
      <ChainBadge />
      {access.manages && list.data && (
        <PrepareSnapshot items={items} now={now} onDrafted={(draft) => navigate(snapshotHref(draft.id))} />
      )}
      {list.error ? (
        <ApiErrorMessage error={list.error} what="the board snapshots" onRetry={list.reload} />
      ) : !list.data ? (
        <Skeleton aria-label="Loading the board snapshots">
          <SkeletonItem shape="rectangle" style={{ height: 160 }} />
        </Skeleton>
      ) : (
        <>
          {!anyPublished && (
            <EmptyState icon={<DocumentBulletListClockRegular />} title="No snapshot has been published yet">
              <Text as="p">
                Each month the portfolio office publishes a board snapshot: the programme's headline figures,
                its risks, maturity and leadership alignment as they stood at the month's end, with a
                narrative for the board. Once the first one is published it appears here, newest first.
              </Text>
              <Text as="p">
                A published snapshot is never edited: a correction is published as a new version, so the board
                always sees what it was shown at the time.
              </Text>
            </EmptyState>
          )}
          {items.length > 0 && (
            <div
              className={styles.scroller}
              role="region"
              aria-label="Board snapshots by month (table)"
              tabIndex={0}
            >
              <Table aria-label="Board snapshots by month" size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Month</TableHeaderCell>
                    <TableHeaderCell>Status</TableHeaderCell>
                    <TableHeaderCell>Published</TableHeaderCell>
                    <TableHeaderCell>Correction</TableHeaderCell>
                    <TableHeaderCell>SHA-256</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {items.map((s) => (
                    <TableRow key={s.id}>
                      <TableCell>
                        <Link href={snapshotHref(s.id)}>
                          {format.month(s.period)} · v{s.version}
                        </Link>
                      </TableCell>
                      <TableCell>
                        <SnapshotStatusBadge status={s.status} />
                      </TableCell>
                      <TableCell>
                        {s.publishedAt ? (
                          format.date(s.publishedAt)
                        ) : (
                          <span className={styles.muted}>Not yet</span>
                        )}
                      </TableCell>
                      <TableCell>
                        {s.supersedes && s.correctionReason ? (
                          <>
                            Corrects {versionOf(s.supersedes)}: {s.correctionReason}
                          </>
                        ) : s.supersededBy ? (
                          <>
                            Corrected by{" "}
                            <Link href={snapshotHref(s.supersededBy)}>{versionOf(s.supersededBy)}</Link>
                          </>
                        ) : (
                          <span className={styles.muted}>—</span>
                        )}
                      </TableCell>
                      <TableCell>
                        {s.status === "draft" ? (
                          <span className={styles.muted}>Hashed when published</span>
                        ) : (
                          <span className={styles.hash} title={s.contentHash}>
                            {shortHash(s.contentHash)}
                          </span>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
