import { compareText } from "./order";
import type { RiskBand } from "./risk";
import { riskBands } from "./risk";
import type { MaturityDimension, Stage } from "./schemas";
import { stages } from "./schemas";
import type { SnapshotDocument, SnapshotInitiative, SnapshotRisk } from "./snapshotDocument";

/** A number in both documents: `delta` = to − from, null when either side is null. */
export type Change = { from: number | null; to: number | null; delta: number | null };

export type InitiativeRef = { initiativeId: string; title: string; department: string; stage: Stage };
export type StageMove = { initiativeId: string; title: string; from: Stage; to: Stage };
export type RiskRef = {
  riskId: string;
  title: string;
  initiativeId: string | null;
  initiativeTitle: string | null;
  ownerId: string;
  ownerName: string;
  band: RiskBand;
  score: number;
};
export type BandChange = {
  riskId: string;
  title: string;
  initiativeTitle: string | null;
  ownerName: string;
  kind: "inherent" | "residual";
  from: RiskBand | null;
  to: RiskBand | null;
  /** Towards Critical (a band appearing counts as worse, one disappearing as better). */
  worse: boolean;
};
export type InitiativeValueChange = {
  initiativeId: string;
  title: string;
  roi: Change;
  valueRealisation: Change;
  costToDate: Change;
  benefitToDate: Change;
  plannedBenefitToDate: Change;
  npv: Change;
};
export type DimensionChange = {
  dimension: MaturityDimension;
  label: string;
  current: Change;
  target: Change;
};
export type PriorityAlignmentChange = {
  priorityId: string;
  title: string;
  alignmentIndex: Change;
  meanImportance: Change;
  disagreementBefore: boolean | null;
  disagreementNow: boolean | null;
};
export type MissedCheckIn = {
  initiativeId: string;
  title: string;
  outcomeOwnerId: string;
  outcomeOwnerName: string;
  /** Also missing in the earlier month's snapshot. */
  missedBefore: boolean;
};

export type SnapshotDiff = {
  from: { period: string; version: number };
  to: { period: string; version: number };
  portfolio: {
    roi: Change;
    investmentToDate: Change;
    benefitToDate: Change;
    plannedBenefitToDate: Change;
    valueRealisation: Change;
    npv: Change;
    lifetimeRoi: Change;
    openRisks: Change;
    overdueMitigations: Change;
    initiatives: Change;
  };
  initiativesByStage: Record<Stage, Change>;
  stageMoves: StageMove[];
  initiativesAdded: InitiativeRef[];
  initiativesRemoved: InitiativeRef[];
  /** Initiatives whose money or ROI moved, the largest change in benefit first. */
  initiativeValue: InitiativeValueChange[];
  risks: {
    /** Open at the end of `to` but not of `from`: raised since, or reopened. */
    opened: (RiskRef & { reopened: boolean })[];
    /** Open at the end of `from` but not of `to`: closed, accepted or removed. */
    closed: (RiskRef & { removed: boolean })[];
    bandChanges: BandChange[];
    openByBand: Record<RiskBand, Change>;
  };
  maturity: {
    fromPeriod: string | null;
    toPeriod: string | null;
    index: Change;
    targetIndex: Change;
    /** Dimensions whose current or target level moved. */
    dimensions: DimensionChange[];
  };
  alignment: {
    fromCycle: string | null;
    toCycle: string | null;
    index: Change;
    /** Priorities whose alignment or mean importance moved, or whose disagreement flag flipped. */
    priorities: PriorityAlignmentChange[];
    newDisagreements: { priorityId: string; title: string }[];
    resolvedDisagreements: { priorityId: string; title: string }[];
  };
  checkIns: {
    /** The `to` month: check-ins due, given and missing. */
    period: string;
    expected: Change;
    submitted: Change;
    missed: MissedCheckIn[];
  };
};

export function change(from: number | null | undefined, to: number | null | undefined): Change {
  const a = from ?? null;
  const b = to ?? null;
  return { from: a, to: b, delta: a === null || b === null ? null : b - a };
}

const moved = (c: Change) => c.from !== c.to;
const bandRank = (band: RiskBand | null) => (band === null ? -1 : riskBands.indexOf(band));

function riskRef(r: SnapshotRisk): RiskRef {
  return {
    riskId: r.id,
    title: r.title,
    initiativeId: r.initiativeId,
    initiativeTitle: r.initiativeTitle,
    ownerId: r.ownerId,
    ownerName: r.ownerName,
    band: r.band,
    score: r.score,
  };
}

const initiativeRef = (i: SnapshotInitiative): InitiativeRef => ({
  initiativeId: i.id,
  title: i.title,
  department: i.department,
  stage: i.stage,
});

const byTitle = <T extends { title: string }>(idOf: (x: T) => string) => (a: T, b: T) =>
  compareText(a.title, b.title) || compareText(idOf(a), idOf(b));
const worstFirst = (a: RiskRef, b: RiskRef) => b.score - a.score || compareText(a.title, b.title) || compareText(a.riskId, b.riskId);

/**
 * What changed between two snapshots, `a` the earlier month and `b` the later one: stage moves,
 * new and closed risks, band changes, ROI and value (portfolio and per initiative), maturity and
 * alignment, and the check-ins missed in `b`'s month. Pure; reads only the validated sections.
 */
export function compareSnapshots(a: SnapshotDocument, b: SnapshotDocument): SnapshotDiff {
  const before = new Map(a.initiatives.map((i) => [i.id, i]));
  const after = new Map(b.initiatives.map((i) => [i.id, i]));

  const stageMoves: StageMove[] = [];
  const initiativeValue: InitiativeValueChange[] = [];
  for (const now of b.initiatives) {
    const then = before.get(now.id);
    if (then === undefined) continue;
    if (then.stage !== now.stage) stageMoves.push({ initiativeId: now.id, title: now.title, from: then.stage, to: now.stage });
    const value: InitiativeValueChange = {
      initiativeId: now.id,
      title: now.title,
      roi: change(then.roi, now.roi),
      valueRealisation: change(then.valueRealisation, now.valueRealisation),
      costToDate: change(then.costToDate, now.costToDate),
      benefitToDate: change(then.benefitToDate, now.benefitToDate),
      plannedBenefitToDate: change(then.plannedBenefitToDate, now.plannedBenefitToDate),
      npv: change(then.npv, now.npv),
    };
    if ([value.roi, value.valueRealisation, value.costToDate, value.benefitToDate, value.plannedBenefitToDate, value.npv].some(moved))
      initiativeValue.push(value);
  }
  stageMoves.sort(byTitle((m) => m.initiativeId));
  initiativeValue.sort(
    (x, y) =>
      Math.abs(y.benefitToDate.delta ?? 0) - Math.abs(x.benefitToDate.delta ?? 0) ||
      compareText(x.title, y.title) ||
      compareText(x.initiativeId, y.initiativeId),
  );
  const initiativesAdded = b.initiatives.filter((i) => !before.has(i.id)).map(initiativeRef).sort(byTitle((i) => i.initiativeId));
  const initiativesRemoved = a.initiatives.filter((i) => !after.has(i.id)).map(initiativeRef).sort(byTitle((i) => i.initiativeId));

  // Risks: what opened and closed between the two month ends, and band moves of those open in both.
  const risksThen = new Map(a.risks.map((r) => [r.id, r]));
  const risksNow = new Map(b.risks.map((r) => [r.id, r]));
  const opened: SnapshotDiff["risks"]["opened"] = [];
  const bandChanges: BandChange[] = [];
  for (const now of b.risks) {
    const then = risksThen.get(now.id);
    if (now.open && !then?.open) opened.push({ ...riskRef(now), reopened: then !== undefined });
    if (!now.open || then === undefined || !then.open) continue;
    const common = { riskId: now.id, title: now.title, initiativeTitle: now.initiativeTitle, ownerName: now.ownerName };
    if (then.band !== now.band)
      bandChanges.push({ ...common, kind: "inherent", from: then.band, to: now.band, worse: bandRank(now.band) > bandRank(then.band) });
    if (then.residualBand !== now.residualBand)
      bandChanges.push({
        ...common,
        kind: "residual",
        from: then.residualBand,
        to: now.residualBand,
        worse: bandRank(now.residualBand) > bandRank(then.residualBand),
      });
  }
  const closed: SnapshotDiff["risks"]["closed"] = a.risks
    .filter((then) => then.open && !risksNow.get(then.id)?.open)
    .map((then) => {
      const now = risksNow.get(then.id);
      return { ...riskRef(now ?? then), removed: now === undefined };
    });
  opened.sort(worstFirst);
  closed.sort(worstFirst);
  bandChanges.sort(
    (x, y) => Number(y.worse) - Number(x.worse) || compareText(x.title, y.title) || compareText(x.riskId, y.riskId) || compareText(x.kind, y.kind),
  );

  // Maturity: the latest assessment each snapshot shows, dimension by dimension.
  const matThen = a.maturity.latest;
  const matNow = b.maturity.latest;
  const dimsThen = new Map((matThen?.dimensions ?? []).map((d) => [d.dimension, d]));
  const dimsNow = new Map((matNow?.dimensions ?? []).map((d) => [d.dimension, d]));
  const dimensionOrder = [...new Set([...dimsNow.keys(), ...dimsThen.keys()])];
  const dimensions: DimensionChange[] = dimensionOrder
    .map((dimension) => {
      const then = dimsThen.get(dimension);
      const now = dimsNow.get(dimension);
      return {
        dimension,
        label: (now ?? then)?.label ?? dimension,
        current: change(then?.current, now?.current),
        target: change(then?.target, now?.target),
      };
    })
    .filter((d) => moved(d.current) || moved(d.target));

  // Alignment: per priority, as listed in the later snapshot, then any only the earlier one had.
  const prioThen = new Map(a.alignment.priorities.map((p) => [p.priorityId, p]));
  const prioNow = new Map(b.alignment.priorities.map((p) => [p.priorityId, p]));
  const prioOrder = [...new Set([...prioNow.keys(), ...prioThen.keys()])];
  const priorities: PriorityAlignmentChange[] = [];
  const newDisagreements: { priorityId: string; title: string }[] = [];
  const resolvedDisagreements: { priorityId: string; title: string }[] = [];
  for (const priorityId of prioOrder) {
    const then = prioThen.get(priorityId);
    const now = prioNow.get(priorityId);
    const title = (now ?? then)?.title ?? priorityId;
    const row: PriorityAlignmentChange = {
      priorityId,
      title,
      alignmentIndex: change(then?.alignmentIndex, now?.alignmentIndex),
      meanImportance: change(then?.meanImportance, now?.meanImportance),
      disagreementBefore: then?.disagreement ?? null,
      disagreementNow: now?.disagreement ?? null,
    };
    if (moved(row.alignmentIndex) || moved(row.meanImportance) || row.disagreementBefore !== row.disagreementNow) priorities.push(row);
    if (now?.disagreement === true && then?.disagreement !== true) newDisagreements.push({ priorityId, title });
    if (then?.disagreement === true && now?.disagreement !== true) resolvedDisagreements.push({ priorityId, title });
  }

  const missedThen = new Set(a.checkIns.missing.map((m) => m.initiativeId));
  const missed: MissedCheckIn[] = b.checkIns.missing
    .map((m) => ({ ...m, missedBefore: missedThen.has(m.initiativeId) }))
    .sort(byTitle((m) => m.initiativeId));

  const sa = a.summary;
  const sb = b.summary;
  return {
    from: { period: a.period, version: a.version },
    to: { period: b.period, version: b.version },
    portfolio: {
      roi: change(sa.portfolioRoi, sb.portfolioRoi),
      investmentToDate: change(sa.investmentToDate, sb.investmentToDate),
      benefitToDate: change(sa.benefitToDate, sb.benefitToDate),
      plannedBenefitToDate: change(sa.plannedBenefitToDate, sb.plannedBenefitToDate),
      valueRealisation: change(sa.valueRealisation, sb.valueRealisation),
      npv: change(sa.npv, sb.npv),
      lifetimeRoi: change(sa.lifetimeRoi, sb.lifetimeRoi),
      openRisks: change(sa.openRisks, sb.openRisks),
      overdueMitigations: change(sa.overdueMitigations, sb.overdueMitigations),
      initiatives: change(sa.initiatives, sb.initiatives),
    },
    initiativesByStage: Object.fromEntries(
      stages.map((s) => [s, change(sa.initiativesByStage[s], sb.initiativesByStage[s])]),
    ) as Record<Stage, Change>,
    stageMoves,
    initiativesAdded,
    initiativesRemoved,
    initiativeValue,
    risks: {
      opened,
      closed,
      bandChanges,
      openByBand: Object.fromEntries(
        riskBands.map((band) => [band, change(sa.openRisksByBand[band], sb.openRisksByBand[band])]),
      ) as Record<RiskBand, Change>,
    },
    maturity: {
      fromPeriod: matThen?.period ?? null,
      toPeriod: matNow?.period ?? null,
      index: change(matThen?.index, matNow?.index),
      targetIndex: change(matThen?.targetIndex, matNow?.targetIndex),
      dimensions,
    },
    alignment: {
      fromCycle: a.alignment.cycle,
      toCycle: b.alignment.cycle,
      index: change(a.alignment.index, b.alignment.index),
      priorities,
      newDisagreements,
      resolvedDisagreements,
    },
    checkIns: {
      period: b.checkIns.period,
      expected: change(a.checkIns.expected, b.checkIns.expected),
      submitted: change(a.checkIns.submitted, b.checkIns.submitted),
      missed,
    },
  };
}
