import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  boardApiPath,
  crossFilter,
  hasSlicers,
  noSlicers,
  slicerQuery,
  slicersFromQuery,
  useSlicers,
} from "./slicers";
import { buildHash, parseHash } from "./hashRouter";

describe("slicers in the hash query", () => {
  it("reads comma-separated values, dropping blanks, duplicates, unknown stages and bad months", () => {
    expect(
      slicersFromQuery({
        department: "Finance, Operations,,Finance",
        owner: "cfo",
        stage: "pilot,launched,scaling",
        priority: "p1",
        period: "2026-13",
      }),
    ).toEqual({
      department: ["Finance", "Operations"],
      owner: ["cfo"],
      stage: ["pilot", "scaling"],
      priority: ["p1"],
      period: null,
    });
    expect(slicersFromQuery({ period: "2026-09" }).period).toBe("2026-09");
    expect(hasSlicers(slicersFromQuery({}))).toBe(false);
  });

  it("round-trips through the URL hash", () => {
    const slicers = {
      department: ["R&D", "Sales EMEA"],
      owner: ["coo", "cio"],
      stage: ["pilot" as const],
      priority: [],
      period: "2026-05",
    };
    const hash = buildHash("/board", slicerQuery(slicers));
    expect(hash).toBe("#/board?department=R%26D%2CSales+EMEA&owner=coo%2Ccio&stage=pilot&period=2026-05");
    expect(slicersFromQuery(parseHash(hash).query)).toEqual(slicers);
  });

  it("asks the API for the same slicers", () => {
    expect(boardApiPath(noSlicers)).toBe("/board");
    expect(boardApiPath({ ...noSlicers, stage: ["pilot", "scaling"], period: "2026-05" })).toBe(
      "/board?stage=pilot%2Cscaling&period=2026-05",
    );
  });

  it("cross-filters like Power BI: a click selects one value, a second click clears it", () => {
    const once = crossFilter({ ...noSlicers, stage: ["idea", "pilot"] }, "stage", "scaling");
    expect(once.stage).toEqual(["scaling"]);
    expect(crossFilter(once, "stage", "scaling").stage).toEqual([]);
    expect(crossFilter(noSlicers, "owner", "cfo").owner).toEqual(["cfo"]);
    expect(crossFilter(noSlicers, "stage", "not-a-stage").stage).toEqual([]);
  });
});

describe("useSlicers", () => {
  it("pushes slicer changes to the history, keeps other query values and clears all", async () => {
    window.history.replaceState(null, "", "/#/risks?view=residual&page=3&owner=cfo");
    const { result } = renderHook(() => useSlicers());
    expect(result.current.slicers.owner).toEqual(["cfo"]);
    expect(result.current.hrefFor("/initiatives/i-1", { from: "/risks" })).toBe(
      "#/initiatives/i-1?owner=cfo&from=%2Frisks",
    );

    await act(async () => {
      result.current.setSlicers({ ...result.current.slicers, department: ["Finance"] });
      await new Promise((resolve) => window.addEventListener("hashchange", resolve, { once: true }));
    });
    expect(window.location.hash).toBe("#/risks?view=residual&department=Finance&owner=cfo");
    expect(result.current.slicers.department).toEqual(["Finance"]);

    await act(async () => {
      result.current.clearAll();
      await new Promise((resolve) => window.addEventListener("hashchange", resolve, { once: true }));
    });
    expect(window.location.hash).toBe("#/risks?view=residual");

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener("hashchange", resolve, { once: true }));
    });
    expect(result.current.slicers.department).toEqual(["Finance"]);
  });
});
