import { withQuery } from "../api/client";
import { buildHash } from "../routing/hashRouter";

/** The tab's routes and the API's paths for board snapshots, in one place. */

export const snapshotsPath = "/snapshots";
export const comparePath = "/snapshots/compare";

export const snapshotsHref = (): string => buildHash(snapshotsPath);
export const snapshotHref = (id: string): string => buildHash(`${snapshotsPath}/${id}`);
export const compareHref = (from?: string, to?: string): string => buildHash(comparePath, { from, to });
export const stageHref = (id: string): string => buildHash(`${snapshotsPath}/${id}`, { view: "stage" });

/** What a snapshot route shows; the id of `/snapshots/<id>` otherwise. */
export type SnapshotRoute =
  | { kind: "list" }
  | { kind: "compare"; from: string | undefined; to: string | undefined }
  | { kind: "snapshot"; id: string; stage: boolean };

export function snapshotRoute(
  path: string,
  query: Readonly<Record<string, string>>,
): SnapshotRoute | undefined {
  if (path === snapshotsPath) return { kind: "list" };
  if (path === comparePath) return { kind: "compare", from: query.from, to: query.to };
  const match = /^\/snapshots\/([^/]+)$/.exec(path);
  return match?.[1] ? { kind: "snapshot", id: match[1], stage: query.view === "stage" } : undefined;
}

/**
 * The page Teams shows on the meeting stage: the tab's own address (the same origin, page and
 * search, which validDomains already allows) with the snapshot's stage route.
 */
export function stageContentUrl(
  id: string,
  location: Pick<Location, "origin" | "pathname" | "search">,
): string {
  return `${location.origin}${location.pathname}${location.search}${stageHref(id)}`;
}

export const api = {
  list: (query: { period?: string; status?: string } = {}) => withQuery("/snapshots", query),
  get: (id: string, include?: readonly string[]) =>
    withQuery(`/snapshots/${encodeURIComponent(id)}`, { include: include?.join(",") }),
  compare: (from: string, to: string) => withQuery("/snapshots/compare", { from, to }),
  verify: () => "/snapshots/verify",
  create: () => "/snapshots",
  update: (id: string) => `/snapshots/${encodeURIComponent(id)}`,
  publish: (id: string) => `/snapshots/${encodeURIComponent(id)}/publish`,
  supersede: (id: string) => `/snapshots/${encodeURIComponent(id)}/supersede`,
  decisionRights: () => "/decision-rights",
};
