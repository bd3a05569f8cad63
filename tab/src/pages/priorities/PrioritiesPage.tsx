import { BoardFrame } from "../../components/BoardFrame";
import { SectionGrid } from "../../components/Section";
import { DuplicatesSection, StageFunnelSection, ValueFeasibilitySection } from "../board/sections/Portfolio";

export default function PrioritiesPage() {
  return (
    <BoardFrame
      title="Priorities"
      lead="Which use cases to back: value against feasibility, how far each stage has come, and investments that may be duplicated across departments."
    >
      {(ctx) => (
        <SectionGrid>
          <ValueFeasibilitySection {...ctx} />
          <StageFunnelSection {...ctx} />
          <DuplicatesSection {...ctx} />
        </SectionGrid>
      )}
    </BoardFrame>
  );
}
