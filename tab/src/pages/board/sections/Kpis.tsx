import { useMemo } from "react";
import { KpiCard } from "../../../components/KpiCard";
import type { BoardPageContext } from "../../../components/BoardFrame";
import { SectionGrid } from "../../../components/Section";
import { boardKpis } from "../kpis";

export function KpiCards({ view, format }: Pick<BoardPageContext, "view" | "format">) {
  const cards = useMemo(() => boardKpis(view, format), [view, format]);
  return (
    <SectionGrid cards>
      {cards.map((card) => (
        <KpiCard key={card.label} {...card} />
      ))}
    </SectionGrid>
  );
}
