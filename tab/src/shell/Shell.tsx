import { useEffect, useState, type MouseEvent } from "react";
import {
  Button,
  Hamburger,
  makeStyles,
  NavDrawer,
  NavDrawerBody,
  NavItem,
  Text,
  tokens,
} from "@fluentui/react-components";
import { CompassNorthwestRegular, PersonProhibitedRegular, SparkleFilled } from "@fluentui/react-icons";
import { useSession } from "../auth/AuthGate";
import { buildHash, navigate, useRoute } from "../routing/hashRouter";
import { useMediaQuery } from "../useMediaQuery";
import { EmptyState } from "./EmptyState";
import { pages, pagesFor, type PageDefinition } from "./pages";
import { UserMenu } from "./UserMenu";

const useStyles = makeStyles({
  root: {
    height: "100%",
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr)",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    gridTemplateAreas: `"header header" "nav main"`,
    backgroundColor: tokens.colorNeutralBackground3,
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
  nav: { gridArea: "nav", height: "100%" },
  main: {
    gridArea: "main",
    overflow: "auto",
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    ":focus": { outline: "none" },
    "@media (max-width: 720px)": { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  },
});

function PageContent({ page, visible }: { page: PageDefinition | undefined; visible: PageDefinition[] }) {
  const home = visible[0];
  if (!home) {
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
  if (!page || !visible.includes(page)) {
    return (
      <EmptyState
        icon={<CompassNorthwestRegular />}
        title={page ? "This page is not part of your role" : "Page not found"}
        headingLevel={1}
        actions={
          <Button appearance="primary" as="a" href={buildHash(home.path)}>
            Go to {home.title}
          </Button>
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
  return <page.Component />;
}

/** Header, navigation by role, and the current page. */
export function AppShell() {
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

  const page = pages.find((p) => p.path === route.path);

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
              <NavItem key={p.id} value={p.id} href={buildHash(p.path)} icon={<p.icon />}>
                {p.title}
              </NavItem>
            ))}
          </NavDrawerBody>
        </NavDrawer>
      )}
      <main id="main" className={styles.main} tabIndex={-1}>
        {atRoot && home ? null : <PageContent page={page} visible={visible} />}
      </main>
    </div>
  );
}
