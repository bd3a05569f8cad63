import { alignmentByPriority, overallAlignmentIndex, surveyCyclesUpTo } from "./alignment";
import type { PriorityAlignment } from "./alignment";
import type { BoardFilters } from "./boardFilters";
import { applyFilters } from "./boardFilters";
import { asOfDay, isDay, monthIndex, previousMonth } from "./calendar";
import type { CheckIns } from "./checkIns";
import { checkInsOf } from "./checkIns";
import type { DuplicateCandidate } from "./duplicates";
import { duplicateCandidates } from "./duplicates";
import type { MoneyToDate, PlannedAndActual, ValueRealised } from "./finance";
import {
  LedgerSum,
  moneyInLedger,
  monthlyLedger,
  npvOfLedger,
  paybackInLedger,
  plannedRoiOfMoney,
  roiOfMoney,
  totalMoney,
  valueRealisedOfMoney,
} from "./finance";
import { assessmentsUpTo, maturityDimensionLabels, maturityIndex, targetIndex } from "./maturity";
import type { TrajectoryStatus } from "./metrics";
import { trajectoryStatus } from "./metrics";
import { compareText } from "./order";
import { priorityScore, valueFeasibility } from "./prioritisation";
import type { Progression } from "./progression";
import { progression } from "./progression";
import type { RiskBand } from "./risk";
import {
  emptyBandCounts,
  inherentScore,
  isOpenRiskAsOf,
  isOverdueMitigationAsOf,
  riskBand,
  worseBand,
} from "./risk";
import type { Health, MaturityDimension, Rag, Risk, Stage, ValueCategory } from "./schemas";
import { defaultWeights, stagePath, stages } from "./schemas";
import { gateDecisionsByInitiative, stageAsOf } from "./stageHistory";
import type { TenantData } from "./tenantData";

/** The change of a KPI: value − previous, per number; null where either side is null. */
export type KpiDelta<T> = T extends null
  ? null
  : T extends number
    ? number
    : { [K in keyof T]: KpiDelta<T[K]> };

/**
 * One KPI card. `previous` is the same KPI one month earlier, except for the maturity index
 * (the assessment before the latest) and the alignment index (the survey cycle before the
 * latest); `comparedWith` names the month, assessment period or cycle compared with.
 */
export type Kpi<T> = { value: T; previous: T; delta: KpiDelta<T>; comparedWith: string | null };

export type BoardKpis = {
  /** ROI to date on actuals, as a fraction (0.25 = 25 %); null while nothing was spent. */
  portfolioRoi: Kpi<number | null>;
  /** Actual vs planned benefit to date; ratio null while nothing was planned. */
  valueRealised: Kpi<ValueRealised>;
  investmentToDate: Kpi<number>;
  /** Every stage, including those with no initiative. */
  initiativesByStage: Kpi<Record<Stage, number>>;
  openRisksByBand: Kpi<Record<RiskBand, number>>;
  overdueMitigations: Kpi<number>;
  /** 0–100, of the latest assessment up to the as-of month. */
  maturityIndex: Kpi<number | null>;
  /** 0–1, of the latest survey cycle started by the as-of month. */
  alignmentIndex: Kpi<number | null>;
};

export type BoardOptions = {
  departments: string[];
  owners: { id: string; displayName: string }[];
  stages: Stage[];
  priorities: { id: string; title: string; rank: number | null }[];
};

export type BoardFinance = {
  discountRate: number;
  /** NPV of the whole plan of the initiatives in scope, discounted from their first month. */
  npv: number;
  lifetimeRoi: number | null;
  paybackMonth: string | null;
  /** ROI to date counting hard (cash) benefits only. */
  hardOnlyRoi: number | null;
  benefitsToDate: { hard: PlannedAndActual; soft: PlannedAndActual };
};

export type FunnelStage = {
  stage: Stage;
  /** Initiatives at this stage as of the month. */
  count: number;
  /** Initiatives at this stage or further along the path. */
  reached: number;
};

export type OwnerRow = {
  ownerId: string;
  displayName: string;
  jobTitle: string | null;
  /** Initiatives this executive owns the outcome of. */
  outcomeInitiatives: number;
  /** Initiatives this executive is the risk owner of. */
  riskInitiatives: number;
  /** Money of the initiatives whose outcome they own. */
  investmentToDate: number;
  valuePlannedToDate: number;
  valueRealisedToDate: number;
  valueRealisation: number | null;
  roi: number | null;
  /** Risks they own (the risk's owner), open as of the month. */
  openRisks: number;
  openRisksByBand: Record<RiskBand, number>;
  overdueMitigations: number;
  /** Sum of the inherent scores of their open risks. */
  exposure: number;
  /** This month's check-ins of initiatives whose outcome they own, not given yet (in time / late). */
  checkInsMissing: number;
  checkInsLate: number;
};

/** Counts indexed [likelihood − 1][impact − 1]. */
export type Heatmap = number[][];

export type BoardRiskHeatmap = {
  inherent: Heatmap;
  residual: Heatmap;
  /** Open risks without residual ratings, so missing from `residual`. */
  residualUnassessed: number;
};

export type BoardMaturity = {
  latest: {
    period: string;
    index: number | null;
    targetIndex: number | null;
    dimensions: {
      dimension: MaturityDimension;
      label: string;
      current: number;
      target: number;
      gap: number;
    }[];
  } | null;
  trend: { period: string; index: number | null; targetIndex: number | null }[];
};

export type AlignmentRow = PriorityAlignment & { title: string; rank: number | null };
export type BoardAlignment = { cycle: string | null; index: number | null; priorities: AlignmentRow[] };

export type ValueFeasibilityPoint = {
  id: string;
  title: string;
  value: number;
  feasibility: number;
  priorityScore: number;
  stage: Stage;
  department: string;
};

export type InitiativeRow = {
  id: string;
  title: string;
  department: string;
  /** The current stage (the stage KPIs count stages as of the month). */
  stage: Stage;
  health: Health;
  valueCategory: ValueCategory;
  outcomeOwnerId: string;
  riskOwnerId: string;
  priorityScore: number;
  /** Actuals of the months up to the as-of month (see finance.ts). */
  costToDate: number;
  benefitToDate: number;
  plannedBenefitToDate: number;
  roi: number | null;
  valueRealisation: number | null;
  /** Over the whole plan, at the strategy's discount rate. */
  npv: number;
  paybackMonth: string | null;
  /** Its risks open as of the month; exposure is the sum of their inherent scores. */
  openRisks: number;
  highestOpenBand: RiskBand | null;
  overdueMitigations: number;
  exposure: number;
  /** Its success metrics by trajectory status; on track includes ahead. */
  metrics: { total: number; onTrack: number; behind: number; noData: number };
  /** The latest monthly check-in up to the as-of month. */
  latestStatus: { period: string; rag: Rag } | null;
};

export type BoardView = {
  asOf: string;
  today: string;
  /** ISO 4217 code from the strategy profile; null before there is one. */
  currency: string | null;
  filtersApplied: BoardFilters;
  /** Slicer choices, from all of the tenant's data (not only what is in scope). */
  options: BoardOptions;
  kpis: BoardKpis;
  finance: BoardFinance;
  stageFunnel: FunnelStage[];
  owners: OwnerRow[];
  riskHeatmap: BoardRiskHeatmap;
  maturity: BoardMaturity;
  alignment: BoardAlignment;
  /** Success metrics in scope by their trajectory status as of the month. */
  metricsStatus: Record<TrajectoryStatus, number>;
  valueFeasibility: ValueFeasibilityPoint[];
  /** Pairs with at least one initiative in scope, found across the whole tenant. */
  duplicates: DuplicateCandidate[];
  /** The organisation's nine steps; never filtered. */
  progression: Progression;
  /** This month's check-ins of the initiatives in scope that are in delivery. */
  checkIns: CheckIns;
  /** In scope, highest priority score first. */
  initiatives: InitiativeRow[];
};

function numberDelta(value: number | null, previous: number | null): number | null {
  return value === null || previous === null ? null : value - previous;
}

function countsDelta<K extends string>(
  value: Record<K, number>,
  previous: Record<K, number>,
): Record<K, number> {
  const delta = { ...value };
  for (const key of Object.keys(value) as K[]) delta[key] = value[key] - previous[key];
  return delta;
}

function numberKpi<T extends number | null>(value: T, previous: T, comparedWith: string | null) {
  return { value, previous, delta: numberDelta(value, previous) as KpiDelta<T>, comparedWith };
}

function emptyStageCounts(): Record<Stage, number> {
  return Object.fromEntries(stages.map((s) => [s, 0])) as Record<Stage, number>;
}

function emptyHeatmap(): Heatmap {
  return Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [item]);
    else list.push(item);
  }
  return groups;
}

/** A risk with what the view needs of it, computed once. */
type RiskState = {
  risk: Risk;
  score: number;
  band: RiskBand;
  open: boolean;
  overdue: boolean;
  openThen: boolean;
  overdueThen: boolean;
};

/**
 * The board view of a tenant as of month `asOf`, with the slicers applied. `today` (YYYY-MM-DD)
 * decides what is overdue; nothing here reads the clock.
 *
 * Risk counts of a month use `isOpenRiskAsOf`: risks keep no status history, so a risk counts
 * as existing at the end of a month once created (createdAt ≤ end of month), and as no longer
 * open then only if it is closed or accepted now and was last updated by then. Initiative stages
 * of a month come from the gate decisions (`stageAsOf`).
 *
 * Every entity is visited a fixed number of times: risks, metrics and status updates are each
 * read once and counted into their initiative's tally, gate decisions are grouped by initiative
 * once, so the cost grows linearly with the portfolio.
 */
export function boardView(data: TenantData, filters: BoardFilters, asOf: string, today: string): BoardView {
  monthIndex(asOf);
  if (!isDay(today)) throw new RangeError(`not a day (YYYY-MM-DD): ${today}`);
  const previous = previousMonth(asOf);
  const day = asOfDay(asOf, today);
  const previousDay = asOfDay(previous, today);
  const strategy = data.strategy;
  const weights = strategy?.prioritisationWeights ?? defaultWeights;
  const discountRate = strategy?.discountRate ?? 0;

  const scope = applyFilters(data, filters);
  const initiatives = scope.initiatives;
  const inScope = new Set(initiatives.map((i) => i.id));

  // The parts that build and drop much short-lived data come first, while little else is held.
  const duplicates = duplicateCandidates(data.initiatives, { involving: inScope });
  const steps = progression(data, asOf);
  const options = boardOptions(data);

  const risks: RiskState[] = scope.risks.map((risk) => {
    const score = inherentScore(risk);
    return {
      risk,
      score,
      band: riskBand(score),
      open: isOpenRiskAsOf(risk, asOf),
      overdue: isOverdueMitigationAsOf(risk, asOf, day),
      openThen: isOpenRiskAsOf(risk, previous),
      overdueThen: isOverdueMitigationAsOf(risk, previous, previousDay),
    };
  });
  const statusByInitiative = groupBy(scope.statusUpdates, (s) => s.initiativeId);
  const gates = gateDecisionsByInitiative(data.gateDecisions.filter((g) => inScope.has(g.initiativeId)));

  // Initiatives by stage, now and a month ago.
  const byStage = emptyStageCounts();
  const byStageThen = emptyStageCounts();
  for (const i of initiatives) {
    const decisions = gates.get(i.id) ?? [];
    const now = stageAsOf(i, decisions, asOf);
    const then = stageAsOf(i, decisions, previous);
    if (now !== null) byStage[now] += 1;
    if (then !== null) byStageThen[then] += 1;
  }

  // Open risks by band, overdue mitigations and the heatmaps.
  const bands = emptyBandCounts();
  const bandsThen = emptyBandCounts();
  let overdue = 0;
  let overdueThen = 0;
  const inherent = emptyHeatmap();
  const residual = emptyHeatmap();
  let residualUnassessed = 0;
  for (const r of risks) {
    if (r.open) {
      bands[r.band] += 1;
      inherent[r.risk.likelihood - 1][r.risk.impact - 1] += 1;
      if (r.risk.residualLikelihood !== null && r.risk.residualImpact !== null) {
        residual[r.risk.residualLikelihood - 1][r.risk.residualImpact - 1] += 1;
      } else residualUnassessed += 1;
    }
    if (r.openThen) bandsThen[r.band] += 1;
    if (r.overdue) overdue += 1;
    if (r.overdueThen) overdueThen += 1;
  }

  // Maturity: the latest assessment up to the month against the one before it.
  const assessed = assessmentsUpTo(data.assessments, asOf);
  const latestAssessment = assessed[assessed.length - 1];
  const priorAssessment = assessed[assessed.length - 2];
  const maturity: BoardMaturity = {
    latest:
      latestAssessment === undefined
        ? null
        : {
            period: latestAssessment.period,
            index: maturityIndex(latestAssessment),
            targetIndex: targetIndex(latestAssessment),
            dimensions: latestAssessment.dimensions.map((d) => ({
              dimension: d.dimension,
              label: maturityDimensionLabels[d.dimension],
              current: d.current,
              target: d.target,
              gap: d.target - d.current,
            })),
          },
    trend: assessed.map((a) => ({ period: a.period, index: maturityIndex(a), targetIndex: targetIndex(a) })),
  };

  // Alignment: the latest cycle against the one before, over the priorities in scope.
  const priorityTitles = new Map((strategy?.priorities ?? []).map((p) => [p.id, p]));
  const rankedPriorityIds = [...(strategy?.priorities ?? [])]
    .sort((a, b) => a.rank - b.rank || compareText(a.id, b.id))
    .map((p) => p.id);
  const inPriorityScope = (id: string) => filters.priority.length === 0 || filters.priority.includes(id);
  const responses = data.alignment.filter((r) => inPriorityScope(r.priorityId));
  const cycles = surveyCyclesUpTo(responses, asOf);
  const cycle = cycles[cycles.length - 1] ?? null;
  const priorCycle = cycles[cycles.length - 2] ?? null;
  const listedPriorities = rankedPriorityIds.filter(inPriorityScope);
  const alignmentRows = (c: string | null) =>
    c === null ? [] : alignmentByPriority(responses, c, listedPriorities);
  const currentAlignment = alignmentRows(cycle);
  const alignment: BoardAlignment = {
    cycle,
    index: overallAlignmentIndex(currentAlignment),
    priorities: currentAlignment.map((row) => {
      const p = priorityTitles.get(row.priorityId);
      return { ...row, title: p?.title ?? row.priorityId, rank: p?.rank ?? null };
    }),
  };
  const priorAlignmentIndex = overallAlignmentIndex(alignmentRows(priorCycle));

  // Per initiative: money now and a month ago, risks, metrics, latest status.
  const ledgerSum = new LedgerSum();
  const moneyNow: MoneyToDate[] = [];
  const moneyThen: MoneyToDate[] = [];
  const metricsStatus: Record<TrajectoryStatus, number> = {
    ahead: 0,
    "on-track": 0,
    behind: 0,
    "no-data": 0,
  };
  // Risks, metrics and check-ins are each read in one pass, in the order they are held, and
  // counted into their initiative's tally: sequential reads, no per-initiative lists.
  const position = new Map(initiatives.map((i, k) => [i.id, k]));
  const tallies = initiatives.map(() => ({
    openRisks: 0,
    exposure: 0,
    overdueMitigations: 0,
    highestOpenBand: null as RiskBand | null,
    metrics: { total: 0, onTrack: 0, behind: 0, noData: 0 },
    latestStatus: null as InitiativeRow["latestStatus"],
  }));
  for (const r of risks) {
    const k = r.risk.initiativeId === null ? undefined : position.get(r.risk.initiativeId);
    if (k === undefined) continue;
    const tally = tallies[k];
    if (r.overdue) tally.overdueMitigations += 1;
    if (!r.open) continue;
    tally.openRisks += 1;
    tally.exposure += r.score;
    tally.highestOpenBand = worseBand(tally.highestOpenBand, r.band);
  }
  for (const m of scope.metrics) {
    const k = position.get(m.initiativeId);
    if (k === undefined) continue;
    const counts = tallies[k].metrics;
    const status = trajectoryStatus(m, asOf);
    metricsStatus[status] += 1;
    counts.total += 1;
    if (status === "behind") counts.behind += 1;
    else if (status === "no-data") counts.noData += 1;
    else counts.onTrack += 1;
  }
  for (const s of scope.statusUpdates) {
    const k = position.get(s.initiativeId);
    if (k === undefined || s.period > asOf) continue;
    const tally = tallies[k];
    if (tally.latestStatus === null || s.period > tally.latestStatus.period) {
      tally.latestStatus = { period: s.period, rag: s.rag };
    }
  }
  // One ledger buffer for all initiatives: each ledger is read completely before the next.
  let buffer: Float64Array = new Float64Array(0);
  const rows: InitiativeRow[] = initiatives.map((i, k) => {
    const ledger = monthlyLedger(i, buffer);
    if (ledger.values.length > buffer.length) buffer = ledger.values;
    const money = moneyInLedger(ledger, asOf);
    ledgerSum.add(ledger);
    moneyNow.push(money);
    moneyThen.push(moneyInLedger(ledger, previous));
    const { openRisks, exposure, overdueMitigations, highestOpenBand, metrics: metricCounts, latestStatus } =
      tallies[k];
    const value = valueRealisedOfMoney(money);
    return {
      id: i.id,
      title: i.title,
      department: i.department,
      stage: i.stage,
      health: i.health,
      valueCategory: i.valueCategory,
      outcomeOwnerId: i.outcomeOwnerId,
      riskOwnerId: i.riskOwnerId,
      priorityScore: priorityScore(i.prioritisation, weights),
      costToDate: money.cost.actual,
      benefitToDate: value.actual,
      plannedBenefitToDate: value.planned,
      roi: roiOfMoney(money),
      valueRealisation: value.ratio,
      npv: npvOfLedger(ledger, discountRate),
      paybackMonth: paybackInLedger(ledger),
      openRisks,
      highestOpenBand,
      overdueMitigations,
      exposure,
      metrics: metricCounts,
      latestStatus,
    };
  });
  const portfolio = totalMoney(moneyNow);
  const portfolioThen = totalMoney(moneyThen);
  const portfolioLedger = ledgerSum.ledger();

  // Per executive owner: the money of the initiatives whose outcome they own, and their risks.
  const executives = new Map((strategy?.executives ?? []).map((e) => [e.id, e]));
  const owners = new Map<string, { row: OwnerRow; money: MoneyToDate[] }>();
  const ownerOf = (id: string) => {
    let owner = owners.get(id);
    if (owner === undefined) {
      const exec = executives.get(id);
      owner = {
        row: {
          ownerId: id,
          displayName: exec?.displayName ?? id,
          jobTitle: exec?.jobTitle ?? null,
          outcomeInitiatives: 0,
          riskInitiatives: 0,
          investmentToDate: 0,
          valuePlannedToDate: 0,
          valueRealisedToDate: 0,
          valueRealisation: null,
          roi: null,
          openRisks: 0,
          openRisksByBand: emptyBandCounts(),
          overdueMitigations: 0,
          exposure: 0,
          checkInsMissing: 0,
          checkInsLate: 0,
        },
        money: [],
      };
      owners.set(id, owner);
    }
    return owner;
  };
  initiatives.forEach((i, k) => {
    const owner = ownerOf(i.outcomeOwnerId);
    owner.row.outcomeInitiatives += 1;
    owner.money.push(moneyNow[k]);
    ownerOf(i.riskOwnerId).row.riskInitiatives += 1;
  });
  for (const r of risks) {
    const { row } = ownerOf(r.risk.ownerId);
    if (r.overdue) row.overdueMitigations += 1;
    if (!r.open) continue;
    row.openRisks += 1;
    row.openRisksByBand[r.band] += 1;
    row.exposure += r.score;
  }
  const checkIns = checkInsOf(initiatives, statusByInitiative, gates, asOf, today);
  for (const item of checkIns.missing) ownerOf(item.outcomeOwnerId).row.checkInsMissing += 1;
  for (const item of checkIns.late) ownerOf(item.outcomeOwnerId).row.checkInsLate += 1;
  for (const { row, money } of owners.values()) {
    const total = totalMoney(money);
    const value = valueRealisedOfMoney(total);
    row.investmentToDate = total.cost.actual;
    row.valuePlannedToDate = value.planned;
    row.valueRealisedToDate = value.actual;
    row.valueRealisation = value.ratio;
    row.roi = roiOfMoney(total);
  }
  const ownerRows = [...owners.values()]
    .map((o) => o.row)
    .sort(
      (a, b) =>
        b.exposure - a.exposure ||
        compareText(a.displayName, b.displayName) ||
        compareText(a.ownerId, b.ownerId),
    );

  const value = valueRealisedOfMoney(portfolio);
  const valueThen = valueRealisedOfMoney(portfolioThen);
  const kpis: BoardKpis = {
    portfolioRoi: numberKpi(roiOfMoney(portfolio), roiOfMoney(portfolioThen), previous),
    valueRealised: {
      value,
      previous: valueThen,
      delta: {
        actual: value.actual - valueThen.actual,
        planned: value.planned - valueThen.planned,
        ratio: numberDelta(value.ratio, valueThen.ratio),
      },
      comparedWith: previous,
    },
    investmentToDate: numberKpi(portfolio.cost.actual, portfolioThen.cost.actual, previous),
    initiativesByStage: {
      value: byStage,
      previous: byStageThen,
      delta: countsDelta(byStage, byStageThen),
      comparedWith: previous,
    },
    openRisksByBand: {
      value: bands,
      previous: bandsThen,
      delta: countsDelta(bands, bandsThen),
      comparedWith: previous,
    },
    overdueMitigations: numberKpi(overdue, overdueThen, previous),
    maturityIndex: numberKpi(
      maturity.latest?.index ?? null,
      priorAssessment === undefined ? null : maturityIndex(priorAssessment),
      priorAssessment?.period ?? null,
    ),
    alignmentIndex: numberKpi(alignment.index, priorAlignmentIndex, priorCycle),
  };

  // The forward path up to production; `reached` counts from the far end backwards.
  let reached = 0;
  const stageFunnel = stagePath
    .filter((s) => s !== "retired")
    .reverse()
    .map((stage) => {
      reached += byStage[stage];
      return { stage, count: byStage[stage], reached };
    })
    .reverse();

  return {
    asOf,
    today,
    currency: strategy?.currency ?? null,
    filtersApplied: { ...filters, period: asOf },
    options,
    kpis,
    finance: {
      discountRate,
      npv: npvOfLedger(portfolioLedger, discountRate),
      lifetimeRoi: plannedRoiOfMoney(moneyInLedger(portfolioLedger, null)),
      paybackMonth: paybackInLedger(portfolioLedger),
      hardOnlyRoi: roiOfMoney(portfolio, { hardOnly: true }),
      benefitsToDate: { hard: portfolio.hard, soft: portfolio.soft },
    },
    stageFunnel,
    owners: ownerRows,
    riskHeatmap: { inherent, residual, residualUnassessed },
    maturity,
    alignment,
    metricsStatus,
    valueFeasibility: initiatives.map((i, k) => ({
      id: i.id,
      title: i.title,
      ...valueFeasibility(i.prioritisation),
      priorityScore: rows[k].priorityScore,
      stage: i.stage,
      department: i.department,
    })),
    duplicates,
    progression: steps,
    checkIns,
    initiatives: [...rows].sort((a, b) => b.priorityScore - a.priorityScore || compareText(a.title, b.title)),
  };
}

/** Slicer choices from all the tenant's data, so a slicer never hides its own alternatives. */
export function boardOptions(data: TenantData): BoardOptions {
  const departments = [...new Set(data.initiatives.map((i) => i.department))].sort(compareText);
  const executives = new Map((data.strategy?.executives ?? []).map((e) => [e.id, e.displayName]));
  const ownerIds = new Set<string>();
  for (const i of data.initiatives) {
    ownerIds.add(i.outcomeOwnerId);
    ownerIds.add(i.riskOwnerId);
  }
  for (const r of data.risks) ownerIds.add(r.ownerId);
  const owners = [...ownerIds]
    .map((id) => ({ id, displayName: executives.get(id) ?? id }))
    .sort((a, b) => compareText(a.displayName, b.displayName) || compareText(a.id, b.id));
  const known = new Map((data.strategy?.priorities ?? []).map((p) => [p.id, p]));
  const priorities: BoardOptions["priorities"] = [...known.values()]
    .sort((a, b) => a.rank - b.rank || compareText(a.id, b.id))
    .map((p) => ({ id: p.id, title: p.title, rank: p.rank }));
  const unknown = new Set<string>();
  for (const i of data.initiatives) for (const p of i.priorityIds) if (!known.has(p)) unknown.add(p);
  for (const id of [...unknown].sort(compareText)) priorities.push({ id, title: id, rank: null });
  return { departments, owners, stages: [...stages], priorities };
}
