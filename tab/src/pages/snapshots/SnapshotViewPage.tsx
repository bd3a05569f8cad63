import { useCallback, useEffect, useMemo, useState } from "react";
import { flushSync } from "react-dom";
import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowClockwiseRegular,
  ArrowLeftRegular,
  ArrowSwapRegular,
  CheckmarkRegular,
  EditRegular,
  PresenterRegular,
  PrintRegular,
  ShieldErrorRegular,
} from "@fluentui/react-icons";
import { asApiError, useApi } from "../../api/hooks";
import type { ItemList } from "../../api/types";
import type { BoardPageContext } from "../../components/BoardFrame";
import { Section, SectionGrid } from "../../components/Section";
import { useFormat } from "../../format";
import { buildHash, navigate } from "../../routing/hashRouter";
import { noSlicers } from "../../routing/slicers";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";
import { EmptyState } from "../../shell/EmptyState";
import { PageHeader } from "../../shell/PageHeader";
import { useMediaQuery } from "../../useMediaQuery";
import { publishedBefore, statusLabels } from "../../snapshots/labels";
import { draftSnapshot } from "../../snapshots/mutations";
import { api, compareHref, snapshotHref, snapshotsHref, stageHref } from "../../snapshots/routes";
import type { SnapshotDocument, SnapshotMeta } from "../../snapshots/types";
import { KpiCards } from "../board/sections/Kpis";
import { MaturityRadarSection, MaturityTrendSection } from "../board/sections/Maturity";
import { FinanceSection } from "../board/sections/Portfolio";
import { RiskHeatmapSection } from "../board/sections/Risks";
import type { SnapshotAccess } from "./access";
import { NarrativeDialog } from "./NarrativeDialog";
import { PrintPageStyle, PrintSheet, PrintSheets } from "./PrintSheet";
import { PublishDialog } from "./PublishDialog";
import { NarrativeView } from "./sections/NarrativeView";
import { SnapshotAlignment } from "./sections/SnapshotAlignment";
import { SnapshotCheckIns } from "./sections/SnapshotCheckIns";
import { SnapshotInitiatives } from "./sections/SnapshotInitiatives";
import { SnapshotMaturityEvidence } from "./sections/SnapshotMaturity";
import { SnapshotOwners } from "./sections/SnapshotOwners";
import { SnapshotRiskRegister } from "./sections/SnapshotRisks";
import { SnapshotBanner } from "./SnapshotBanner";
import { SupersedeDialog } from "./SupersedeDialog";
import { useKeptApiGet, useSnapshotDetail } from "./useSnapshotDetail";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  top: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    "@media print": { display: "none" },
  },
  noPrint: { "@media print": { display: "none" } },
});

type Dialog = "narrative" | "publish" | "supersede" | null;
type Notice = { intent: "success" | "warning" | "error"; title: string; text?: string };

/** Screen tables show a page of rows; the printed pack shows them all. */
const screenRows = 10;
const allRows = 100_000;

export interface SnapshotViewPageProps {
  id: string;
  access: SnapshotAccess;
  userId: string;
}

/**
 * One month's frozen board, read-only: the narrative first, then the KPI cards with their monthly
 * change, owners, risks, maturity, alignment, initiatives and check-ins, exactly as the snapshot
 * recorded them. The portfolio office prepares, publishes and corrects it from here; it prints as
 * the board pack.
 */
export function SnapshotViewPage({ id, access, userId }: SnapshotViewPageProps) {
  const styles = useStyles();
  const format = useFormat();
  const client = useApi();
  const detail = useSnapshotDetail<SnapshotDocument>(id);
  const list = useKeptApiGet<ItemList<SnapshotMeta>>(api.list());
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<Notice>();
  const [refreshing, setRefreshing] = useState(false);
  const [printing, setPrinting] = useState(false);
  const printMedia = useMediaQuery("print");
  const rows = printing || printMedia ? allRows : screenRows;

  const reloadList = list.reload;
  const reloadDetail = detail.reload;
  const reloadAll = useCallback(() => {
    reloadDetail();
    reloadList();
  }, [reloadDetail, reloadList]);

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener("afterprint", done, { once: true });
    return () => window.removeEventListener("afterprint", done);
  }, [printing]);

  const printPack = () => {
    // Every row of every table must be on the page before the browser lays it out for print.
    flushSync(() => setPrinting(true));
    window.print();
  };

  const data = detail.data;
  const snapshot = data?.snapshot;
  const document = data?.document ?? null;
  const items = list.data?.items ?? [];
  const visible = items.filter((s) => access.seesDrafts || s.status !== "draft");
  const newer = snapshot?.supersededBy ? items.find((s) => s.id === snapshot.supersededBy) : undefined;
  const corrected = snapshot?.supersedes ? items.find((s) => s.id === snapshot.supersedes) : undefined;
  const previous = snapshot ? publishedBefore(visible, snapshot.period) : undefined;

  const names = useMemo(
    () => new Map((document?.people ?? []).map((p) => [p.id, p.displayName])),
    [document],
  );
  const nameOf = useCallback((personId: string) => names.get(personId) ?? personId, [names]);

  const ctx = useMemo<BoardPageContext | null>(
    () =>
      document && {
        view: document.board,
        format,
        // A snapshot is read-only: its charts do not slice anything, and nothing links to live pages.
        slicers: noSlicers,
        setSlicers: () => undefined,
        crossFilter: () => undefined,
        hrefFor: (path) => buildHash(path),
      },
    [document, format],
  );

  if (detail.error) {
    return (
      <div className={styles.page}>
        <Link href={snapshotsHref()}>All snapshots</Link>
        <ApiErrorMessage error={detail.error} what="this board snapshot" onRetry={detail.reload} />
      </div>
    );
  }
  if (!data || !snapshot) {
    return (
      <Skeleton aria-label="Loading the board snapshot" className={styles.page}>
        <SkeletonItem size={32} style={{ width: "40%" }} />
        <SkeletonItem shape="rectangle" style={{ height: 48 }} />
        <SkeletonItem shape="rectangle" style={{ height: 320 }} />
      </Skeleton>
    );
  }

  const month = format.month(snapshot.period);
  const isDraft = snapshot.status === "draft";
  const publishedByName =
    document?.publication?.publishedByName ?? (snapshot.publishedBy ? nameOf(snapshot.publishedBy) : null);
  const footer = `AI Strategy Board · Board snapshot ${snapshot.period} v${snapshot.version} · ${statusLabels[snapshot.status]}${
    snapshot.publishedAt ? ` ${snapshot.publishedAt.slice(0, 10)}` : ""
  } · SHA-256 ${snapshot.contentHash}`;

  const refresh = async () => {
    setRefreshing(true);
    setNotice(undefined);
    try {
      await draftSnapshot(client, snapshot.period, snapshot.etag);
      setNotice({ intent: "success", title: "Figures refreshed from the live data." });
    } catch (e) {
      const error = asApiError(e);
      setNotice(
        error.status === 412
          ? {
              intent: "warning",
              title: "The draft changed since this page loaded.",
              text: "It has been reloaded: check it, then refresh again if needed.",
            }
          : { intent: "error", title: "The figures were not refreshed.", text: error.detail ?? error.title },
      );
    } finally {
      setRefreshing(false);
      reloadAll();
    }
  };

  return (
    <div className={styles.page}>
      <PrintPageStyle footer={footer} />
      <div className={styles.top}>
        <PageHeader
          title={`Board snapshot · ${month}`}
          lead={`The board as it stood at the end of ${month}, version ${snapshot.version}. Figures are frozen; nothing here is live.`}
        />
        <div className={styles.actions}>
          <Button as="a" href={snapshotsHref()} appearance="subtle" icon={<ArrowLeftRegular />}>
            All snapshots
          </Button>
          {previous && (
            <Button as="a" href={compareHref(previous.id, snapshot.id)} icon={<ArrowSwapRegular />}>
              Compare with {format.month(previous.period)}
            </Button>
          )}
          <Button as="a" href={stageHref(snapshot.id)} icon={<PresenterRegular />}>
            Presentation view
          </Button>
          {document && (
            <Button
              appearance={isDraft ? "secondary" : "primary"}
              icon={<PrintRegular />}
              onClick={printPack}
            >
              Print board pack
            </Button>
          )}
        </div>
      </div>

      {access.manages && (isDraft || snapshot.status === "published") && (
        <div className={styles.actions} role="toolbar" aria-label="Prepare and publish">
          {isDraft ? (
            <>
              <Button icon={<EditRegular />} onClick={() => setDialog("narrative")}>
                Edit narrative
              </Button>
              <Button
                icon={refreshing ? <Spinner size="tiny" /> : <ArrowClockwiseRegular />}
                disabled={refreshing}
                onClick={() => void refresh()}
              >
                Refresh figures
              </Button>
              <Button appearance="primary" icon={<CheckmarkRegular />} onClick={() => setDialog("publish")}>
                Publish
              </Button>
            </>
          ) : (
            <Button icon={<ShieldErrorRegular />} onClick={() => setDialog("supersede")}>
              Correct this snapshot
            </Button>
          )}
        </div>
      )}

      {notice && (
        <MessageBar intent={notice.intent} className={styles.noPrint}>
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle> {notice.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {detail.refreshing && (
        <Spinner size="tiny" labelPosition="after" label="Updating…" className={styles.noPrint} />
      )}

      {!document ? (
        <>
          <SnapshotBanner
            snapshot={snapshot}
            asOf={null}
            publishedByName={publishedByName}
            generatedByName={nameOf(snapshot.generatedBy)}
            integrity={data.integrity}
            newer={newer}
            corrected={corrected}
          />
          <EmptyState icon={<ShieldErrorRegular />} title="This snapshot's document is missing">
            <Text as="p">
              The stored document of {month} (v{snapshot.version}) is no longer in storage, so the board's
              record of the month cannot be shown. Tell your administrator: it must be restored from a backup,
              and the chain verified.
            </Text>
          </EmptyState>
        </>
      ) : (
        ctx && (
          <PrintSheets>
            <PrintSheet label="Narrative" footer={footer}>
              <SnapshotBanner
                snapshot={snapshot}
                asOf={document.today}
                publishedByName={publishedByName}
                generatedByName={nameOf(snapshot.generatedBy)}
                integrity={data.integrity}
                newer={newer}
                corrected={corrected}
              />
              <Section
                title="Narrative"
                wide
                description={
                  isDraft
                    ? "What the portfolio office will tell the board about the month."
                    : "What the portfolio office told the board about the month."
                }
              >
                <NarrativeView
                  narrative={snapshot.narrative}
                  emptyText={
                    isDraft
                      ? "No narrative yet. Add highlights, the decisions the board is asked for and a commentary before publishing."
                      : "No narrative was given for this month."
                  }
                />
              </Section>
            </PrintSheet>
            <PrintSheet label="Key figures" footer={footer}>
              <Section
                title="Key figures"
                wide
                description={`As of ${format.date(document.today)}, each with its change from the month before.`}
              >
                <KpiCards view={ctx.view} format={format} />
              </Section>
              <FinanceSection {...ctx} />
            </PrintSheet>
            <PrintSheet label="Owners" footer={footer}>
              <SnapshotOwners document={document} format={format} pageSize={rows} />
            </PrintSheet>
            <PrintSheet label="Risks" footer={footer}>
              <RiskHeatmapSection {...ctx} />
              <SnapshotRiskRegister document={document} format={format} pageSize={rows} />
            </PrintSheet>
            <PrintSheet label="Maturity" footer={footer}>
              <SectionGrid>
                <MaturityRadarSection {...ctx} />
                <MaturityTrendSection {...ctx} />
              </SectionGrid>
              <SnapshotMaturityEvidence document={document} format={format} />
            </PrintSheet>
            <PrintSheet label="Leadership alignment" footer={footer}>
              <SnapshotAlignment document={document} format={format} />
            </PrintSheet>
            <PrintSheet label="Initiatives" footer={footer}>
              <SnapshotInitiatives document={document} format={format} pageSize={rows} />
            </PrintSheet>
            <PrintSheet label="Check-ins" footer={footer}>
              <SnapshotCheckIns document={document} format={format} pageSize={rows} />
            </PrintSheet>
          </PrintSheets>
        )
      )}

      {access.manages && isDraft && (
        <>
          <NarrativeDialog
            snapshot={snapshot}
            open={dialog === "narrative"}
            onOpenChange={(open) => setDialog(open ? "narrative" : null)}
            onSaved={() => {
              setDialog(null);
              setNotice({ intent: "success", title: "Narrative saved." });
              reloadAll();
            }}
            onChanged={reloadAll}
          />
          <PublishDialog
            snapshot={snapshot}
            open={dialog === "publish"}
            onOpenChange={(open) => setDialog(open ? "publish" : null)}
            onPublished={() => {
              setDialog(null);
              setNotice({
                intent: "success",
                title: `Published. The board sees the snapshot of ${month} from now on.`,
              });
              reloadAll();
            }}
            onChanged={reloadAll}
            userId={userId}
            nameOf={nameOf}
          />
        </>
      )}
      {access.manages && snapshot.status === "published" && (
        <SupersedeDialog
          snapshot={snapshot}
          open={dialog === "supersede"}
          onOpenChange={(open) => setDialog(open ? "supersede" : null)}
          onSuperseded={(correction) => {
            setDialog(null);
            navigate(snapshotHref(correction.id));
          }}
        />
      )}
    </div>
  );
}
