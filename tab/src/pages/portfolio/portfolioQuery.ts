import type { Stage } from "@domain/schemas/initiative";
import { withQuery } from "../../api/client";
import type { RouteQuery } from "../../routing/hashRouter";
import { isStage } from "../../components/labels";

/**
 * The portfolio's filters and sort order live in the hash query
 * (`#/portfolio?department=Finance&stage=pilot&owner=…&sort=roi&order=asc`), so a view can be
 * bookmarked, shared and deep-linked. This module turns that query into the API request.
 */

export const sortFields = [
  "title",
  "department",
  "stage",
  "health",
  "roi",
  "valueRealisation",
  "priorityScore",
  "openRisks",
] as const;
export type SortField = (typeof sortFields)[number];
export type SortOrder = "asc" | "desc";

export interface PortfolioView {
  department?: string;
  stage?: Stage;
  /** A person id: initiatives this person owns. */
  owner?: string;
  sort: SortField;
  order: SortOrder;
}

/** The most important work first. */
export const defaultSort = { sort: "priorityScore", order: "desc" } as const satisfies Pick<
  PortfolioView,
  "sort" | "order"
>;

/** Figures read best largest first, names alphabetically. */
const firstOrder: Record<SortField, SortOrder> = {
  title: "asc",
  department: "asc",
  stage: "asc",
  health: "asc",
  roi: "desc",
  valueRealisation: "desc",
  priorityScore: "desc",
  openRisks: "desc",
};

export const pageSize = 50;

const isSortField = (value: string): value is SortField => (sortFields as readonly string[]).includes(value);

/** Reads the view from the hash query; unknown values fall back to "no filter" / the default sort. */
export function viewFromQuery(query: RouteQuery): PortfolioView {
  const sort = query.sort && isSortField(query.sort) ? query.sort : defaultSort.sort;
  const order =
    query.order === "asc" || query.order === "desc"
      ? query.order
      : query.sort === sort
        ? firstOrder[sort]
        : defaultSort.order;
  return {
    ...(query.department ? { department: query.department } : {}),
    ...(query.stage && isStage(query.stage) ? { stage: query.stage } : {}),
    ...(query.owner ? { owner: query.owner } : {}),
    sort,
    order,
  };
}

/** The hash query for a view; the default sort is left out to keep links short. */
export function queryFromView(view: PortfolioView): Record<string, string | undefined> {
  const isDefault = view.sort === defaultSort.sort && view.order === defaultSort.order;
  return {
    department: view.department,
    stage: view.stage,
    owner: view.owner,
    sort: isDefault ? undefined : view.sort,
    order: isDefault ? undefined : view.order,
  };
}

/** Clicking the sorted column flips its order; another column starts in its natural order. */
export function sortBy(view: PortfolioView, field: SortField): PortfolioView {
  const order = view.sort === field ? (view.order === "asc" ? "desc" : "asc") : firstOrder[field];
  return { ...view, sort: field, order };
}

export const hasFilters = (view: PortfolioView): boolean =>
  Boolean(view.department || view.stage || view.owner);

/** The same view over the whole portfolio. */
export const withoutFilters = ({ sort, order }: PortfolioView): PortfolioView => ({ sort, order });

/** GET /api/initiatives for a view (the continuation token is added by the list hook). */
export function initiativesPath(view: PortfolioView): string {
  return withQuery("/initiatives", {
    pageSize,
    sort: view.sort,
    order: view.order,
    department: view.department,
    stage: view.stage,
    owner: view.owner,
  });
}
