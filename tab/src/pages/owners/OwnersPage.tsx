import { useMemo } from "react";
import { BoardFrame, type BoardPageContext } from "../../components/BoardFrame";
import { DataTable } from "../../components/DataTable";
import { FigureCard } from "../../components/KpiCard";
import { Section, SectionGrid } from "../../components/Section";
import { OwnerExposureSection, OwnerValueSection, ownerColumns } from "../board/sections/Owners";

/**
 * Every executive owner side by side. The totals add up the owners' rows, so they equal the
 * board's figures: each initiative has one outcome owner, each risk one owner.
 */
function OwnerTotals({ view, format }: BoardPageContext) {
  const totals = useMemo(
    () =>
      view.owners.reduce(
        (t, o) => ({
          investment: t.investment + o.investmentToDate,
          planned: t.planned + o.valuePlannedToDate,
          realised: t.realised + o.valueRealisedToDate,
          openRisks: t.openRisks + o.openRisks,
          overdue: t.overdue + o.overdueMitigations,
          initiatives: t.initiatives + o.outcomeInitiatives,
        }),
        { investment: 0, planned: 0, realised: 0, openRisks: 0, overdue: 0, initiatives: 0 },
      ),
    [view.owners],
  );
  const money = (v: number) => (view.currency ? format.currency(v, view.currency, { compact: true }) : format.number(v));
  const cards = [
    { label: "Initiatives owned", value: format.number(totals.initiatives) },
    { label: "Investment to date", value: money(totals.investment) },
    { label: "Value realised", value: money(totals.realised), detail: `of ${money(totals.planned)} planned to date` },
    { label: "Open risks", value: format.number(totals.openRisks) },
    { label: "Overdue mitigations", value: format.number(totals.overdue) },
  ];
  return (
    <section aria-label="Totals of all owners">
      <SectionGrid cards>
        {cards.map((c) => (
          <FigureCard key={c.label} {...c} />
        ))}
      </SectionGrid>
    </section>
  );
}

export default function OwnersPage() {
  return (
    <BoardFrame
      title="Owners"
      lead="Each executive's initiatives, money, value and risks, side by side: who owns the outcomes and who owns the risks."
    >
      {(ctx) => (
        <>
          <OwnerTotals {...ctx} />
          <Section title="Executive owners" wide description="Outcome owners answer for value; risk owners for the governance risks.">
            <DataTable
              title="Executive owners"
              columns={ownerColumns(ctx.format, ctx.view.currency)}
              rows={ctx.view.owners}
              rowKey={(o) => o.ownerId}
              minWidth={1100}
              empty="No owner in scope."
            />
          </Section>
          <SectionGrid>
            <OwnerValueSection {...ctx} />
            <OwnerExposureSection {...ctx} />
          </SectionGrid>
        </>
      )}
    </BoardFrame>
  );
}
