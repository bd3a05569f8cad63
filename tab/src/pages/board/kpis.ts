import type { Stage } from "@domain/schemas/initiative";
import type { BoardView, RiskBand } from "../../api/types";
import { bandLabels, stageLabels } from "../../components/labels";
import type { KpiCardProps, KpiDeltaView } from "../../components/KpiCard";
import type { Formatters } from "../../format";

/**
 * The eight KPI cards of the board, read from BoardView.kpis: each value, its change and what it
 * is compared with. Nothing is computed here but the presentation (and sums of counts).
 */

const none = (better: KpiDeltaView["better"]): KpiDeltaView => ({ value: null, text: null, better });

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The stages shown on the card: the forward path up to production, then those set aside. */
const cardStages: readonly Stage[] = [
  "idea",
  "assessed",
  "approved-for-pilot",
  "pilot",
  "scaling",
  "production",
  "on-hold",
];
const bandsWorstFirst: readonly RiskBand[] = ["critical", "high", "medium", "low"];

export function boardKpis(view: BoardView, format: Formatters): KpiCardProps[] {
  const k = view.kpis;
  const month = (period: string | null) => (period ? format.month(period) : null);
  const money = (amount: number) =>
    view.currency ? format.currency(amount, view.currency, { compact: true }) : format.number(amount);
  const signedMoney = (amount: number) =>
    view.currency ? format.signedCurrency(amount, view.currency) : format.signedNumber(amount);
  const ratioDelta = (delta: number | null, better: KpiDeltaView["better"]): KpiDeltaView =>
    delta === null ? none(better) : { value: delta, text: format.points(delta), better };
  const countDelta = (delta: number, better: KpiDeltaView["better"]): KpiDeltaView => ({
    value: delta,
    text: format.signedNumber(delta),
    better,
  });

  const stagesNow = k.initiativesByStage.value;
  const stagesDelta = k.initiativesByStage.delta;
  const bandsNow = k.openRisksByBand.value;
  const bandsDelta = k.openRisksByBand.delta;
  const value = k.valueRealised.value;

  return [
    {
      label: "Portfolio ROI",
      value: k.portfolioRoi.value === null ? "Not measured yet" : format.percent(k.portfolioRoi.value),
      delta: ratioDelta(k.portfolioRoi.delta, "up"),
      comparedWith: month(k.portfolioRoi.comparedWith),
      detail:
        view.finance.lifetimeRoi === null
          ? "Actual benefits against actual costs to date"
          : `${format.percent(view.finance.lifetimeRoi)} planned over the whole plan`,
    },
    {
      label: "Value realised vs plan",
      value: value.ratio === null ? "Nothing planned yet" : format.percent(value.ratio),
      delta: ratioDelta(k.valueRealised.delta.ratio, "up"),
      comparedWith: month(k.valueRealised.comparedWith),
      detail: `${money(value.actual)} realised of ${money(value.planned)} planned to date`,
    },
    {
      label: "Investment to date",
      value: money(k.investmentToDate.value),
      delta: { value: k.investmentToDate.delta, text: signedMoney(k.investmentToDate.delta), better: "neutral" },
      comparedWith: month(k.investmentToDate.comparedWith),
      detail: "Actual costs of the initiatives in scope",
    },
    {
      label: "Initiatives by stage",
      value: format.number(sum(stagesNow)),
      delta: countDelta(sum(stagesDelta), "neutral"),
      comparedWith: month(k.initiativesByStage.comparedWith),
      breakdown: cardStages.map((s) => ({
        label: stageLabels[s],
        value: format.number(stagesNow[s]),
        delta: countDelta(stagesDelta[s], "neutral"),
      })),
    },
    {
      label: "Open risks",
      value: format.number(sum(bandsNow)),
      delta: countDelta(sum(bandsDelta), "down"),
      comparedWith: month(k.openRisksByBand.comparedWith),
      breakdown: bandsWorstFirst.map((b) => ({
        label: bandLabels[b],
        value: format.number(bandsNow[b]),
        delta: countDelta(bandsDelta[b], "down"),
      })),
    },
    {
      label: "Overdue mitigations",
      value: format.number(k.overdueMitigations.value),
      delta: countDelta(k.overdueMitigations.delta, "down"),
      comparedWith: month(k.overdueMitigations.comparedWith),
      detail: "Open risks whose mitigation is past its due date",
    },
    {
      label: "Maturity index",
      value: k.maturityIndex.value === null ? "Not assessed yet" : `${format.number(k.maturityIndex.value, 1)} / 100`,
      delta:
        k.maturityIndex.delta === null
          ? none("up")
          : { value: k.maturityIndex.delta, text: format.signedNumber(k.maturityIndex.delta, 1), better: "up" },
      comparedWith: k.maturityIndex.comparedWith ? `assessment of ${format.month(k.maturityIndex.comparedWith)}` : null,
      detail:
        view.maturity.latest?.targetIndex == null
          ? undefined
          : `Target ${format.number(view.maturity.latest.targetIndex, 1)} / 100`,
    },
    {
      label: "Alignment index",
      value: k.alignmentIndex.value === null ? "No survey answers yet" : format.percent(k.alignmentIndex.value),
      delta: ratioDelta(k.alignmentIndex.delta, "up"),
      comparedWith: k.alignmentIndex.comparedWith ? `survey ${k.alignmentIndex.comparedWith}` : null,
      detail: view.alignment.cycle ? `Leadership agreement on the priorities, survey ${view.alignment.cycle}` : undefined,
    },
  ];
}
