import type { BoardView } from "../../api/types";
import { deltaTone, type KpiCardProps } from "../../components/KpiCard";
import type { Formatters } from "../../format";
import { boardKpis } from "../board/kpis";

/**
 * The figures a meeting needs at a glance, taken from the board's own KPI cards (the values and
 * their monthly change as the snapshot froze them): nothing is recomputed here.
 */
const keyLabels = [
  "Portfolio ROI",
  "Value realised vs plan",
  "Investment to date",
  "Open risks",
  "Maturity index",
  "Alignment index",
];

export interface KeyFigure {
  label: string;
  value: string;
  /** The change in words as well as figures: "+2.1 pts vs Sep 2026, an improvement". */
  change: string;
  tone: "good" | "bad" | "neutral";
}

export function keyFigures(view: BoardView, format: Formatters, count = keyLabels.length): KeyFigure[] {
  const cards = boardKpis(view, format);
  return keyLabels
    .slice(0, count)
    .map((label) => cards.find((c) => c.label === label))
    .filter((c): c is KpiCardProps => c !== undefined)
    .map((card) => {
      const tone = deltaTone(card.delta.value, card.delta.better);
      const against = card.comparedWith ? ` vs ${card.comparedWith}` : "";
      const change =
        card.delta.text === null
          ? card.comparedWith
            ? `Not comparable with ${card.comparedWith}`
            : "Nothing to compare with yet"
          : `${card.delta.text}${against}${tone === "good" ? ", an improvement" : tone === "bad" ? ", a deterioration" : ""}`;
      return { label: card.label, value: card.value, change, tone };
    });
}
