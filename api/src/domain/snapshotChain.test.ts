import { describe, expect, it } from "vitest";
import { snapshotGenesisHash, verifySnapshotChain, type ChainEntry } from "./snapshotChain";

const h = (c: string) => c.repeat(64);

function chain(): ChainEntry[] {
  return [
    { id: "2026-03.v1", period: "2026-03", version: 1, blobName: "t/2026-03/v1.json", chainIndex: 1, contentHash: h("a"), previousHash: snapshotGenesisHash, storedHash: h("a"), documentPreviousHash: snapshotGenesisHash },
    { id: "2026-04.v1", period: "2026-04", version: 1, blobName: "t/2026-04/v1.json", chainIndex: 2, contentHash: h("b"), previousHash: h("a"), storedHash: h("b"), documentPreviousHash: h("a") },
    { id: "2026-04.v2", period: "2026-04", version: 2, blobName: "t/2026-04/v2.json", chainIndex: 3, contentHash: h("c"), previousHash: h("b"), storedHash: h("c"), documentPreviousHash: h("b") },
  ];
}

describe("verifySnapshotChain", () => {
  it("finds nothing wrong with an intact chain, in any input order, or with none", () => {
    expect(verifySnapshotChain(chain())).toEqual([]);
    expect(verifySnapshotChain([...chain()].reverse())).toEqual([]);
    expect(verifySnapshotChain([])).toEqual([]);
  });

  it("names a snapshot whose stored document no longer hashes to what was published", () => {
    const entries = chain();
    entries[1] = { ...entries[1]!, storedHash: h("f") };
    const problems = verifySnapshotChain(entries);
    expect(problems).toEqual([expect.objectContaining({ snapshotId: "2026-04.v1", reason: "tampered" })]);
  });

  it("names a snapshot whose document is missing", () => {
    const entries = chain();
    entries[0] = { ...entries[0]!, storedHash: null, documentPreviousHash: undefined };
    expect(verifySnapshotChain(entries)).toEqual([
      expect.objectContaining({ snapshotId: "2026-03.v1", reason: "missing", blobName: "t/2026-03/v1.json" }),
    ]);
  });

  it("finds a link that does not point at the previous publication", () => {
    const entries = chain();
    entries[2] = { ...entries[2]!, previousHash: h("a") };
    expect(verifySnapshotChain(entries)).toEqual([expect.objectContaining({ snapshotId: "2026-04.v2", reason: "broken-link" })]);
  });

  it("finds an index entry that disagrees with the document's own link", () => {
    const entries = chain();
    entries[1] = { ...entries[1]!, documentPreviousHash: h("e") };
    expect(verifySnapshotChain(entries)).toEqual([expect.objectContaining({ snapshotId: "2026-04.v1", reason: "broken-link" })]);
  });

  it("finds a gap or a repeat in the publication order", () => {
    const entries = chain().filter((e) => e.chainIndex !== 2);
    const problems = verifySnapshotChain(entries);
    expect(problems.map((p) => [p.snapshotId, p.reason])).toEqual([
      ["2026-04.v2", "out-of-order"],
      ["2026-04.v2", "broken-link"],
    ]);
  });
});
