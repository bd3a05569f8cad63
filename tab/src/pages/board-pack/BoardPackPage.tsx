import type { ReactNode } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular, PrintRegular } from "@fluentui/react-icons";
import { BoardFrame } from "../../components/BoardFrame";
import { useSlicers } from "../../routing/slicers";
import { AlignmentSection } from "../board/sections/Alignment";
import { KpiCards } from "../board/sections/Kpis";
import { MaturityGapsSection, MaturityRadarSection, MaturityTrendSection } from "../board/sections/Maturity";
import { OwnerExposureSection, OwnerValueSection } from "../board/sections/Owners";
import {
  DuplicatesSection,
  FinanceSection,
  InitiativesSection,
  StageFunnelSection,
  ValueFeasibilitySection,
} from "../board/sections/Portfolio";
import { ProgressSection } from "../board/sections/Progress";
import { OverdueSection, RiskHeatmapSection } from "../board/sections/Risks";

const useStyles = makeStyles({
  pack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  // One topic per printed page.
  sheet: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    "@media print": { breakBefore: "page", ":first-child": { breakBefore: "auto" } },
  },
});

function Sheet({ children }: { children: ReactNode }) {
  return <div className={useStyles().sheet}>{children}</div>;
}

/**
 * Every section of the board on one page, for printing (or saving as PDF) as the monthly board
 * pack: the print stylesheet hides the navigation and puts each topic on its own page.
 */
export default function BoardPackPage() {
  const styles = useStyles();
  const { hrefFor } = useSlicers();
  return (
    <BoardFrame
      title="Board pack"
      lead="Every section of the board for the slicers chosen, one topic per printed page."
      actions={
        <>
          <Button as="a" href={hrefFor("/board")} appearance="subtle" icon={<ArrowLeftRegular />}>
            Back to Board
          </Button>
          <Button appearance="primary" icon={<PrintRegular />} onClick={() => window.print()}>
            Print board pack
          </Button>
        </>
      }
    >
      {(ctx) => (
        <div className={styles.pack}>
          <Sheet>
            <KpiCards view={ctx.view} format={ctx.format} />
            <FinanceSection {...ctx} />
          </Sheet>
          <Sheet>
            <StageFunnelSection {...ctx} />
            <ValueFeasibilitySection {...ctx} />
          </Sheet>
          <Sheet>
            <OwnerValueSection {...ctx} />
            <OwnerExposureSection {...ctx} />
          </Sheet>
          <Sheet>
            <RiskHeatmapSection {...ctx} />
            <OverdueSection {...ctx} />
          </Sheet>
          <Sheet>
            <MaturityRadarSection {...ctx} />
            <MaturityTrendSection {...ctx} />
            <MaturityGapsSection {...ctx} />
          </Sheet>
          <Sheet>
            <AlignmentSection {...ctx} />
          </Sheet>
          <Sheet>
            <DuplicatesSection {...ctx} />
            <ProgressSection {...ctx} />
          </Sheet>
          <Sheet>
            <InitiativesSection {...ctx} title="Initiatives in scope" pageSize={50} />
          </Sheet>
        </div>
      )}
    </BoardFrame>
  );
}
