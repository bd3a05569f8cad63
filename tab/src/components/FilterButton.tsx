import { Button, makeStyles } from "@fluentui/react-components";
import { FilterRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({ button: { minWidth: 0, fontWeight: "inherit", textAlign: "start" } });

/**
 * In a chart's table, the value a chart click would filter by, as a button: the same
 * cross-filtering for keyboard and screen reader users as for the mouse on the chart.
 */
export function FilterButton({ label, slicer, onClick }: { label: string; slicer: string; onClick: () => void }) {
  const styles = useStyles();
  return (
    <Button
      appearance="transparent"
      size="small"
      icon={<FilterRegular />}
      iconPosition="after"
      className={styles.button}
      onClick={onClick}
      aria-label={`${label}: filter by this ${slicer}`}
    >
      {label}
    </Button>
  );
}
