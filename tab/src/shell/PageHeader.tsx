import { makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  lead: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** A page's h1 and the sentence that says what the page is for. */
export function PageHeader({ title, lead }: { title: string; lead: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text as="h1" size={700} weight="semibold" className={styles.title}>
        {title}
      </Text>
      <Text as="p" className={styles.lead}>
        {lead}
      </Text>
    </div>
  );
}
