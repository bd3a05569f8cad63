import { BoardFrame } from "../../components/BoardFrame";
import { ProgressSection } from "../board/sections/Progress";

export default function ProgressPage() {
  return (
    <BoardFrame
      title="Progress"
      lead="The organisation's way from an AI vision to continuous reporting, in nine steps, with the evidence for each."
      showForNewTenant
    >
      {(ctx) => <ProgressSection {...ctx} />}
    </BoardFrame>
  );
}
