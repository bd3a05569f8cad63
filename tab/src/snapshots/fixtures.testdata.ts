import { boardView } from "../../test/boardView";
import type { SnapshotDiff, SnapshotDocument, SnapshotMeta, SnapshotVerification } from "./types";

/**
 * Board snapshots as the API answers them, for component tests: October 2026 (v1, published by
 * the CIO) over the small board view of `test/boardView`, and the pieces of a comparison.
 */

export const hashOf = (digit: string) => digit.repeat(64);

export function snapshotMeta(overrides: Partial<SnapshotMeta> = {}): SnapshotMeta {
  const period = overrides.period ?? "2026-10";
  const version = overrides.version ?? 1;
  return {
    id: `${period}.v${version}`,
    tenantId: "t1",
    period,
    version,
    status: "published",
    contentHash: hashOf("a"),
    previousHash: hashOf("0"),
    chainIndex: 1,
    blobName: `t1/${period}/v${version}.json`,
    draftBlobName: null,
    size: 1000,
    generatedAt: "2026-11-01T06:00:00.000Z",
    generatedBy: "cio",
    publishedAt: "2026-11-03T09:30:00.000Z",
    publishedBy: "cio",
    supersedes: null,
    correctionReason: null,
    supersededBy: null,
    supersededAt: null,
    narrative: {
      highlights: ["Invoice matching reached production", "Claims triage pilot on budget"],
      decisionsRequested: ["Approve the scaling budget for claims triage"],
      commentary: "A steady month.",
    },
    createdAt: "2026-11-01T06:00:00.000Z",
    createdBy: "cio",
    updatedAt: "2026-11-03T09:30:00.000Z",
    updatedBy: "cio",
    etag: `W/"etag-${period}-${version}"`,
    ...overrides,
  };
}

export function snapshotDocument(overrides: Partial<SnapshotDocument> = {}): SnapshotDocument {
  const board = boardView({ asOf: "2026-10", today: "2026-10-31" });
  return {
    format: "board-snapshot/1",
    tenantId: "t1",
    period: "2026-10",
    version: 1,
    today: "2026-10-31",
    generatedAt: "2026-11-01T06:00:00.000Z",
    generatedBy: "cio",
    currency: "EUR",
    strategy: { vision: "AI where it pays", horizon: "2028" },
    people: [
      { id: "cio", displayName: "Mateo Fernández", jobTitle: "Chief Information Officer" },
      { id: "cfo", displayName: "Casey Moreau", jobTitle: "Chief Financial Officer" },
      { id: "ciso", displayName: "Rui Tanaka", jobTitle: null },
    ],
    priorities: [{ id: "p1", title: "Grow revenue", rank: 1, sponsorId: "cfo", sponsorName: "Casey Moreau" }],
    summary: {
      initiatives: 2,
      initiativesByStage: board.kpis.initiativesByStage.value,
      portfolioRoi: 0.25,
      investmentToDate: 1_200_000,
      benefitToDate: 150_000,
      plannedBenefitToDate: 200_000,
      valueRealisation: 0.75,
      npv: 2_500_000,
      lifetimeRoi: 1.2,
      paybackMonth: "2027-06",
      openRisks: 4,
      openRisksByBand: { low: 1, medium: 2, high: 1, critical: 0 },
      overdueMitigations: 1,
      maturityIndex: 52.5,
      alignmentIndex: 0.7,
    },
    initiatives: [
      {
        id: "a",
        title: "Invoice matching",
        department: "Finance",
        stage: "pilot",
        health: "on-track",
        valueCategory: "cost-reduction",
        aiType: "generative",
        euAiActTier: "minimal",
        priorityIds: ["p1"],
        priorityTitles: ["Grow revenue"],
        outcomeOwnerId: "cfo",
        outcomeOwnerName: "Casey Moreau",
        riskOwnerId: "ciso",
        riskOwnerName: "Rui Tanaka",
        priorityScore: 70,
        costToDate: 100_000,
        benefitToDate: 150_000,
        plannedBenefitToDate: 200_000,
        roi: 0.5,
        valueRealisation: 0.75,
        npv: 250_000,
        paybackMonth: "2026-03",
        openRisks: 1,
        highestOpenBand: "high",
        overdueMitigations: 0,
        exposure: 12,
        metrics: { total: 1, onTrack: 1, behind: 0, noData: 0 },
        expectsCheckIn: true,
        checkIn: {
          period: "2026-10",
          rag: "amber",
          narrative: "Vendor late",
          blockers: "Data access",
          decisionsNeeded: "",
        },
      },
    ],
    risks: [
      {
        id: "r1",
        title: "Model drift",
        description: "",
        category: "reliability",
        initiativeId: "a",
        initiativeTitle: "Invoice matching",
        ownerId: "ciso",
        ownerName: "Rui Tanaka",
        likelihood: 3,
        impact: 4,
        score: 12,
        band: "high",
        residualLikelihood: null,
        residualImpact: null,
        residualScore: null,
        residualBand: null,
        treatment: "mitigate",
        plan: "Monitor",
        dueDate: "2026-09-30",
        status: "open",
        open: true,
        overdue: true,
        frameworks: {},
      },
    ],
    metrics: [],
    maturity: {
      latest: {
        period: "2026-09",
        index: 52.5,
        targetIndex: 75,
        notes: "",
        dimensions: [
          { dimension: "data", label: "Data", current: 2, target: 4, gap: 2, evidence: "Catalogue in place" },
        ],
      },
      trend: [{ period: "2026-09", index: 52.5, targetIndex: 75 }],
    },
    alignment: {
      cycle: board.alignment.cycle,
      index: board.alignment.index,
      priorities: board.alignment.priorities,
    },
    checkIns: {
      period: "2026-10",
      expected: 2,
      submitted: 1,
      missing: [
        {
          initiativeId: "b",
          title: "Claims triage",
          outcomeOwnerId: "coo",
          outcomeOwnerName: "Amara Okafor",
        },
      ],
    },
    board,
    narrative: snapshotMeta().narrative,
    supersedes: null,
    correctionReason: null,
    publication: {
      chainIndex: 1,
      previousHash: hashOf("0"),
      publishedAt: "2026-11-03T09:30:00.000Z",
      publishedBy: "cio",
      publishedByName: "Mateo Fernández",
    },
    ...overrides,
  };
}

export const verified = (checked: number): SnapshotVerification => ({ intact: true, checked, problems: [] });

const none = { from: null, to: null, delta: null };
const same = (v: number) => ({ from: v, to: v, delta: 0 });

/** A comparison in which nothing changed; `overrides` adds the changes a test needs. */
export function snapshotDiff(overrides: Partial<SnapshotDiff> = {}): SnapshotDiff {
  const stages = [
    "idea",
    "assessed",
    "approved-for-pilot",
    "pilot",
    "scaling",
    "production",
    "retired",
    "on-hold",
    "rejected",
  ] as const;
  return {
    from: { period: "2026-09", version: 1 },
    to: { period: "2026-10", version: 1 },
    portfolio: {
      roi: same(0.2),
      investmentToDate: same(1_000_000),
      benefitToDate: same(100_000),
      plannedBenefitToDate: same(120_000),
      valueRealisation: same(0.8),
      npv: same(2_000_000),
      lifetimeRoi: none,
      openRisks: same(4),
      overdueMitigations: same(1),
      initiatives: same(2),
    },
    initiativesByStage: Object.fromEntries(
      stages.map((s) => [s, same(0)]),
    ) as SnapshotDiff["initiativesByStage"],
    stageMoves: [],
    initiativesAdded: [],
    initiativesRemoved: [],
    initiativeValue: [],
    risks: {
      opened: [],
      closed: [],
      bandChanges: [],
      openByBand: { low: same(1), medium: same(2), high: same(1), critical: same(0) },
    },
    maturity: {
      fromPeriod: "2026-09",
      toPeriod: "2026-09",
      index: same(52.5),
      targetIndex: same(75),
      dimensions: [],
    },
    alignment: {
      fromCycle: "2026-Q4",
      toCycle: "2026-Q4",
      index: same(0.7),
      priorities: [],
      newDisagreements: [],
      resolvedDisagreements: [],
    },
    checkIns: { period: "2026-10", expected: same(2), submitted: same(2), missed: [] },
    ...overrides,
  };
}
