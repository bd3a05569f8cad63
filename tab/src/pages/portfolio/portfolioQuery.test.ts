import { describe, expect, it } from "vitest";
import { initiativesPath, queryFromView, sortBy, viewFromQuery } from "./portfolioQuery";

describe("portfolio view in the URL", () => {
  it("defaults to the highest priority first, unfiltered", () => {
    expect(viewFromQuery({})).toEqual({ sort: "priorityScore", order: "desc" });
    expect(queryFromView(viewFromQuery({}))).toEqual({
      department: undefined,
      stage: undefined,
      owner: undefined,
      sort: undefined,
      order: undefined,
    });
  });

  it("reads filters and sort, ignoring values it does not know", () => {
    expect(
      viewFromQuery({ department: "Finance", stage: "pilot", owner: "cfo", sort: "roi", order: "asc" }),
    ).toEqual({
      department: "Finance",
      stage: "pilot",
      owner: "cfo",
      sort: "roi",
      order: "asc",
    });
    expect(viewFromQuery({ stage: "launched", sort: "etag", order: "sideways" })).toEqual({
      sort: "priorityScore",
      order: "desc",
    });
    // A known sort without an order takes the field's natural order.
    expect(viewFromQuery({ sort: "title" })).toMatchObject({ sort: "title", order: "asc" });
  });

  it("flips the order on the sorted column and starts others in their natural order", () => {
    const view = viewFromQuery({});
    expect(sortBy(view, "priorityScore")).toMatchObject({ sort: "priorityScore", order: "asc" });
    expect(sortBy(view, "department")).toMatchObject({ sort: "department", order: "asc" });
    expect(sortBy(view, "openRisks")).toMatchObject({ sort: "openRisks", order: "desc" });
  });

  it("round-trips a view through the hash query", () => {
    const view = viewFromQuery({
      department: "R&D",
      stage: "scaling",
      sort: "valueRealisation",
      order: "asc",
    });
    const query = Object.fromEntries(
      Object.entries(queryFromView(view)).filter(([, v]) => v !== undefined),
    ) as Record<string, string>;
    expect(viewFromQuery(query)).toEqual(view);
  });

  it("builds the API request", () => {
    expect(initiativesPath(viewFromQuery({ department: "R&D", owner: "cfo" }))).toBe(
      "/initiatives?pageSize=50&sort=priorityScore&order=desc&department=R%26D&owner=cfo",
    );
  });
});
