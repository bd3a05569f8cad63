import { describe, expect, it } from "vitest";
import { boardView } from "./board";
import { noFilters } from "./boardFilters";
import {
  makeAssessment,
  makeGateDecision,
  makeInitiative,
  makeRisk,
  makeStatusUpdate,
  makeStrategy,
} from "./fixtures";
import { snapshotNarrative } from "./schemas";
import { snapshotGenesisHash } from "./snapshotChain";
import { buildSnapshotDocument, publishedDocument, snapshotDocument, type SnapshotHeader } from "./snapshotDocument";
import { syntheticPortfolio } from "./syntheticPortfolio";
import { emptyTenantData, type TenantData } from "./tenantData";

const ts = (day: string) => `${day}T09:00:00.000Z`;

const header = (overrides: Partial<SnapshotHeader> = {}): SnapshotHeader => ({
  tenantId: "tenant-1",
  period: "2026-05",
  version: 1,
  generatedAt: "2026-06-01T06:00:00.000Z",
  generatedBy: "system.monthly-snapshot",
  narrative: snapshotNarrative.parse({}),
  supersedes: null,
  correctionReason: null,
  ...overrides,
});

function company(): TenantData {
  return {
    ...emptyTenantData(),
    strategy: makeStrategy(),
    initiatives: [
      makeInitiative({ id: "a", title: "Invoice capture", stage: "scaling", createdAt: ts("2026-01-10"), priorityIds: ["p-cost", "p-unknown"] }),
      makeInitiative({ id: "b", title: "Churn model", stage: "pilot", outcomeOwnerId: "ceo", riskOwnerId: "cfo", createdAt: ts("2026-02-10") }),
      makeInitiative({ id: "c", title: "Chat assistant", stage: "idea", outcomeOwnerId: "unknown-person", createdAt: ts("2026-03-10") }),
    ],
    // "a" went from pilot to scaling in June, after the month of the snapshot.
    gateDecisions: [makeGateDecision({ initiativeId: "a", from: "pilot", to: "scaling", decidedAt: ts("2026-06-03") })],
    risks: [
      makeRisk({ id: "r1", initiativeId: "a", title: "Data leak", likelihood: 4, impact: 5, createdAt: ts("2026-02-01"), updatedAt: ts("2026-02-01") }),
      makeRisk({ id: "r2", initiativeId: "b", title: "Bias", likelihood: 2, impact: 2, status: "closed", createdAt: ts("2026-02-01"), updatedAt: ts("2026-04-01") }),
      makeRisk({ id: "r3", initiativeId: null, title: "Raised in June", createdAt: ts("2026-06-02"), updatedAt: ts("2026-06-02") }),
      makeRisk({ id: "r4", initiativeId: "gone", title: "Of a deleted initiative", createdAt: ts("2026-02-01"), updatedAt: ts("2026-02-01") }),
      makeRisk({ id: "r5", initiativeId: "b", title: "Overdue", dueDate: "2026-05-10", residualLikelihood: 1, residualImpact: 2, createdAt: ts("2026-02-01"), updatedAt: ts("2026-02-01") }),
    ],
    statusUpdates: [makeStatusUpdate({ initiativeId: "b", period: "2026-05", rag: "amber", narrative: "Behind on data access" })],
    assessments: [
      makeAssessment("2026-03", [[2, 4], [2, 4], [2, 4], [2, 4], [2, 4], [2, 4], [2, 4]]),
      makeAssessment("2026-05", [[3, 4], [3, 4], [3, 4], [3, 4], [3, 4], [3, 4], [3, 4]], {
        notes: "Second assessment",
        dimensions: makeAssessment("2026-05", [[3, 4], [3, 4], [3, 4], [3, 4], [3, 4], [3, 4], [3, 4]]).dimensions.map((d) => ({ ...d, evidence: `${d.dimension} evidence` })),
      }),
    ],
  };
}

describe("buildSnapshotDocument", () => {
  it("freezes the board view of the month, seen from its last day, without slicers", () => {
    const data = company();
    const doc = buildSnapshotDocument(data, header());
    expect(doc.board).toEqual(boardView(data, noFilters, "2026-05", "2026-05-31"));
    expect(doc).toMatchObject({ format: "board-snapshot/1", tenantId: "tenant-1", period: "2026-05", version: 1, today: "2026-05-31", currency: "EUR", publication: null });
    expect(doc.summary).toMatchObject({
      initiatives: 3,
      portfolioRoi: doc.board.kpis.portfolioRoi.value,
      investmentToDate: doc.board.kpis.investmentToDate.value,
      openRisks: 2,
      openRisksByBand: doc.board.kpis.openRisksByBand.value,
      maturityIndex: 50,
    });
  });

  it("resolves names: executives, owners, priorities; an unknown id stands for itself", () => {
    const doc = buildSnapshotDocument(company(), header());
    const a = doc.initiatives.find((i) => i.id === "a");
    expect(a).toMatchObject({ outcomeOwnerName: "Chief Financial Officer", riskOwnerName: "Chief Information Security Officer", priorityTitles: ["Lower cost to serve", "p-unknown"] });
    expect(doc.initiatives.find((i) => i.id === "c")?.outcomeOwnerName).toBe("unknown-person");
    expect(doc.people.find((p) => p.id === "unknown-person")).toEqual({ id: "unknown-person", displayName: "unknown-person", jobTitle: null });
    expect(doc.people.find((p) => p.id === "cfo")).toEqual({ id: "cfo", displayName: "Chief Financial Officer", jobTitle: "CFO" });
    expect(doc.priorities.map((p) => [p.id, p.title, p.sponsorName])).toEqual([
      ["p-growth", "Grow revenue", "Chief Executive"],
      ["p-cost", "Lower cost to serve", "Chief Financial Officer"],
      ["p-unknown", "p-unknown", null],
    ]);
    expect(doc.strategy).toEqual({ vision: "Use AI to serve customers faster at lower cost", horizon: "2026-2028" });
  });

  it("records each initiative's stage at the end of the month, and the month's check-ins", () => {
    const doc = buildSnapshotDocument(company(), header());
    expect(doc.initiatives.map((i) => [i.id, i.stage, i.expectsCheckIn])).toEqual(
      expect.arrayContaining([
        ["a", "pilot", true],
        ["b", "pilot", true],
        ["c", "idea", false],
      ]),
    );
    expect(doc.initiatives.find((i) => i.id === "b")?.checkIn).toEqual({
      period: "2026-05",
      rag: "amber",
      narrative: "Behind on data access",
      blockers: "",
      decisionsNeeded: "",
    });
    expect(doc.checkIns).toEqual({
      period: "2026-05",
      expected: 2,
      submitted: 1,
      missing: [{ initiativeId: "a", title: "Invoice capture", outcomeOwnerId: "cfo", outcomeOwnerName: "Chief Financial Officer" }],
    });
  });

  it("keeps the risk register as it stood at the month's end, worst first", () => {
    const doc = buildSnapshotDocument(company(), header());
    expect(doc.risks.map((r) => [r.id, r.score, r.band, r.open, r.overdue])).toEqual([
      ["r1", 20, "critical", true, false],
      ["r5", 9, "medium", true, true],
      ["r2", 4, "low", false, false],
    ]);
    expect(doc.risks[0]).toMatchObject({ initiativeTitle: "Invoice capture", ownerName: "Chief Information Security Officer" });
    expect(doc.risks[1]).toMatchObject({ residualScore: 2, residualBand: "low" });
  });

  it("carries the latest assessment with its evidence, and the narrative and correction it was given", () => {
    const narrative = { highlights: ["Scaling invoice capture"], decisionsRequested: [], commentary: "Good month" };
    const doc = buildSnapshotDocument(company(), header({ narrative, version: 2, supersedes: "2026-05.v1", correctionReason: "Wrong benefits" }));
    expect(doc.maturity.latest).toMatchObject({ period: "2026-05", index: 50, targetIndex: 75, notes: "Second assessment" });
    expect(doc.maturity.latest?.dimensions[0]).toMatchObject({ dimension: "strategy", label: "Strategy", current: 3, target: 4, gap: 1, evidence: "strategy evidence" });
    expect(doc.maturity.trend.map((t) => t.period)).toEqual(["2026-03", "2026-05"]);
    expect(doc).toMatchObject({ narrative, version: 2, supersedes: "2026-05.v1", correctionReason: "Wrong benefits" });
  });

  it("is exactly what its schema reads back, through JSON, at 1,000 initiatives too", () => {
    for (const data of [company(), emptyTenantData(), syntheticPortfolio({ initiatives: 1000, asOf: "2026-06" })]) {
      const doc = buildSnapshotDocument(data, header({ period: "2026-06" }));
      const roundTrip = JSON.parse(JSON.stringify(doc)) as unknown;
      expect(snapshotDocument.parse(roundTrip)).toEqual(roundTrip);
    }
  });

  it("is deterministic: the same data and header give the same document", () => {
    expect(JSON.stringify(buildSnapshotDocument(company(), header()))).toBe(JSON.stringify(buildSnapshotDocument(company(), header())));
  });

  it("publishes a draft with the final narrative and its link in the chain, changing nothing else", () => {
    const draft = buildSnapshotDocument(company(), header());
    const narrative = { highlights: ["h"], decisionsRequested: ["d"], commentary: "c" };
    const publication = { chainIndex: 1, previousHash: snapshotGenesisHash, publishedAt: "2026-06-02T09:00:00.000Z", publishedBy: "cio", publishedByName: "CIO" };
    const published = publishedDocument(draft, { narrative, correctionReason: null, publication });
    expect(published).toEqual({ ...draft, narrative, publication });
    expect(draft.publication).toBeNull();
  });
});
