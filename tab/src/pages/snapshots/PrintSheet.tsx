import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The board pack: printed, each sheet starts a new page and ends with a footer naming the
 * snapshot and its SHA-256, so any single page can be checked against the published record.
 * Where the browser supports page-margin boxes, every page also carries the hash and its number.
 */

const useStyles = makeStyles({
  sheets: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  sheet: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    "@media print": { breakBefore: "page", ":first-child": { breakBefore: "auto" } },
  },
  footer: {
    display: "none",
    "@media print": {
      display: "block",
      marginTop: tokens.spacingVerticalM,
      paddingTop: tokens.spacingVerticalXS,
      borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      fontSize: tokens.fontSizeBase100,
      color: tokens.colorNeutralForeground2,
      fontFamily: tokens.fontFamilyMonospace,
      breakInside: "avoid",
      overflowWrap: "anywhere",
    },
  },
});

export function PrintSheets({ children }: { children: ReactNode }) {
  return <div className={useStyles().sheets}>{children}</div>;
}

/** One printed page (or more, for long tables) of the pack. */
export function PrintSheet({
  label,
  footer,
  children,
}: {
  label: string;
  footer: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.sheet} aria-label={`Board pack page: ${label}`}>
      {children}
      <footer className={styles.footer}>{footer}</footer>
    </section>
  );
}

const cssString = (text: string) => `"${text.replace(/["\\]/g, "\\$&").replace(/[\r\n]+/g, " ")}"`;

/** The printed page: landscape A4, the hash bottom left and "Page n of m" bottom right. */
export function PrintPageStyle({ footer }: { footer: string }) {
  const css = `@page {
  size: A4 landscape;
  margin: 12mm 12mm 16mm;
  @bottom-left { content: ${cssString(footer)}; font: 8pt monospace; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; color: #555; }
}`;
  return <style>{css}</style>;
}
