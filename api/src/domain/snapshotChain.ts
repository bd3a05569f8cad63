/**
 * The hash chain of a tenant's published board snapshots. Each published version records the
 * SHA-256 of its document (the stored bytes) and the hash of the version published before it;
 * the first one links to the genesis hash. Verification re-hashes every stored document.
 */
export const snapshotGenesisHash = "0".repeat(64);

export type ChainEntry = {
  id: string;
  period: string;
  version: number;
  blobName: string;
  chainIndex: number | null;
  contentHash: string;
  previousHash: string | null;
  /** SHA-256 of the blob as read now; null when the blob is missing. */
  storedHash: string | null;
  /** The previous hash the stored document itself names; undefined when it cannot be read. */
  documentPreviousHash?: string | null;
};

export const snapshotProblemReasons = ["missing", "tampered", "broken-link", "out-of-order"] as const;
export type SnapshotProblem = {
  snapshotId: string;
  period: string;
  version: number;
  blobName: string;
  reason: (typeof snapshotProblemReasons)[number];
  detail: string;
};

/** Every problem of the chain, in publication order; an empty list means intact. */
export function verifySnapshotChain(entries: readonly ChainEntry[]): SnapshotProblem[] {
  const ordered = [...entries].sort(
    (a, b) => (a.chainIndex ?? Number.MAX_SAFE_INTEGER) - (b.chainIndex ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id),
  );
  const problems: SnapshotProblem[] = [];
  let previous = snapshotGenesisHash;
  ordered.forEach((entry, k) => {
    const problem = (reason: SnapshotProblem["reason"], detail: string) =>
      problems.push({ snapshotId: entry.id, period: entry.period, version: entry.version, blobName: entry.blobName, reason, detail });
    if (entry.chainIndex !== k + 1)
      problem("out-of-order", `expected publication number ${k + 1}, found ${entry.chainIndex ?? "none"}`);
    if (entry.storedHash === null) problem("missing", `the document ${entry.blobName} is not in storage`);
    else if (entry.storedHash !== entry.contentHash)
      problem("tampered", `the stored document hashes to ${entry.storedHash}, published as ${entry.contentHash}`);
    if (entry.previousHash !== previous)
      problem("broken-link", `links to ${entry.previousHash ?? "nothing"}, but the snapshot published before it hashes to ${previous}`);
    else if (entry.documentPreviousHash !== undefined && entry.documentPreviousHash !== entry.previousHash)
      problem("broken-link", `the document links to ${entry.documentPreviousHash ?? "nothing"}, its index entry to ${entry.previousHash}`);
    previous = entry.contentHash;
  });
  return problems;
}
