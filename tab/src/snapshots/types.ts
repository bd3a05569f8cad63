import type { BoardSnapshot, SnapshotNarrative, SnapshotStatus } from "@domain/schemas/snapshot";
import type { SnapshotProblem } from "@domain/snapshotChain";
import type { SnapshotDiff } from "@domain/snapshotDiff";
import type { SnapshotDocument } from "@domain/snapshotDocument";

/**
 * The shapes of the board snapshot endpoints (types only, from the API's domain). A snapshot's
 * figures are computed once, by the API, when it is drafted: the tab only reads them.
 */

/** One version of a month's snapshot, as GET /api/snapshots lists it. */
export type SnapshotMeta = BoardSnapshot & { etag: string };

export type SnapshotIntegrity = "verified" | "tampered" | "missing";

/** GET /api/snapshots/{id}: with `?include=` the large sections left out are absent. */
export interface SnapshotDetail<D = SnapshotDocument> {
  snapshot: SnapshotMeta;
  integrity: SnapshotIntegrity;
  /** Null when the stored document is missing. */
  document: D | null;
}

/** The document without its large sections but summary and board (`?include=summary,board`). */
export type SnapshotHeadline = Omit<
  SnapshotDocument,
  | "strategy"
  | "people"
  | "priorities"
  | "initiatives"
  | "risks"
  | "metrics"
  | "maturity"
  | "alignment"
  | "checkIns"
>;

/** GET /api/snapshots/verify. */
export interface SnapshotVerification {
  intact: boolean;
  checked: number;
  problems: SnapshotProblem[];
}

/** GET /api/snapshots/compare?from=&to=. */
export interface SnapshotComparison {
  from: SnapshotMeta;
  to: SnapshotMeta;
  diff: SnapshotDiff;
}

export type { SnapshotDiff, SnapshotDocument, SnapshotNarrative, SnapshotProblem, SnapshotStatus };
