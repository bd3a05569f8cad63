import { describe, expect, it } from "vitest";
import type { Principal } from "../auth/principal";
import { makeDecisionRight } from "./fixtures";
import {
  canPublishSnapshot,
  canSeeDraftSnapshots,
  isSnapshotVisibleTo,
  publishAccountable,
  publishedSnapshotCount,
  snapshotId,
} from "./snapshotRules";

const person = (id: string, ...roles: Principal["roles"]): Principal => ({ id, name: id, tenantId: "t", roles });
const cio = person("cio", "Portfolio.Manager");
const otherManager = person("pmo", "Portfolio.Manager");
const cfo = person("cfo", "Executive");
const board = person("board", "Board.Member");

describe("canPublishSnapshot", () => {
  it("lets any Portfolio.Manager publish while no decision right names an Accountable", () => {
    expect(canPublishSnapshot(cio, [])).toBe(true);
    expect(canPublishSnapshot(otherManager, [makeDecisionRight({ decisionType: "scale", accountableId: "ceo" })])).toBe(true);
  });

  it("never lets an Executive or a Board.Member publish without the portfolio role", () => {
    expect(canPublishSnapshot(cfo, [])).toBe(false);
    expect(canPublishSnapshot(board, [])).toBe(false);
    const rights = [makeDecisionRight({ decisionType: "publish-snapshot", accountableId: "cfo" })];
    expect(canPublishSnapshot(cfo, rights)).toBe(false);
    expect(canPublishSnapshot(person("board", "Board.Member"), [makeDecisionRight({ decisionType: "publish-snapshot", accountableId: "board" })])).toBe(false);
  });

  it("once an Accountable is named, only the Portfolio.Manager who is that person publishes", () => {
    const rights = [makeDecisionRight({ decisionType: "publish-snapshot", accountableId: "cio" })];
    expect(canPublishSnapshot(cio, rights)).toBe(true);
    expect(canPublishSnapshot(otherManager, rights)).toBe(false);
    expect(canPublishSnapshot(person("cio", "Executive", "Portfolio.Manager"), rights)).toBe(true);
    expect(publishAccountable(rights)).toBe("cio");
    expect(publishAccountable([])).toBeUndefined();
  });
});

describe("snapshot visibility", () => {
  it("shows drafts to executives and the portfolio office only", () => {
    expect(canSeeDraftSnapshots(cfo)).toBe(true);
    expect(canSeeDraftSnapshots(cio)).toBe(true);
    expect(canSeeDraftSnapshots(board)).toBe(false);
    expect(isSnapshotVisibleTo(board, { status: "draft" })).toBe(false);
    expect(isSnapshotVisibleTo(board, { status: "published" })).toBe(true);
    expect(isSnapshotVisibleTo(board, { status: "superseded" })).toBe(true);
    expect(isSnapshotVisibleTo(cfo, { status: "draft" })).toBe(true);
  });
});

describe("snapshot ids and counts", () => {
  it("names a month's version deterministically", () => {
    expect(snapshotId("2026-05", 1)).toBe("2026-05.v1");
    expect(snapshotId("2026-05", 12)).toBe("2026-05.v12");
  });

  it("counts months with a published snapshot once, corrections included", () => {
    const snapshots = [
      { period: "2026-03", status: "superseded" as const },
      { period: "2026-03", status: "published" as const },
      { period: "2026-04", status: "published" as const },
      { period: "2026-05", status: "draft" as const },
    ];
    expect(publishedSnapshotCount(snapshots)).toBe(2);
    expect(publishedSnapshotCount(snapshots, "2026-03")).toBe(1);
    expect(publishedSnapshotCount([])).toBe(0);
  });
});
