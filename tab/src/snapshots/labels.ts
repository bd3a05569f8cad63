import type { BadgeProps } from "@fluentui/react-components";
import type { SnapshotMeta, SnapshotProblem, SnapshotStatus } from "./types";

type BadgeColor = NonNullable<BadgeProps["color"]>;

export const statusLabels: Record<SnapshotStatus, string> = {
  draft: "Draft",
  published: "Published",
  superseded: "Superseded",
};

export const statusColors: Record<SnapshotStatus, BadgeColor> = {
  draft: "warning",
  published: "success",
  superseded: "subtle",
};

/** What each verification problem means for a reader of the board's record. */
export const problemMeanings: Record<SnapshotProblem["reason"], string> = {
  tampered:
    "its stored document no longer matches the SHA-256 hash recorded when it was published: it was changed after publication, so what it shows cannot be relied on",
  missing: "its stored document is gone from storage: the board's record of that month cannot be read",
  "broken-link":
    "it does not link to the snapshot published before it: a snapshot was removed, replaced or reordered in the chain",
  "out-of-order":
    "its place in the chain of publications is not the one expected: the publication order was altered",
};

export const problemLabels: Record<SnapshotProblem["reason"], string> = {
  tampered: "Tampered",
  missing: "Missing",
  "broken-link": "Broken link",
  "out-of-order": "Out of order",
};

/** The published (not superseded) version of the newest month; lists come newest first. */
export const latestPublished = (items: readonly SnapshotMeta[]): SnapshotMeta | undefined =>
  items.find((s) => s.status === "published");

/** The version of the month before `period` that the board reads now (published, else the newest). */
export function publishedBefore(items: readonly SnapshotMeta[], period: string): SnapshotMeta | undefined {
  const earlier = items.filter((s) => s.period < period && s.status !== "draft");
  const month = earlier[0]?.period;
  return earlier.find((s) => s.period === month && s.status === "published") ?? earlier[0];
}

/** "Oct 2026 · v2" */
export const versionLabel = (s: Pick<SnapshotMeta, "version">) => `v${s.version}`;
