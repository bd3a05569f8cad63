import { describe, expect, it } from "vitest";
import { applyFilters, boardFilters, matchesFilters, noFilters, queryRecord } from "./boardFilters";
import { makeInitiative, makeMetric, makeRisk, makeStatusUpdate } from "./fixtures";
import { emptyTenantData } from "./tenantData";
import type { TenantData } from "./tenantData";

describe("boardFilters", () => {
  it("gives empty lists and no period when nothing is set", () => {
    expect(boardFilters.parse({})).toEqual({
      department: [],
      owner: [],
      stage: [],
      priority: [],
      period: undefined,
    });
  });

  it("accepts repeated parameters and comma-separated values alike", () => {
    const repeated = boardFilters.parse({ stage: ["pilot", "scaling"], owner: "cfo" });
    const commas = boardFilters.parse({ stage: "pilot,scaling", owner: ["cfo"] });
    expect(repeated).toEqual(commas);
    expect(repeated.stage).toEqual(["pilot", "scaling"]);
    expect(repeated.owner).toEqual(["cfo"]);
  });

  it("trims, drops blanks and duplicates", () => {
    const f = boardFilters.parse({ department: [" Finance , Sales", "Finance", ""], priority: ",p-cost,," });
    expect(f.department).toEqual(["Finance", "Sales"]);
    expect(f.priority).toEqual(["p-cost"]);
  });

  it("takes the period as a YYYY-MM month, the first if repeated", () => {
    expect(boardFilters.parse({ period: "2026-05" }).period).toBe("2026-05");
    expect(boardFilters.parse({ period: ["2026-04", "2026-05"] }).period).toBe("2026-04");
    expect(boardFilters.parse({ period: "" }).period).toBeUndefined();
  });

  it("refuses unknown stages, malformed periods and ids, naming the field", () => {
    const bad = boardFilters.safeParse({ stage: "pilot,launched", period: "2026-13", owner: "a b" });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path[0]).sort();
    expect(paths).toEqual(["owner", "period", "stage"]);
  });

  it("parses what URLSearchParams holds", () => {
    const params = new URLSearchParams("stage=pilot&stage=scaling&department=Finance&period=2026-05&x=1");
    const record = queryRecord(params);
    expect(record).toEqual({ stage: ["pilot", "scaling"], department: "Finance", period: "2026-05", x: "1" });
    expect(boardFilters.parse(record)).toEqual({
      department: ["Finance"],
      owner: [],
      stage: ["pilot", "scaling"],
      priority: [],
      period: "2026-05",
    });
  });
});

describe("applyFilters", () => {
  const finance = makeInitiative({
    id: "fin",
    department: "Finance",
    stage: "pilot",
    outcomeOwnerId: "cfo",
    riskOwnerId: "ciso",
    priorityIds: ["p-cost"],
  });
  const sales = makeInitiative({
    id: "sales",
    department: "Sales",
    stage: "idea",
    outcomeOwnerId: "cso",
    riskOwnerId: "cfo",
    priorityIds: ["p-growth"],
  });
  const ops = makeInitiative({
    id: "ops",
    department: "Operations",
    stage: "scaling",
    outcomeOwnerId: "coo",
    riskOwnerId: "ciso",
    priorityIds: ["p-cost", "p-growth"],
  });
  const data: TenantData = {
    ...emptyTenantData(),
    initiatives: [finance, sales, ops],
    risks: [
      makeRisk({ id: "r-fin", initiativeId: "fin", ownerId: "ciso" }),
      makeRisk({ id: "r-sales", initiativeId: "sales", ownerId: "cfo" }),
      makeRisk({ id: "r-org-ciso", initiativeId: null, ownerId: "ciso" }),
      makeRisk({ id: "r-org-clo", initiativeId: null, ownerId: "clo" }),
      makeRisk({ id: "r-orphan", initiativeId: "gone", ownerId: "ciso" }),
    ],
    metrics: [
      makeMetric({ id: "m-fin", initiativeId: "fin" }),
      makeMetric({ id: "m-ops", initiativeId: "ops" }),
    ],
    statusUpdates: [makeStatusUpdate({ initiativeId: "sales", period: "2026-05" })],
  };
  const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
  const parse = (q: Record<string, string>) => boardFilters.parse(q);

  it("keeps everything but orphans when no slicer is set", () => {
    const scope = applyFilters(data, noFilters);
    expect(ids(scope.initiatives)).toEqual(["fin", "sales", "ops"]);
    expect(ids(scope.risks)).toEqual(["r-fin", "r-sales", "r-org-ciso", "r-org-clo"]);
    expect(ids(scope.metrics)).toEqual(["m-fin", "m-ops"]);
    expect(scope.statusUpdates).toHaveLength(1);
  });

  it("matches any value within a slicer and all slicers together", () => {
    expect(ids(applyFilters(data, parse({ department: "Finance,Sales" })).initiatives)).toEqual([
      "fin",
      "sales",
    ]);
    expect(
      ids(applyFilters(data, parse({ department: "Finance,Sales", stage: "idea" })).initiatives),
    ).toEqual(["sales"]);
    expect(ids(applyFilters(data, parse({ priority: "p-growth" })).initiatives)).toEqual(["sales", "ops"]);
  });

  it("matches the owner as outcome owner or risk owner", () => {
    expect(ids(applyFilters(data, parse({ owner: "cfo" })).initiatives)).toEqual(["fin", "sales"]);
    expect(ids(applyFilters(data, parse({ owner: "ciso" })).initiatives)).toEqual(["fin", "ops"]);
    expect(matchesFilters(ops, parse({ owner: "coo" }))).toBe(true);
  });

  it("brings along the risks, metrics and status updates of the initiatives in scope", () => {
    const scope = applyFilters(data, parse({ department: "Operations" }));
    expect(ids(scope.metrics)).toEqual(["m-ops"]);
    expect(scope.statusUpdates).toEqual([]);
  });

  it("keeps organisation-level risks only without department, stage or priority slicers, or for their owner", () => {
    // department slicer: no org-level risk
    expect(ids(applyFilters(data, parse({ department: "Finance" })).risks)).toEqual(["r-fin"]);
    expect(ids(applyFilters(data, parse({ stage: "pilot" })).risks)).toEqual(["r-fin"]);
    expect(ids(applyFilters(data, parse({ priority: "p-cost" })).risks)).toEqual(["r-fin"]);
    // owner slicer: the org-level risks that owner owns, even with a department slicer
    expect(ids(applyFilters(data, parse({ owner: "ciso" })).risks)).toEqual(["r-fin", "r-org-ciso"]);
    expect(ids(applyFilters(data, parse({ owner: "clo" })).risks)).toEqual(["r-org-clo"]);
    expect(ids(applyFilters(data, parse({ owner: "ciso", department: "Finance" })).risks)).toEqual([
      "r-fin",
      "r-org-ciso",
    ]);
  });
});
