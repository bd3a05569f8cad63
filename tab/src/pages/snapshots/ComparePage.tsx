import { useEffect, useMemo } from "react";
import {
  Button,
  Field,
  makeStyles,
  Select,
  Skeleton,
  SkeletonItem,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeftRegular, ArrowSwapRegular, DocumentBulletListClockRegular } from "@fluentui/react-icons";
import { useApiGet } from "../../api/hooks";
import type { ItemList } from "../../api/types";
import { useFormat } from "../../format";
import { navigate } from "../../routing/hashRouter";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";
import { EmptyState } from "../../shell/EmptyState";
import { PageHeader } from "../../shell/PageHeader";
import { latestPublished, publishedBefore, statusLabels } from "../../snapshots/labels";
import { api, compareHref, snapshotsHref } from "../../snapshots/routes";
import type {
  SnapshotComparison,
  SnapshotDetail,
  SnapshotHeadline,
  SnapshotMeta,
} from "../../snapshots/types";
import type { SnapshotAccess } from "./access";
import {
  AlignmentChanges,
  BandChanges,
  ClosedRisks,
  InitiativesAddedRemoved,
  MaturityChanges,
  MissedCheckIns,
  NewRisks,
  PortfolioChanges,
  StageMoves,
  ValuePerInitiative,
} from "./CompareSections";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  top: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
  },
  pickers: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
    "@media print": { display: "none" },
  },
  sections: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 440px), 1fr))",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
  },
  wide: {
    gridColumn: "1 / -1",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
});

export interface ComparePageProps {
  from: string | undefined;
  to: string | undefined;
  access: SnapshotAccess;
}

/** Two months side by side: what moved between the two snapshots, section by section. */
export function ComparePage({ from, to, access }: ComparePageProps) {
  const styles = useStyles();
  const format = useFormat();
  const list = useApiGet<ItemList<SnapshotMeta>>(api.list());
  const options = useMemo(
    () => (list.data?.items ?? []).filter((s) => access.seesDrafts || s.status !== "draft"),
    [list.data, access.seesDrafts],
  );

  // Without a choice, compare the latest published month with the month before it.
  const latest = latestPublished(options);
  const defaults = latest ? { to: latest, from: publishedBefore(options, latest.period) } : undefined;
  const missing = !from || !to;
  useEffect(() => {
    if (missing && defaults?.from && defaults.to)
      navigate(compareHref(from ?? defaults.from.id, to ?? defaults.to.id), { replace: true });
  }, [missing, from, to, defaults?.from, defaults?.to]);

  const comparison = useApiGet<SnapshotComparison>(from && to ? api.compare(from, to) : null);
  const diff = comparison.data?.diff;
  // The amounts are in the currency of the later snapshot (a small part of its document).
  const headline = useApiGet<SnapshotDetail<Pick<SnapshotHeadline, "currency">>>(
    to ? api.get(to, ["summary"]) : null,
  );
  const currency = headline.data?.document?.currency ?? null;

  const label = (s: SnapshotMeta) =>
    `${format.month(s.period)} · v${s.version}${s.status === "published" ? "" : ` (${statusLabels[s.status].toLowerCase()})`}`;
  const choose = (which: "from" | "to", id: string) =>
    navigate(compareHref(which === "from" ? id : from, which === "to" ? id : to), { replace: true });

  const header = (
    <div className={styles.top}>
      <PageHeader
        title="Compare months"
        lead="What changed between two board snapshots: stages, risks, value, maturity, alignment and check-ins."
      />
      <Button as="a" href={snapshotsHref()} appearance="subtle" icon={<ArrowLeftRegular />}>
        All snapshots
      </Button>
    </div>
  );

  if (list.error) {
    return (
      <div className={styles.page}>
        {header}
        <ApiErrorMessage error={list.error} what="the board snapshots" onRetry={list.reload} />
      </div>
    );
  }
  if (list.data && options.filter((s) => s.status !== "draft").length < 2 && missing) {
    return (
      <div className={styles.page}>
        {header}
        <EmptyState
          icon={<DocumentBulletListClockRegular />}
          title="Two published months are needed to compare"
        >
          <Text as="p">
            Once the board has two monthly snapshots, this page lists what changed from one to the other.
          </Text>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className={styles.page}>
      {header}
      <div className={styles.pickers}>
        <Field label="From">
          <Select value={from ?? ""} onChange={(_, data) => choose("from", data.value)} disabled={!list.data}>
            {!from && <option value="">Choose a month</option>}
            {options.map((s) => (
              <option key={s.id} value={s.id}>
                {label(s)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="subtle"
          icon={<ArrowSwapRegular />}
          aria-label="Swap the two months"
          disabled={!from || !to}
          onClick={() => navigate(compareHref(to, from), { replace: true })}
        />
        <Field label="To">
          <Select value={to ?? ""} onChange={(_, data) => choose("to", data.value)} disabled={!list.data}>
            {!to && <option value="">Choose a month</option>}
            {options.map((s) => (
              <option key={s.id} value={s.id}>
                {label(s)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {comparison.error ? (
        <ApiErrorMessage error={comparison.error} what="the comparison" onRetry={comparison.reload} />
      ) : !diff ? (
        <Skeleton aria-label="Comparing the two months">
          <SkeletonItem shape="rectangle" style={{ height: 200 }} />
        </Skeleton>
      ) : (
        <>
          <Text role="status">
            {format.month(diff.from.period)} (v{diff.from.version}) compared with{" "}
            {format.month(diff.to.period)} (v{diff.to.version})
            {from === to ? ": the same snapshot, so nothing changed." : "."}
          </Text>
          <div className={styles.sections}>
            <div className={styles.wide}>
              <PortfolioChanges diff={diff} format={format} currency={currency} />
            </div>
            <StageMoves diff={diff} format={format} currency={currency} />
            <InitiativesAddedRemoved diff={diff} format={format} currency={currency} />
            <NewRisks diff={diff} format={format} currency={currency} />
            <ClosedRisks diff={diff} format={format} currency={currency} />
            <BandChanges diff={diff} format={format} currency={currency} />
            <MissedCheckIns diff={diff} format={format} currency={currency} />
            <div className={styles.wide}>
              <ValuePerInitiative diff={diff} format={format} currency={currency} />
              <MaturityChanges diff={diff} format={format} currency={currency} />
              <AlignmentChanges diff={diff} format={format} currency={currency} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
