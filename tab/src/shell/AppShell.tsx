import { lazy, Suspense } from "react";
import { Spinner } from "@fluentui/react-components";
import { CenteredPanel } from "./CenteredPanel";

/**
 * The shell (header, navigation, pages) loads after sign-in, in its own chunk: the first screen a
 * visitor sees is the sign-in, and the navigation drawer, menus and dropdowns need not be part of
 * what the browser loads before it.
 */
const Shell = lazy(() => import("./Shell"));

export function AppShell() {
  return (
    <Suspense
      fallback={
        <CenteredPanel maxWidth={360}>
          <Spinner label="Opening AI Strategy Board…" />
        </CenteredPanel>
      }
    >
      <Shell />
    </Suspense>
  );
}
