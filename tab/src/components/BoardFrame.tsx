import type { ReactNode } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular, RocketRegular } from "@fluentui/react-icons";
import type { BoardView } from "../api/types";
import { useFormat, type Formatters } from "../format";
import { crossFilter, hasSlicers, useSlicers, type MultiSlicer, type Slicers } from "../routing/slicers";
import { ApiErrorMessage } from "../shell/ApiErrorMessage";
import { EmptyState } from "../shell/EmptyState";
import { PageHeader } from "../shell/PageHeader";
import { NineSteps } from "./NineSteps";
import { SlicerBar } from "./SlicerBar";
import { useBoardView } from "./useBoardView";

/**
 * The frame of every board page: title, the slicer bar, and the board view for the slicers in the
 * URL — with placeholders while it loads, an error that says what to do, and for a new tenant
 * the nine steps that get the programme going.
 */

export interface BoardPageContext {
  view: BoardView;
  slicers: Slicers;
  setSlicers: (next: Slicers) => void;
  /** A click on a chart element: that value becomes the slicer, or clears it when it already was. */
  crossFilter: (key: MultiSlicer, value: string) => void;
  hrefFor: (path: string, extra?: Record<string, string | undefined>) => string;
  format: Formatters;
  /** Reads the board view again after a change made on the page (none on a read-only snapshot). */
  reload?: () => void;
}

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  top: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", alignItems: "flex-start", gap: tokens.spacingHorizontalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, "@media print": { display: "none" } },
  status: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "20px", color: tokens.colorNeutralForeground3 },
  cards: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(210px, 1fr))", gap: tokens.spacingHorizontalM },
  panels: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 440px), 1fr))", gap: tokens.spacingHorizontalL },
});

function BoardSkeleton() {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Loading the board" className={styles.page}>
      <div className={styles.cards}>
        {[0, 1, 2, 3, 4, 5, 6, 7].map((k) => (
          <SkeletonItem key={k} shape="rectangle" style={{ height: 112 }} />
        ))}
      </div>
      <div className={styles.panels}>
        {[0, 1].map((k) => (
          <SkeletonItem key={k} shape="rectangle" style={{ height: 300 }} />
        ))}
      </div>
    </Skeleton>
  );
}

/** A tenant without a single initiative: the programme has not started here yet. */
export const isNewTenant = (view: BoardView) => view.options.departments.length === 0 && view.initiatives.length === 0;

export interface BoardFrameProps {
  title: string;
  lead: string;
  actions?: ReactNode;
  /** Whether the page has something to show for a tenant with no initiatives yet (progress does). */
  showForNewTenant?: boolean;
  children: (ctx: BoardPageContext) => ReactNode;
}

export function BoardFrame({ title, lead, actions, showForNewTenant = false, children }: BoardFrameProps) {
  const styles = useStyles();
  const format = useFormat();
  const { slicers, setSlicers, clearAll, hrefFor } = useSlicers();
  const board = useBoardView(slicers);
  const view = board.view;
  const filtered = hasSlicers(slicers);

  let content: ReactNode;
  if (board.error) {
    content = (
      <ApiErrorMessage
        error={board.error}
        what="the board"
        onRetry={board.reload}
        actions={
          filtered && (
            <Button appearance="subtle" icon={<DismissRegular />} onClick={clearAll}>
              Clear all slicers
            </Button>
          )
        }
      />
    );
  } else if (!view) {
    content = <BoardSkeleton />;
  } else if (isNewTenant(view) && !filtered && !showForNewTenant) {
    content = (
      <EmptyState icon={<RocketRegular />} title="Your AI programme starts here">
        <Text as="p">
          Nothing has been recorded for this organisation yet. The board fills in as the portfolio office works
          through the nine steps below; each step shows what is already in place.
        </Text>
        <NineSteps steps={view.progression.steps} />
      </EmptyState>
    );
  } else {
    content = (
      <>
        {filtered && view.initiatives.length === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>
              <MessageBarTitle>No initiative matches these slicers.</MessageBarTitle> Choose other values or clear
              the slicers to see the whole portfolio.
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={clearAll}>Clear all</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {children({
          view,
          slicers,
          setSlicers,
          crossFilter: (key, value) => setSlicers(crossFilter(slicers, key, value)),
          hrefFor,
          format,
          reload: board.reload,
        })}
      </>
    );
  }

  return (
    <div className={styles.page}>
      <div className={styles.top}>
        <PageHeader title={title} lead={lead} />
        {actions && <div className={styles.actions}>{actions}</div>}
      </div>
      <SlicerBar
        slicers={slicers}
        options={view?.options ?? null}
        today={view?.today ?? null}
        onChange={setSlicers}
        onClearAll={clearAll}
      />
      <div className={styles.status} role="status">
        {board.refreshing ? (
          <Spinner size="extra-tiny" label="Updating…" />
        ) : view ? (
          <Text size={200}>
            As of {format.month(view.asOf)} · {format.number(view.initiatives.length)}{" "}
            {view.initiatives.length === 1 ? "initiative" : "initiatives"} in scope
          </Text>
        ) : null}
      </div>
      {content}
    </div>
  );
}
