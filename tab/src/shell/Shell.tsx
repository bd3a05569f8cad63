import { Suspense, useEffect, useState, type MouseEvent } from "react";
import {
  Button,
  Hamburger,
  makeStyles,
  NavDrawer,
  NavDrawerBody,
  NavItem,
  SkeletonItem,
  Text,
  tokens,
} from "@fluentui/react-components";
import { CompassNorthwestRegular, PersonProhibitedRegular, SparkleFilled } from "@fluentui/react-icons";
import { useSession } from "../auth/AuthGate";
import { buildHash, navigate, useRoute } from "../routing/hashRouter";
import { hrefWithSlicers, slicersFromQuery } from "../routing/slicers";
import { useMediaQuery } from "../useMediaQuery";
import { EmptyState } from "./EmptyState";
import { mayOpen, pageAt, pagesFor, type PageDefinition } from "./pages";
import { PageErrorBoundary } from "./PageErrorBoundary";
import { UserMenu } from "./UserMenu";

const useStyles = makeStyles({
  root: {
    height: "100%",
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr)",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    gridTemplateAreas: `"header header" "nav main"`,
    backgroundColor: tokens.colorNeutralBackground3,
    "@media print": { display: "block", height: "auto", backgroundColor: "transparent" },
  },
  skip: {
    position: "absolute",
    left: tokens.spacingHorizontalS,
    top: "-48px",
    zIndex: 1,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    borderRadius: tokens.borderRadiusMedium,
    ":focus": {
      top: tokens.spacingVerticalS,
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  header: {
    gridArea: "header",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    minHeight: "48px",
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media print": { display: "none" },
  },
  mark: {
    display: "grid",
    placeItems: "center",
    width: "28px",
    height: "28px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: "18px",
  },
  product: { flexGrow: 1 },
  nav: { gridArea: "nav", height: "100%", "@media print": { display: "none" } },
  main: {
    gridArea: "main",
    overflow: "auto",
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    ":focus": { outline: "none" },
    "@media (max-width: 720px)": { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
    "@media print": { overflow: "visible", padding: 0 },
  },
  loading: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

function PageLoading() {
  const styles = useStyles();
  return (
    <div className={styles.loading} aria-busy aria-label="Loading the page">
      <SkeletonItem size={32} style={{ width: "30%" }} />
      <SkeletonItem shape="rectangle" style={{ height: 56 }} />
      <SkeletonItem shape="rectangle" style={{ height: 240 }} />
    </div>
  );
}

interface PageContentProps {
  page: PageDefinition | undefined;
  visible: PageDefinition[];
  roles: readonly string[];
}

function PageContent({ page, visible, roles }: PageContentProps) {
  const home = visible[0];
  // Without a role, only the pages for everyone (about, privacy, terms) open.
  if (!home && page?.roles !== "any") {
    return (
      <EmptyState
        icon={<PersonProhibitedRegular />}
        title="You have no role in AI Strategy Board yet"
        headingLevel={1}
      >
        <Text as="p">
          What you can see here depends on your role: Executive, Portfolio manager or Board member. Ask your
          Teams administrator to assign you one, then open the tab again.
        </Text>
      </EmptyState>
    );
  }
  if (!page || !mayOpen(page, roles)) {
    return (
      <EmptyState
        icon={<CompassNorthwestRegular />}
        title={page ? "This page is not part of your role" : "Page not found"}
        headingLevel={1}
        actions={
          home && (
            <Button appearance="primary" as="a" href={buildHash(home.path)}>
              Go to {home.title}
            </Button>
          )
        }
      >
        <Text as="p">
          {page
            ? `${page.title} is for other roles. Your pages are listed in the navigation.`
            : "The link may be old or mistyped. Your pages are listed in the navigation."}
        </Text>
      </EmptyState>
    );
  }
  return (
    <PageErrorBoundary key={page.id}>
      <Suspense fallback={<PageLoading />}>
        <page.Component />
      </Suspense>
    </PageErrorBoundary>
  );
}

/** Header, navigation by role, and the current page. */
export default function Shell() {
  const styles = useStyles();
  const { user } = useSession();
  const route = useRoute();
  const visible = pagesFor(user.roles);
  const home = visible[0];
  const narrow = useMediaQuery("(max-width: 720px)");
  const [drawerOpen, setDrawerOpen] = useState(false);

  // An empty hash ("/") opens the user's first page; replace, so Back does not return to "/".
  const atRoot = route.path === "/";
  useEffect(() => {
    if (atRoot && home) navigate(buildHash(home.path), { replace: true });
  }, [atRoot, home]);

  const page = pageAt(route.path);
  // Links between board pages keep the slicers, as Power BI keeps a report's filters.
  const slicers = slicersFromQuery(route.query);

  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById("main")?.focus();
  };

  return (
    <div className={styles.root}>
      <a href="#main" className={styles.skip} onClick={skipToMain}>
        Skip to main content
      </a>
      <header className={styles.header}>
        {narrow && visible.length > 0 && (
          <Hamburger
            aria-label="Open navigation"
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <span className={styles.mark} aria-hidden>
          <SparkleFilled />
        </span>
        <Text weight="semibold" size={400} className={styles.product}>
          AI Strategy Board
        </Text>
        <UserMenu />
      </header>
      {visible.length > 0 && (
        <NavDrawer
          aria-label="Pages"
          className={styles.nav}
          type={narrow ? "overlay" : "inline"}
          open={!narrow || drawerOpen}
          onOpenChange={(_, data) => setDrawerOpen(data.open)}
          selectedValue={page?.id ?? ""}
          onNavItemSelect={() => setDrawerOpen(false)}
        >
          <NavDrawerBody>
            {visible.map((p) => (
              <NavItem
                key={p.id}
                value={p.id}
                href={p.slicers ? hrefWithSlicers(p.path, slicers) : buildHash(p.path)}
                icon={<p.icon />}
              >
                {p.title}
              </NavItem>
            ))}
          </NavDrawerBody>
        </NavDrawer>
      )}
      <main id="main" className={styles.main} tabIndex={-1}>
        {atRoot && home ? null : <PageContent page={page} visible={visible} roles={user.roles} />}
      </main>
    </div>
  );
}
