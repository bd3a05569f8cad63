import { describe, expect, it } from "vitest";
import { publishedBefore, latestPublished } from "./labels";
import { addMonths, monthJustEnded, recentMonths, shortHash } from "./months";
import { linesOf, narrativeErrorsFrom, narrativeOf, validateNarrative } from "./narrative";
import { api, compareHref, snapshotRoute, stageContentUrl } from "./routes";
import { hashOf, snapshotMeta } from "./fixtures.testdata";

describe("snapshot months", () => {
  it("defaults to the month just ended and steps across years", () => {
    expect(monthJustEnded(new Date("2026-01-01T00:30:00Z"))).toBe("2025-12");
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(recentMonths(new Date("2026-02-10T00:00:00Z"), 3)).toEqual(["2026-02", "2026-01", "2025-12"]);
    expect(shortHash(hashOf("f"))).toBe("ffffffffffff");
  });
});

describe("snapshot routes", () => {
  it("reads the list, a snapshot, its stage view and the comparison from the hash", () => {
    expect(snapshotRoute("/snapshots", {})).toEqual({ kind: "list" });
    expect(snapshotRoute("/snapshots/2026-10.v2", { view: "stage" })).toEqual({
      kind: "snapshot",
      id: "2026-10.v2",
      stage: true,
    });
    expect(snapshotRoute("/snapshots/compare", { from: "a", to: "b" })).toEqual({
      kind: "compare",
      from: "a",
      to: "b",
    });
    expect(snapshotRoute("/snapshots/a/b", {})).toBeUndefined();
    expect(compareHref("2026-09.v1", undefined)).toBe("#/snapshots/compare?from=2026-09.v1");
  });

  it("shares the tab's own address with the snapshot's stage route", () => {
    expect(
      stageContentUrl("2026-10.v1", { origin: "https://board.example", pathname: "/index.html", search: "" }),
    ).toBe("https://board.example/index.html#/snapshots/2026-10.v1?view=stage");
    expect(api.get("2026-10.v1", ["summary", "board"])).toBe("/snapshots/2026-10.v1?include=summary%2Cboard");
  });

  it("picks the latest published month and the month before it", () => {
    const items = [
      snapshotMeta({ period: "2026-11", status: "draft" }),
      snapshotMeta({ period: "2026-10", version: 2 }),
      snapshotMeta({ period: "2026-10", status: "superseded" }),
      snapshotMeta({ period: "2026-09", version: 1, status: "superseded" }),
      snapshotMeta({ period: "2026-09", version: 2 }),
    ];
    expect(latestPublished(items)?.id).toBe("2026-10.v2");
    expect(publishedBefore(items, "2026-10")?.id).toBe("2026-09.v2");
    expect(publishedBefore(items, "2026-09")).toBeUndefined();
  });
});

describe("the narrative form", () => {
  it("turns lines into items, dropping blank ones", () => {
    expect(linesOf("  a \n\n b\r\n")).toEqual(["a", "b"]);
    expect(narrativeOf({ highlights: "x\n", decisionsRequested: "", commentary: " c " })).toEqual({
      highlights: ["x"],
      decisionsRequested: [],
      commentary: "c",
    });
  });

  it("checks the API's limits", () => {
    expect(validateNarrative({ highlights: "ok", decisionsRequested: "", commentary: "" })).toEqual({});
    expect(
      validateNarrative({ highlights: "", decisionsRequested: "", commentary: "x".repeat(8001) }),
    ).toEqual({
      commentary: "At most 8000 characters (8001 now).",
    });
  });

  it("puts the API's field errors on the form's fields", () => {
    expect(
      narrativeErrorsFrom([
        { path: "narrative.decisionsRequested.2", message: "Too big" },
        { path: "narrative.commentary", message: "Too long" },
        { path: "narrative", message: "Empty" },
      ]),
    ).toEqual({
      fields: { decisionsRequested: "Line 3: Too big", commentary: "Too long" },
      other: ["narrative: Empty"],
    });
  });
});
