import { useCallback, useMemo } from "react";
import type { Stage } from "@domain/schemas/initiative";
import { withQuery } from "../api/client";
import { isStage } from "../components/labels";
import { buildHash, navigate, useRoute, type RouteQuery } from "./hashRouter";

/**
 * The board's slicers (department, owner, stage, priority, period) live in the hash query, so a
 * filtered view can be shared and bookmarked, and Back undoes a slicer change:
 * `#/board?department=Finance,Operations&stage=pilot&period=2026-09`. Several values of one
 * slicer are comma-separated, as the API accepts them (GET /api/board).
 */

export const multiSlicers = ["department", "owner", "stage", "priority"] as const;
export type MultiSlicer = (typeof multiSlicers)[number];

export interface Slicers {
  department: readonly string[];
  /** Person ids: initiatives this person owns the outcome or the risk of. */
  owner: readonly string[];
  stage: readonly Stage[];
  /** Business priority ids. */
  priority: readonly string[];
  /** The as-of month (YYYY-MM); null is the current month. */
  period: string | null;
}

export const noSlicers: Slicers = { department: [], owner: [], stage: [], priority: [], period: null };

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

function list(value: string | undefined): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

/** Reads the slicers from a hash query; unknown stages and malformed months are dropped. */
export function slicersFromQuery(query: RouteQuery): Slicers {
  return {
    department: list(query.department),
    owner: list(query.owner),
    stage: list(query.stage).filter(isStage),
    priority: list(query.priority),
    period: query.period && monthPattern.test(query.period) ? query.period : null,
  };
}

/** The hash query of the slicers; unset slicers are left out. */
export function slicerQuery(slicers: Slicers): Record<MultiSlicer | "period", string | undefined> {
  const joined = (values: readonly string[]) => (values.length > 0 ? values.join(",") : undefined);
  return {
    department: joined(slicers.department),
    owner: joined(slicers.owner),
    stage: joined(slicers.stage),
    priority: joined(slicers.priority),
    period: slicers.period ?? undefined,
  };
}

export const hasSlicers = (s: Slicers): boolean =>
  multiSlicers.some((key) => s[key].length > 0) || s.period !== null;

/** GET /api/board for these slicers. */
export function boardApiPath(slicers: Slicers): string {
  return withQuery("/board", slicerQuery(slicers));
}

/**
 * What clicking a chart element does to a slicer, as in Power BI: the element becomes the only
 * value of its slicer, and clicking the element that is already the only value clears it.
 */
export function crossFilter(slicers: Slicers, key: MultiSlicer, value: string): Slicers {
  const current = slicers[key];
  const only = current.length === 1 && current[0] === value;
  if (key === "stage") return { ...slicers, stage: only || !isStage(value) ? [] : [value] };
  return { ...slicers, [key]: only ? [] : [value] };
}

/** The hash of a page with the slicers (and any other query values) carried along. */
export function hrefWithSlicers(path: string, slicers: Slicers, extra: Record<string, string | undefined> = {}) {
  return buildHash(path, { ...slicerQuery(slicers), ...extra });
}

const slicerKeys: readonly string[] = [...multiSlicers, "period"];

export interface SlicerState {
  slicers: Slicers;
  /** Changes the slicers of the current page, as a new history entry (Back undoes it). */
  setSlicers: (next: Slicers) => void;
  clearAll: () => void;
  /** A link to another page that keeps the current slicers. */
  hrefFor: (path: string, extra?: Record<string, string | undefined>) => string;
}

export function useSlicers(): SlicerState {
  const { path, query } = useRoute();
  const slicers = useMemo(() => slicersFromQuery(query), [query]);
  const setSlicers = useCallback(
    (next: Slicers) => {
      const others = Object.fromEntries(Object.entries(query).filter(([key]) => !slicerKeys.includes(key)));
      // A changed filter makes a page number meaningless.
      delete others.page;
      navigate(buildHash(path, { ...others, ...slicerQuery(next) }));
    },
    [path, query],
  );
  const clearAll = useCallback(() => setSlicers(noSlicers), [setSlicers]);
  const hrefFor = useCallback(
    (target: string, extra?: Record<string, string | undefined>) => hrefWithSlicers(target, slicers, extra),
    [slicers],
  );
  return { slicers, setSlicers, clearAll, hrefFor };
}
