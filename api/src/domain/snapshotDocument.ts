import { z } from "zod";
import type { BoardView } from "./board";
import { boardView } from "./board";
import { noFilters } from "./boardFilters";
import { asOfDay, isAfterMonth, lastDayOf } from "./calendar";
import { metricSummary } from "./metrics";
import { compareText } from "./order";
import { activeStages } from "./progression";
import {
  inherentScore,
  isOpenRiskAsOf,
  isOverdueMitigationAsOf,
  residualBand,
  residualScore,
  riskBand,
  riskBands,
} from "./risk";
import {
  aiTypes,
  confidence,
  euAiActTiers,
  frameworkReferences,
  health,
  maturityDimension,
  period,
  rag,
  riskCategory,
  riskStatus,
  sha256Hex,
  snapshotNarrative,
  stage,
  stages,
  treatments,
  valueCategories,
  valueCategory,
  type SnapshotNarrative,
} from "./schemas";
import { gateDecisionsByInitiative, stageAsOf } from "./stageHistory";
import type { TenantData } from "./tenantData";

/**
 * The frozen board of one month, as one JSON document: the board view exactly as the live board
 * computes it (no slicers, as of the month, seen from its last day) and, beside it, everything a
 * board member needs to read every page without live data — names resolved, the portfolio list,
 * the risk register, metrics, maturity, alignment, the month's check-ins — and the narrative.
 * The sections other than `board` are what comparisons read, so they are validated field by field.
 */
export const snapshotFormat = "board-snapshot/1";

const count = z.number().int().min(0);
const nullableNumber = z.number().nullable();
const band = z.enum(riskBands);
const stageCounts = z.object(Object.fromEntries(stages.map((s) => [s, count])) as Record<(typeof stages)[number], typeof count>);
const bandCounts = z.object({ low: count, medium: count, high: count, critical: count });

export const snapshotPerson = z.object({ id: z.string(), displayName: z.string(), jobTitle: z.string().nullable() });

export const snapshotPriority = z.object({
  id: z.string(),
  title: z.string(),
  rank: z.number().int().nullable(),
  sponsorId: z.string().nullable(),
  sponsorName: z.string().nullable(),
});

export const snapshotCheckIn = z.object({
  period,
  rag,
  narrative: z.string(),
  blockers: z.string(),
  decisionsNeeded: z.string(),
});

export const snapshotInitiative = z.object({
  id: z.string(),
  title: z.string(),
  department: z.string(),
  /** The stage at the end of the month (from the gate decisions). */
  stage,
  health,
  valueCategory,
  aiType: z.enum(aiTypes),
  euAiActTier: z.enum(euAiActTiers),
  priorityIds: z.array(z.string()),
  priorityTitles: z.array(z.string()),
  outcomeOwnerId: z.string(),
  outcomeOwnerName: z.string(),
  riskOwnerId: z.string(),
  riskOwnerName: z.string(),
  priorityScore: z.number(),
  costToDate: z.number(),
  benefitToDate: z.number(),
  plannedBenefitToDate: z.number(),
  roi: nullableNumber,
  valueRealisation: nullableNumber,
  npv: z.number(),
  paybackMonth: z.string().nullable(),
  openRisks: count,
  highestOpenBand: band.nullable(),
  overdueMitigations: count,
  exposure: count,
  metrics: z.object({ total: count, onTrack: count, behind: count, noData: count }),
  /** In delivery at the end of the month, so a monthly check-in was due. */
  expectsCheckIn: z.boolean(),
  /** The check-in for the month, if one was given. */
  checkIn: snapshotCheckIn.nullable(),
});
export type SnapshotInitiative = z.infer<typeof snapshotInitiative>;

export const snapshotRisk = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  category: riskCategory,
  initiativeId: z.string().nullable(),
  initiativeTitle: z.string().nullable(),
  ownerId: z.string(),
  ownerName: z.string(),
  likelihood: z.number().int(),
  impact: z.number().int(),
  score: z.number().int(),
  band,
  residualLikelihood: z.number().int().nullable(),
  residualImpact: z.number().int().nullable(),
  residualScore: z.number().int().nullable(),
  residualBand: band.nullable(),
  treatment: z.enum(treatments),
  plan: z.string(),
  dueDate: z.string().nullable(),
  /** The status when the snapshot was generated. */
  status: riskStatus,
  /** Open at the end of the month (see `isOpenRiskAsOf`). */
  open: z.boolean(),
  overdue: z.boolean(),
  frameworks: frameworkReferences,
});
export type SnapshotRisk = z.infer<typeof snapshotRisk>;

export const snapshotMetric = z.object({
  id: z.string(),
  initiativeId: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(["up", "down"]),
  baseline: z.number(),
  target: z.number(),
  targetDate: z.string(),
  latest: z.object({ period, value: z.number(), confidence }).nullable(),
  planned: z.number(),
  progress: nullableNumber,
  status: z.enum(["ahead", "on-track", "behind", "no-data"]),
});

export const snapshotMaturity = z.object({
  latest: z
    .object({
      period,
      index: nullableNumber,
      targetIndex: nullableNumber,
      notes: z.string(),
      dimensions: z.array(
        z.object({
          dimension: maturityDimension,
          label: z.string(),
          current: z.number().int(),
          target: z.number().int(),
          gap: z.number().int(),
          evidence: z.string(),
        }),
      ),
    })
    .nullable(),
  trend: z.array(z.object({ period, index: nullableNumber, targetIndex: nullableNumber })),
});
export type SnapshotMaturity = z.infer<typeof snapshotMaturity>;

export const snapshotAlignment = z.object({
  cycle: z.string().nullable(),
  index: nullableNumber,
  priorities: z.array(
    z.object({
      priorityId: z.string(),
      title: z.string(),
      rank: z.number().int().nullable(),
      respondents: count,
      meanImportance: nullableNumber,
      spread: nullableNumber,
      alignmentIndex: nullableNumber,
      minRating: nullableNumber,
      maxRating: nullableNumber,
      distribution: z.tuple([count, count, count, count, count]),
      expectedOutcomes: z.object(
        Object.fromEntries(valueCategories.map((c) => [c, count])) as Record<(typeof valueCategories)[number], typeof count>,
      ),
      disagreement: z.boolean(),
    }),
  ),
});
export type SnapshotAlignment = z.infer<typeof snapshotAlignment>;

export const snapshotSummary = z.object({
  initiatives: count,
  initiativesByStage: stageCounts,
  portfolioRoi: nullableNumber,
  investmentToDate: z.number(),
  benefitToDate: z.number(),
  plannedBenefitToDate: z.number(),
  valueRealisation: nullableNumber,
  npv: z.number(),
  lifetimeRoi: nullableNumber,
  paybackMonth: z.string().nullable(),
  openRisks: count,
  openRisksByBand: bandCounts,
  overdueMitigations: count,
  maturityIndex: nullableNumber,
  alignmentIndex: nullableNumber,
});
export type SnapshotSummary = z.infer<typeof snapshotSummary>;

export const snapshotCheckIns = z.object({
  period,
  expected: count,
  submitted: count,
  missing: z.array(
    z.object({ initiativeId: z.string(), title: z.string(), outcomeOwnerId: z.string(), outcomeOwnerName: z.string() }),
  ),
});

/** Set when the document is published; the hash chain runs through `previousHash`. */
export const snapshotPublication = z.object({
  chainIndex: z.number().int().min(1),
  previousHash: sha256Hex,
  publishedAt: z.string(),
  publishedBy: z.string(),
  publishedByName: z.string(),
});
export type SnapshotPublication = z.infer<typeof snapshotPublication>;

const isPlainObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);

export const snapshotDocument = z.object({
  format: z.literal(snapshotFormat),
  tenantId: z.string(),
  period,
  version: z.number().int().min(1),
  /** The day the month is seen from: its last day. */
  today: z.string(),
  generatedAt: z.string(),
  generatedBy: z.string(),
  currency: z.string().nullable(),
  strategy: z.object({ vision: z.string(), horizon: z.string() }).nullable(),
  people: z.array(snapshotPerson),
  priorities: z.array(snapshotPriority),
  summary: snapshotSummary,
  initiatives: z.array(snapshotInitiative),
  risks: z.array(snapshotRisk),
  metrics: z.array(snapshotMetric),
  maturity: snapshotMaturity,
  alignment: snapshotAlignment,
  checkIns: snapshotCheckIns,
  /** The live board's own view of the month, exactly as `boardView` computes it. */
  board: z.custom<BoardView>(isPlainObject, "the board view"),
  narrative: snapshotNarrative,
  supersedes: z.string().nullable(),
  correctionReason: z.string().nullable(),
  publication: snapshotPublication.nullable(),
});
export type SnapshotDocument = z.infer<typeof snapshotDocument>;

export type SnapshotHeader = {
  tenantId: string;
  period: string;
  version: number;
  generatedAt: string;
  generatedBy: string;
  narrative: SnapshotNarrative;
  supersedes: string | null;
  correctionReason: string | null;
};

/** Display names of the tenant's people; an id nobody named shows as itself. */
function nameResolver(data: TenantData) {
  const executives = new Map((data.strategy?.executives ?? []).map((e) => [e.id, e]));
  return {
    executives,
    nameOf: (personId: string) => executives.get(personId)?.displayName ?? personId,
  };
}

/** Builds the document of a month from the tenant's live data. Pure: the clock comes in the header. */
export function buildSnapshotDocument(data: TenantData, header: SnapshotHeader): SnapshotDocument {
  const month = header.period;
  const today = lastDayOf(month);
  const board = boardView(data, noFilters, month, today);
  const { executives, nameOf } = nameResolver(data);
  const day = asOfDay(month, today);

  const priorityById = new Map((data.strategy?.priorities ?? []).map((p) => [p.id, p]));
  const priorities = board.options.priorities.map((p) => {
    const sponsorId = priorityById.get(p.id)?.sponsorId ?? null;
    return { id: p.id, title: p.title, rank: p.rank, sponsorId, sponsorName: sponsorId === null ? null : nameOf(sponsorId) };
  });
  const priorityTitle = new Map(priorities.map((p) => [p.id, p.title]));

  const entityById = new Map(data.initiatives.map((i) => [i.id, i]));
  const gates = gateDecisionsByInitiative(data.gateDecisions);
  const checkInByInitiative = new Map(
    data.statusUpdates.filter((s) => s.period === month).map((s) => [s.initiativeId, s]),
  );
  const initiatives: SnapshotInitiative[] = board.initiatives.map((row) => {
    const entity = entityById.get(row.id);
    if (entity === undefined) throw new Error(`board row without initiative ${row.id}`);
    const stageThen = stageAsOf(entity, gates.get(entity.id) ?? [], month) ?? entity.stage;
    const checkIn = checkInByInitiative.get(entity.id);
    return {
      id: row.id,
      title: row.title,
      department: row.department,
      stage: stageThen,
      health: row.health,
      valueCategory: row.valueCategory,
      aiType: entity.aiType,
      euAiActTier: entity.euAiActTier,
      priorityIds: [...entity.priorityIds],
      priorityTitles: entity.priorityIds.map((p) => priorityTitle.get(p) ?? p),
      outcomeOwnerId: row.outcomeOwnerId,
      outcomeOwnerName: nameOf(row.outcomeOwnerId),
      riskOwnerId: row.riskOwnerId,
      riskOwnerName: nameOf(row.riskOwnerId),
      priorityScore: row.priorityScore,
      costToDate: row.costToDate,
      benefitToDate: row.benefitToDate,
      plannedBenefitToDate: row.plannedBenefitToDate,
      roi: row.roi,
      valueRealisation: row.valueRealisation,
      npv: row.npv,
      paybackMonth: row.paybackMonth,
      openRisks: row.openRisks,
      highestOpenBand: row.highestOpenBand,
      overdueMitigations: row.overdueMitigations,
      exposure: row.exposure,
      metrics: { ...row.metrics },
      expectsCheckIn: activeStages.includes(stageThen),
      checkIn:
        checkIn === undefined
          ? null
          : {
              period: checkIn.period,
              rag: checkIn.rag,
              narrative: checkIn.narrative,
              blockers: checkIn.blockers,
              decisionsNeeded: checkIn.decisionsNeeded,
            },
    };
  });

  // The register as it stood at the end of the month: every risk raised by then, worst first.
  const risks: SnapshotRisk[] = data.risks
    .filter((r) => !isAfterMonth(r.createdAt, month) && (r.initiativeId === null || entityById.has(r.initiativeId)))
    .map((r) => {
      const score = inherentScore(r);
      return {
        id: r.id,
        title: r.title,
        description: r.description,
        category: r.category,
        initiativeId: r.initiativeId,
        initiativeTitle: r.initiativeId === null ? null : (entityById.get(r.initiativeId)?.title ?? null),
        ownerId: r.ownerId,
        ownerName: nameOf(r.ownerId),
        likelihood: r.likelihood,
        impact: r.impact,
        score,
        band: riskBand(score),
        residualLikelihood: r.residualLikelihood,
        residualImpact: r.residualImpact,
        residualScore: residualScore(r),
        residualBand: residualBand(r),
        treatment: r.treatment,
        plan: r.plan,
        dueDate: r.dueDate,
        status: r.status,
        open: isOpenRiskAsOf(r, month),
        overdue: isOverdueMitigationAsOf(r, month, day),
        frameworks: { ...r.frameworks },
      };
    })
    .sort((a, b) => b.score - a.score || compareText(a.title, b.title) || compareText(a.id, b.id));

  const metrics = data.metrics
    .filter((m) => entityById.has(m.initiativeId))
    .map((m) => metricSummary(m, month))
    .sort((a, b) => compareText(a.initiativeId, b.initiativeId) || compareText(a.name, b.name) || compareText(a.id, b.id));

  const latestAssessment = data.assessments
    .filter((a) => a.period === board.maturity.latest?.period)
    .sort((a, b) => compareText(a.updatedAt, b.updatedAt))
    .at(-1);
  const evidenceOf = new Map((latestAssessment?.dimensions ?? []).map((d) => [d.dimension, d.evidence]));
  const maturity: SnapshotMaturity = {
    latest:
      board.maturity.latest === null
        ? null
        : {
            period: board.maturity.latest.period,
            index: board.maturity.latest.index,
            targetIndex: board.maturity.latest.targetIndex,
            notes: latestAssessment?.notes ?? "",
            dimensions: board.maturity.latest.dimensions.map((d) => ({ ...d, evidence: evidenceOf.get(d.dimension) ?? "" })),
          },
    trend: board.maturity.trend.map((t) => ({ ...t })),
  };

  const alignment: SnapshotAlignment = {
    cycle: board.alignment.cycle,
    index: board.alignment.index,
    priorities: board.alignment.priorities.map((p) => ({
      priorityId: p.priorityId,
      title: p.title,
      rank: p.rank,
      respondents: p.respondents,
      meanImportance: p.meanImportance,
      spread: p.spread,
      alignmentIndex: p.alignmentIndex,
      minRating: p.minRating,
      maxRating: p.maxRating,
      distribution: [...p.distribution],
      expectedOutcomes: { ...p.expectedOutcomes },
      disagreement: p.disagreement,
    })),
  };

  const due = initiatives.filter((i) => i.expectsCheckIn);
  const missing = due.filter((i) => i.checkIn === null);
  const kpis = board.kpis;
  const openRisksByBand = { ...kpis.openRisksByBand.value };

  // Everyone the document names, so a reader can resolve any id it holds.
  const personIds = new Set<string>(executives.keys());
  for (const i of initiatives) personIds.add(i.outcomeOwnerId).add(i.riskOwnerId);
  for (const r of risks) personIds.add(r.ownerId);
  for (const p of priorities) if (p.sponsorId !== null) personIds.add(p.sponsorId);
  const people = [...personIds]
    .map((id) => ({ id, displayName: nameOf(id), jobTitle: executives.get(id)?.jobTitle ?? null }))
    .sort((a, b) => compareText(a.displayName, b.displayName) || compareText(a.id, b.id));

  return {
    format: snapshotFormat,
    tenantId: header.tenantId,
    period: month,
    version: header.version,
    today,
    generatedAt: header.generatedAt,
    generatedBy: header.generatedBy,
    currency: board.currency,
    strategy: data.strategy ? { vision: data.strategy.vision, horizon: data.strategy.horizon } : null,
    people,
    priorities,
    summary: {
      initiatives: initiatives.length,
      initiativesByStage: { ...kpis.initiativesByStage.value },
      portfolioRoi: kpis.portfolioRoi.value,
      investmentToDate: kpis.investmentToDate.value,
      benefitToDate: kpis.valueRealised.value.actual,
      plannedBenefitToDate: kpis.valueRealised.value.planned,
      valueRealisation: kpis.valueRealised.value.ratio,
      npv: board.finance.npv,
      lifetimeRoi: board.finance.lifetimeRoi,
      paybackMonth: board.finance.paybackMonth,
      openRisks: riskBands.reduce((n, b) => n + openRisksByBand[b], 0),
      openRisksByBand,
      overdueMitigations: kpis.overdueMitigations.value,
      maturityIndex: kpis.maturityIndex.value,
      alignmentIndex: kpis.alignmentIndex.value,
    },
    initiatives,
    risks,
    metrics,
    maturity,
    alignment,
    checkIns: {
      period: month,
      expected: due.length,
      submitted: due.length - missing.length,
      missing: missing.map((i) => ({
        initiativeId: i.id,
        title: i.title,
        outcomeOwnerId: i.outcomeOwnerId,
        outcomeOwnerName: i.outcomeOwnerName,
      })),
    },
    board,
    narrative: header.narrative,
    supersedes: header.supersedes,
    correctionReason: header.correctionReason,
    publication: null,
  };
}

/** The document as published: the draft's content with the final narrative and its place in the chain. */
export function publishedDocument(
  draft: SnapshotDocument,
  final: { narrative: SnapshotNarrative; correctionReason: string | null; publication: SnapshotPublication },
): SnapshotDocument {
  return { ...draft, narrative: final.narrative, correctionReason: final.correctionReason, publication: final.publication };
}

/** The display name a document gives a person (for who published it). */
export function displayNameIn(data: TenantData, personId: string): string {
  return nameResolver(data).nameOf(personId);
}
