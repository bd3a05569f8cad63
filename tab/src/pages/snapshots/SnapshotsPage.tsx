import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { DocumentBulletListClockRegular } from "@fluentui/react-icons";
import { EmptyState } from "../../shell/EmptyState";
import { PageHeader } from "../../shell/PageHeader";

export const snapshotsPath = "/snapshots";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, textAlign: "start" },
});

/**
 * Board members read the monthly board snapshots here. Publishing snapshots is not built yet,
 * so there is never one to list: the page says so, and what a snapshot will hold.
 */
export function SnapshotsPage() {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <PageHeader
        title="Board snapshots"
        lead="The monthly, frozen record of the AI programme that the board reads and compares."
      />
      <EmptyState icon={<DocumentBulletListClockRegular />} title="No snapshot has been published yet">
        <Text as="p">
          Each month the portfolio office publishes a board snapshot. Once the first one is published it
          appears here, newest first, and each one shows:
        </Text>
        <ul className={styles.list}>
          <li>
            the programme's headline figures: ROI, value realised against plan, investment, open risks by
            band;
          </li>
          <li>initiatives by stage, AI maturity against target and how aligned the leadership is;</li>
          <li>what changed since the previous month.</li>
        </ul>
        <Text as="p">
          A published snapshot is never edited: a correction is published as a new version, so the board
          always sees what it was shown at the time.
        </Text>
      </EmptyState>
    </div>
  );
}
