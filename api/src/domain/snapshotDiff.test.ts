import { describe, expect, it } from "vitest";
import {
  makeAssessment,
  makeGateDecision,
  makeInitiative,
  makeResponse,
  makeRisk,
  makeStatusUpdate,
  makeStrategy,
} from "./fixtures";
import type { Initiative, Risk } from "./schemas";
import { snapshotNarrative, stages } from "./schemas";
import { change, compareSnapshots } from "./snapshotDiff";
import { buildSnapshotDocument, type SnapshotDocument } from "./snapshotDocument";
import { emptyTenantData, type TenantData } from "./tenantData";

const ts = (day: string) => `${day}T09:00:00.000Z`;

function snapshot(data: TenantData, period: string, version = 1): SnapshotDocument {
  return buildSnapshotDocument(data, {
    tenantId: "tenant-1",
    period,
    version,
    generatedAt: ts(`${period}-28`),
    generatedBy: "cio",
    narrative: snapshotNarrative.parse({}),
    supersedes: null,
    correctionReason: null,
  });
}

const money = (benefitActual: number): Pick<Initiative, "costLines" | "benefitLines"> => ({
  costLines: [{ period: "2026-01", category: "build", planned: 1000, actual: 1000 }],
  benefitLines: [{ period: "2026-03", kind: "hard", planned: 2000, actual: benefitActual, confidence: "measured" }],
});

/** April: three initiatives, four risks, one assessment, one survey cycle. */
function april(): TenantData {
  return {
    ...emptyTenantData(),
    strategy: makeStrategy(),
    initiatives: [
      makeInitiative({ id: "a", title: "Invoice capture", stage: "pilot", createdAt: ts("2026-01-10"), ...money(500) }),
      makeInitiative({ id: "b", title: "Churn model", stage: "idea", outcomeOwnerId: "ceo", riskOwnerId: "cfo", createdAt: ts("2026-01-10"), ...money(1500) }),
      makeInitiative({ id: "old", title: "Legacy bot", stage: "production", createdAt: ts("2026-01-10") }),
    ],
    risks: [
      makeRisk({ id: "r-close", initiativeId: "a", title: "Vendor lock-in", likelihood: 2, impact: 3, createdAt: ts("2026-02-01"), updatedAt: ts("2026-02-01") }),
      makeRisk({ id: "r-worse", initiativeId: "a", title: "Model drift", likelihood: 3, impact: 3, createdAt: ts("2026-02-01"), updatedAt: ts("2026-02-01") }),
      makeRisk({ id: "r-better", initiativeId: "b", title: "Bias", likelihood: 4, impact: 5, residualLikelihood: 3, residualImpact: 4, createdAt: ts("2026-02-01"), updatedAt: ts("2026-02-01") }),
      makeRisk({ id: "r-reopen", initiativeId: null, ownerId: "ciso", title: "Shadow AI", status: "closed", createdAt: ts("2026-02-01"), updatedAt: ts("2026-03-01") }),
      makeRisk({ id: "r-drop", initiativeId: "old", title: "Old bot leaks", likelihood: 5, impact: 5, createdAt: ts("2026-02-01"), updatedAt: ts("2026-02-01") }),
    ],
    assessments: [makeAssessment("2026-04", [[2, 4], [2, 4], [2, 4], [2, 4], [2, 4], [2, 4], [2, 4]])],
    alignment: [
      makeResponse({ cycle: "2026-Q2", executiveId: "ceo", priorityId: "p-cost", importance: 5 }),
      makeResponse({ cycle: "2026-Q2", executiveId: "cfo", priorityId: "p-cost", importance: 5 }),
      makeResponse({ cycle: "2026-Q2", executiveId: "ceo", priorityId: "p-growth", importance: 1 }),
      makeResponse({ cycle: "2026-Q2", executiveId: "cfo", priorityId: "p-growth", importance: 5 }),
    ],
    statusUpdates: [makeStatusUpdate({ initiativeId: "old", period: "2026-04" })],
  };
}

/** May: the same company a month on, with one of every kind of change. */
function may(): TenantData {
  const base = april();
  const risk = (id: string, changes: Partial<Risk>) => ({ ...(base.risks.find((r) => r.id === id) as Risk), ...changes });
  return {
    ...base,
    initiatives: [
      makeInitiative({ id: "a", title: "Invoice capture", stage: "scaling", createdAt: ts("2026-01-10"), ...money(2500) }),
      makeInitiative({ id: "b", title: "Churn model", stage: "idea", outcomeOwnerId: "ceo", riskOwnerId: "cfo", createdAt: ts("2026-01-10"), ...money(1500) }),
      makeInitiative({ id: "new", title: "Contract copilot", stage: "approved-for-pilot", createdAt: ts("2026-05-05") }),
    ],
    gateDecisions: [makeGateDecision({ initiativeId: "a", from: "pilot", to: "scaling", decidedAt: ts("2026-05-12") })],
    risks: [
      risk("r-close", { status: "closed", updatedAt: ts("2026-05-20") }),
      risk("r-worse", { likelihood: 5, updatedAt: ts("2026-05-20") }),
      risk("r-better", { likelihood: 2, residualLikelihood: 1, residualImpact: 2, updatedAt: ts("2026-05-20") }),
      risk("r-reopen", { status: "open", updatedAt: ts("2026-05-20") }),
      makeRisk({ id: "r-new", initiativeId: "new", title: "Privileged documents", likelihood: 4, impact: 4, createdAt: ts("2026-05-06"), updatedAt: ts("2026-05-06") }),
    ],
    assessments: [
      ...base.assessments,
      makeAssessment("2026-05", [[3, 4], [2, 5], [2, 4], [2, 4], [2, 4], [2, 4], [2, 4]]),
    ],
    alignment: base.alignment.map((r) => (r.priorityId === "p-growth" && r.executiveId === "ceo" ? { ...r, importance: 4 } : r.priorityId === "p-cost" && r.executiveId === "cfo" ? { ...r, importance: 1 } : r)),
    statusUpdates: [makeStatusUpdate({ initiativeId: "new", period: "2026-05" })],
  };
}

describe("change", () => {
  it("is to − from, and null when either side is missing", () => {
    expect(change(2, 5)).toEqual({ from: 2, to: 5, delta: 3 });
    expect(change(null, 5)).toEqual({ from: null, to: 5, delta: null });
    expect(change(4, undefined)).toEqual({ from: 4, to: null, delta: null });
  });
});

describe("compareSnapshots", () => {
  const diff = compareSnapshots(snapshot(april(), "2026-04"), snapshot(may(), "2026-05"));

  it("names both months", () => {
    expect(diff.from).toEqual({ period: "2026-04", version: 1 });
    expect(diff.to).toEqual({ period: "2026-05", version: 1 });
  });

  it("lists stage moves, and initiatives that appeared or went", () => {
    expect(diff.stageMoves).toEqual([{ initiativeId: "a", title: "Invoice capture", from: "pilot", to: "scaling" }]);
    expect(diff.initiativesAdded).toEqual([{ initiativeId: "new", title: "Contract copilot", department: "Operations", stage: "approved-for-pilot" }]);
    expect(diff.initiativesRemoved).toEqual([{ initiativeId: "old", title: "Legacy bot", department: "Operations", stage: "production" }]);
    expect(diff.initiativesByStage.scaling).toEqual({ from: 0, to: 1, delta: 1 });
    expect(diff.initiativesByStage.pilot).toEqual({ from: 1, to: 0, delta: -1 });
    expect(Object.keys(diff.initiativesByStage)).toEqual([...stages]);
    expect(diff.portfolio.initiatives).toEqual({ from: 3, to: 3, delta: 0 });
  });

  it("lists risks opened (new or reopened) and closed (closed or gone), worst first", () => {
    expect(diff.risks.opened.map((r) => [r.riskId, r.band, r.reopened])).toEqual([
      ["r-new", "high", false],
      ["r-reopen", "medium", true],
    ]);
    expect(diff.risks.closed.map((r) => [r.riskId, r.removed])).toEqual([
      ["r-drop", true],
      ["r-close", false],
    ]);
    expect(diff.risks.closed[0]).toMatchObject({ title: "Old bot leaks", initiativeTitle: "Legacy bot", band: "critical", score: 25 });
  });

  it("lists band changes of risks open in both months, inherent and residual, worse first", () => {
    expect(diff.risks.bandChanges.map((c) => [c.riskId, c.kind, c.from, c.to, c.worse])).toEqual([
      ["r-worse", "inherent", "medium", "high", true],
      ["r-better", "inherent", "critical", "high", false],
      ["r-better", "residual", "high", "low", false],
    ]);
    expect(diff.risks.openByBand).toEqual({
      low: { from: 0, to: 0, delta: 0 },
      medium: { from: 2, to: 1, delta: -1 },
      high: { from: 0, to: 3, delta: 3 },
      critical: { from: 2, to: 0, delta: -2 },
    });
    expect(diff.portfolio.openRisks).toEqual({ from: 4, to: 4, delta: 0 });
  });

  it("gives ROI and value deltas for the portfolio and per initiative, the largest benefit change first", () => {
    // April: costs 3 × 1000 (old has none: 2000), benefits 500 + 1500. May: costs 2000, benefits 2500 + 1500.
    expect(diff.portfolio.benefitToDate).toEqual({ from: 2000, to: 4000, delta: 2000 });
    expect(diff.portfolio.investmentToDate).toEqual({ from: 2000, to: 2000, delta: 0 });
    expect(diff.portfolio.roi).toEqual({ from: 0, to: 1, delta: 1 });
    expect(diff.initiativeValue).toEqual([
      {
        initiativeId: "a",
        title: "Invoice capture",
        roi: { from: -0.5, to: 1.5, delta: 2 },
        valueRealisation: { from: 0.25, to: 1.25, delta: 1 },
        costToDate: { from: 1000, to: 1000, delta: 0 },
        benefitToDate: { from: 500, to: 2500, delta: 2000 },
        plannedBenefitToDate: { from: 2000, to: 2000, delta: 0 },
        npv: expect.objectContaining({ delta: expect.any(Number) }),
      },
    ]);
    expect(diff.initiativeValue[0]?.npv.delta).toBeGreaterThan(0);
  });

  it("lists maturity dimensions whose current or target level moved", () => {
    expect(diff.maturity).toMatchObject({ fromPeriod: "2026-04", toPeriod: "2026-05" });
    expect(diff.maturity.index).toEqual({ from: 25, to: 28.6, delta: expect.closeTo(3.6, 9) });
    expect(diff.maturity.dimensions).toEqual([
      { dimension: "strategy", label: "Strategy", current: { from: 2, to: 3, delta: 1 }, target: { from: 4, to: 4, delta: 0 } },
      { dimension: "value", label: "Value", current: { from: 2, to: 2, delta: 0 }, target: { from: 4, to: 5, delta: 1 } },
    ]);
  });

  it("lists alignment changes per priority and flags disagreements that began or ended", () => {
    expect(diff.alignment).toMatchObject({ fromCycle: "2026-Q2", toCycle: "2026-Q2" });
    expect(diff.alignment.newDisagreements).toEqual([{ priorityId: "p-cost", title: "Lower cost to serve" }]);
    expect(diff.alignment.resolvedDisagreements).toEqual([{ priorityId: "p-growth", title: "Grow revenue" }]);
    expect(diff.alignment.priorities.map((p) => [p.priorityId, p.disagreementBefore, p.disagreementNow, p.meanImportance.delta])).toEqual([
      ["p-growth", true, false, 1.5],
      ["p-cost", false, true, -2],
    ]);
    expect(diff.alignment.index).toEqual({ from: 0.5, to: 0.375, delta: -0.125 });
  });

  it("lists the check-ins missed in the later month, saying which were missed before too", () => {
    // April: a (pilot) and old (production) were due; old reported. May: a (scaling) and new are due; new reported.
    expect(diff.checkIns).toEqual({
      period: "2026-05",
      expected: { from: 2, to: 2, delta: 0 },
      submitted: { from: 1, to: 1, delta: 0 },
      missed: [{ initiativeId: "a", title: "Invoice capture", outcomeOwnerId: "cfo", outcomeOwnerName: "Chief Financial Officer", missedBefore: true }],
    });
  });

  it("finds nothing between a snapshot and itself", () => {
    const doc = snapshot(may(), "2026-05");
    const same = compareSnapshots(doc, doc);
    expect([same.stageMoves, same.initiativesAdded, same.initiativesRemoved, same.initiativeValue]).toEqual([[], [], [], []]);
    expect([same.risks.opened, same.risks.closed, same.risks.bandChanges]).toEqual([[], [], []]);
    expect([same.maturity.dimensions, same.alignment.priorities, same.alignment.newDisagreements]).toEqual([[], [], []]);
    expect(Object.values(same.portfolio).every((c) => c.delta === 0 || c.delta === null)).toBe(true);
  });

  it("compares against a month with nothing in it: everything is new", () => {
    const empty = compareSnapshots(snapshot(emptyTenantData(), "2026-03"), snapshot(april(), "2026-04"));
    expect(empty.initiativesAdded.map((i) => i.initiativeId)).toEqual(["b", "a", "old"]);
    expect(empty.maturity).toMatchObject({ fromPeriod: null, toPeriod: "2026-04", index: { from: null, to: 25, delta: null } });
    expect(empty.maturity.dimensions).toHaveLength(7);
    expect(empty.alignment).toMatchObject({ fromCycle: null, toCycle: "2026-Q2" });
    expect(empty.risks.opened.map((r) => r.riskId).sort()).toEqual(["r-better", "r-close", "r-drop", "r-worse"]);
    expect(empty.portfolio.roi.delta).toBeNull();
  });
});
