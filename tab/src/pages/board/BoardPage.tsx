import { Button } from "@fluentui/react-components";
import { PrintRegular } from "@fluentui/react-icons";
import { BoardFrame } from "../../components/BoardFrame";
import { SectionGrid } from "../../components/Section";
import { useSlicers } from "../../routing/slicers";
import { KpiCards } from "./sections/Kpis";
import { MaturityRadarSection } from "./sections/Maturity";
import { OwnerExposureSection } from "./sections/Owners";
import { FinanceSection, InitiativesSection, StageFunnelSection, ValueFeasibilitySection } from "./sections/Portfolio";

/** The board: KPI cards with their monthly change, the key charts and the initiatives in scope. */
export default function BoardPage() {
  const { hrefFor } = useSlicers();
  return (
    <BoardFrame
      title="Board"
      lead="The AI programme at a glance: value, investment, stages, risks, maturity and leadership alignment, month on month."
      actions={
        <Button as="a" href={hrefFor("/board-pack")} icon={<PrintRegular />}>
          Board pack
        </Button>
      }
    >
      {(ctx) => (
        <>
          <KpiCards view={ctx.view} format={ctx.format} />
          <SectionGrid>
            <StageFunnelSection {...ctx} />
            <OwnerExposureSection {...ctx} />
            <FinanceSection {...ctx} />
            <MaturityRadarSection {...ctx} />
            <ValueFeasibilitySection {...ctx} />
            <InitiativesSection {...ctx} title="Initiatives in scope" />
          </SectionGrid>
        </>
      )}
    </BoardFrame>
  );
}
