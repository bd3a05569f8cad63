import { BoardFrame } from "../../components/BoardFrame";
import { SectionGrid } from "../../components/Section";
import { OwnerExposureSection } from "../board/sections/Owners";
import { OverdueSection, RiskHeatmapSection } from "../board/sections/Risks";
import { RiskRegister } from "./RiskRegister";

export default function RisksPage() {
  return (
    <BoardFrame
      title="Risks"
      lead="The governance risks of the AI programme: where they sit on likelihood and impact, who owns them and which mitigations are late."
    >
      {(ctx) => (
        <>
          <RiskHeatmapSection {...ctx} />
          <SectionGrid>
            <OwnerExposureSection {...ctx} />
            <OverdueSection {...ctx} />
          </SectionGrid>
          <RiskRegister view={ctx.view} slicers={ctx.slicers} format={ctx.format} />
        </>
      )}
    </BoardFrame>
  );
}
