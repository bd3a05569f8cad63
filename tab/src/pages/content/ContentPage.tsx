import type { ReactNode } from "react";
import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { buildHash } from "../../routing/hashRouter";

const useStyles = makeStyles({
  page: {
    maxWidth: "72ch",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    "& p, & ul": { margin: 0 },
    "& ul": { paddingInlineStart: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
    "& h2": { margin: `${tokens.spacingVerticalM} 0 0` },
  },
  title: { margin: 0 },
  nav: { display: "flex", gap: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

/** A short page of text: about, privacy, terms — the pages the Teams app manifest links to. */
export function ContentPage({ title, updated, children }: { title: string; updated: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <article className={styles.page}>
      <Text as="h1" size={700} weight="semibold" className={styles.title}>
        {title}
      </Text>
      <Text size={200}>Last updated {updated}</Text>
      {children}
      <nav aria-label="About AI Strategy Board" className={styles.nav}>
        <Link href={buildHash("/about")}>About</Link>
        <Link href={buildHash("/privacy")}>Privacy</Link>
        <Link href={buildHash("/terms")}>Terms of use</Link>
      </nav>
    </article>
  );
}

export function H2({ children }: { children: ReactNode }) {
  return (
    <Text as="h2" size={500} weight="semibold">
      {children}
    </Text>
  );
}
