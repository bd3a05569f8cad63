import { useMemo, useState } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, DismissRegular, LightbulbFilamentRegular } from "@fluentui/react-icons";
import { useApiGet, usePagedList } from "../../api/hooks";
import { useSession } from "../../auth/AuthGate";
import { initiativePath } from "../../components/InitiativeLink";
import { NewInitiativeButton } from "../../forms/NewInitiativeButton";
import { canCreateInitiative } from "../../forms/types";
import type { InitiativeListItem, Strategy } from "../../api/types";
import { useFormat, type Formatters } from "../../format";
import { buildHash, navigate, useRoute } from "../../routing/hashRouter";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";
import { EmptyState } from "../../shell/EmptyState";
import { PageHeader } from "../../shell/PageHeader";
import { PortfolioFilters, type FilterOption } from "./PortfolioFilters";
import { PortfolioTable } from "./PortfolioTable";
import {
  hasFilters,
  initiativesPath,
  queryFromView,
  sortBy,
  viewFromQuery,
  withoutFilters,
  type PortfolioView,
} from "./portfolioQuery";

export const portfolioPath = "/portfolio";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  summary: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    minHeight: "32px",
  },
  updated: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
  more: { alignSelf: "center" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** "12 initiatives", "Showing 50 of 143 initiatives matching the filters", "50 initiatives, more to load". */
function countSummary(
  shown: number,
  total: number | undefined,
  hasMore: boolean,
  filtered: boolean,
  format: Formatters,
) {
  const all = total ?? shown;
  const noun = plural(all, "initiative", "initiatives");
  const matching = filtered ? ` ${plural(all, "matches", "match")} the filters` : "";
  if (total !== undefined && shown < total)
    return `Showing ${format.number(shown)} of ${format.number(total)} ${noun}${filtered ? " matching the filters" : ""}`;
  return `${format.number(all)} ${noun}${matching}${hasMore && total === undefined ? ", more to load" : ""}`;
}

/** The page as routed: the signed-in user's roles decide whether they may add initiatives. */
export function PortfolioRoute() {
  const { user } = useSession();
  return <PortfolioPage canCreate={canCreateInitiative(user)} />;
}

/** `canCreate`: offer "New initiative" (the portfolio office only; the API checks too). */
export function PortfolioPage({ canCreate = false }: { canCreate?: boolean }) {
  const styles = useStyles();
  const format = useFormat();
  const { query } = useRoute();
  const view = useMemo(() => viewFromQuery(query), [query]);
  const strategy = useApiGet<Strategy>("/strategy");
  const list = usePagedList<InitiativeListItem>(initiativesPath(view));
  const filtered = hasFilters(view);

  const show = (next: PortfolioView) =>
    navigate(buildHash(portfolioPath, queryFromView(next)), { replace: true });
  const clearFilters = () => show(withoutFilters(view));

  const people = useMemo(
    () => (strategy.data ? new Map(strategy.data.executives.map((e) => [e.id, e])) : null),
    [strategy.data],
  );

  // There is no list of departments: offer every department seen in this session's pages.
  const [departmentsSeen, setDepartmentsSeen] = useState<readonly string[]>([]);
  const unseen = list.items.some((i) => !departmentsSeen.includes(i.department));
  if (unseen) {
    setDepartmentsSeen([...new Set([...departmentsSeen, ...list.items.map((i) => i.department)])].sort());
  }
  const departments: FilterOption[] = departmentsSeen.map((d) => ({ value: d, label: d }));

  const owners: FilterOption[] = people
    ? [...people.values()]
        .map((e) => ({ value: e.id, label: e.displayName }))
        .sort((a, b) => a.label.localeCompare(b.label, format.locale))
    : [...new Set(list.items.map((i) => i.outcomeOwnerId))].sort().map((id) => ({ value: id, label: id }));

  const count = list.items.length;
  const summary = list.loading
    ? "Loading initiatives…"
    : list.error
      ? ""
      : countSummary(count, list.total, list.hasMore, filtered, format);

  return (
    <div className={styles.page}>
      <PageHeader
        title="Portfolio"
        lead="Every AI initiative: its stage, health and owner, the value it returns and the risks it carries."
      />

      {canCreate && (
        <div className={styles.actions}>
          <NewInitiativeButton
            priorities={strategy.data?.priorities ?? []}
            people={strategy.data?.executives ?? []}
            onCreated={(created) => navigate(buildHash(initiativePath(created.id), { from: portfolioPath }))}
          />
        </div>
      )}

      {strategy.error?.status === 404 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No strategy profile yet.</MessageBarTitle> Owners show as ids until the
            organisation's strategy profile names its executives. A portfolio manager sets it up with the AI
            vision, the business priorities, the executives and the currency.
          </MessageBarBody>
        </MessageBar>
      )}
      {strategy.error && strategy.error.status !== 404 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Owners' names are unavailable.</MessageBarTitle> The strategy profile could not
            be loaded, so owners show as ids.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={strategy.reload}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <PortfolioFilters view={view} departments={departments} owners={owners} onChange={show} />

      <div className={styles.summary}>
        <Text role="status" weight="semibold">
          {summary}
        </Text>
        {list.loadedAt && (
          <span className={styles.updated}>
            <Text size={200}>Updated {format.time(list.loadedAt)}</Text>
            <Button appearance="subtle" size="small" icon={<ArrowClockwiseRegular />} onClick={list.reload}>
              Refresh
            </Button>
          </span>
        )}
      </div>

      {list.error ? (
        <ApiErrorMessage
          error={list.error}
          what="the portfolio"
          onRetry={list.reload}
          actions={
            filtered && (
              <Button appearance="subtle" icon={<DismissRegular />} onClick={clearFilters}>
                Clear filters
              </Button>
            )
          }
        />
      ) : !list.loading && count === 0 ? (
        filtered ? (
          <EmptyState
            icon={<DismissRegular />}
            title="No initiatives match these filters"
            actions={<Button onClick={clearFilters}>Clear filters</Button>}
          >
            <Text as="p">
              Try another department, stage or owner, or clear the filters to see the whole portfolio.
            </Text>
          </EmptyState>
        ) : (
          <EmptyState icon={<LightbulbFilamentRegular />} title="No AI initiatives yet">
            <Text as="p">
              This is where the organisation's AI initiatives will line up: each with its stage, health,
              outcome owner, ROI, value realised and open risks, sorted so the most important work comes
              first.
            </Text>
            <Text as="p">
              Initiatives appear here as soon as the portfolio office records them, each linked to a business
              priority and with an outcome owner and a separate risk owner.
            </Text>
          </EmptyState>
        )
      ) : (
        <PortfolioTable
          items={list.items}
          loading={list.loading}
          view={view}
          onSort={(field) => show(sortBy(view, field))}
          format={format}
          people={people}
        />
      )}

      {list.moreError && (
        <ApiErrorMessage error={list.moreError} what="more initiatives" onRetry={list.loadMore} />
      )}
      {list.hasMore && (
        <Button
          className={styles.more}
          appearance="primary"
          disabled={list.loadingMore}
          onClick={list.loadMore}
        >
          {list.loadingMore ? "Loading more…" : "Load more"}
        </Button>
      )}
    </div>
  );
}
