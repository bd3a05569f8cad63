import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import {
  bundleIcon,
  BriefcaseFilled,
  BriefcaseRegular,
  BuildingFilled,
  BuildingRegular,
  CompassNorthwestFilled,
  CompassNorthwestRegular,
  DataBarVerticalStarFilled,
  DataBarVerticalStarRegular,
  DocumentBulletListClockFilled,
  DocumentBulletListClockRegular,
  DocumentFilled,
  DocumentRegular,
  GaugeFilled,
  GaugeRegular,
  GavelFilled,
  GavelRegular,
  HistoryFilled,
  HistoryRegular,
  PeopleTeamFilled,
  PeopleTeamRegular,
  PersonFilled,
  PersonRegular,
  ShieldErrorFilled,
  ShieldErrorRegular,
  TargetArrowFilled,
  TargetArrowRegular,
  TaskListLtrFilled,
  TaskListLtrRegular,
  type FluentIcon,
} from "@fluentui/react-icons";
import type { Role } from "../api/types";
import { pageTitles } from "./pageTitles";

/**
 * The pages of the shell, in navigation order, and the app roles that may open each. Every page
 * is its own chunk (`React.lazy`): pages and their charts never grow the initial bundle.
 */
export interface PageDefinition {
  id: string;
  path: string;
  title: string;
  icon: FluentIcon;
  /** The roles that may open the page; "any" is every signed-in user. */
  roles: readonly Role[] | "any";
  /** Listed in the navigation (the drill-through and content pages are reached by link). */
  nav: boolean;
  /** Links to the page carry the board's slicers. */
  slicers: boolean;
  /** For pages with a parameter in the path (`/initiatives/<id>`). */
  matches?: (path: string) => boolean;
  Component: LazyExoticComponent<ComponentType>;
}

const live: readonly Role[] = ["Executive", "Portfolio.Manager"];

function page(
  id: string,
  path: string,
  icon: FluentIcon,
  load: () => Promise<{ default: ComponentType }>,
  options: Partial<Pick<PageDefinition, "roles" | "nav" | "slicers" | "matches" | "title">> = {},
): PageDefinition {
  return {
    id,
    path,
    title: options.title ?? pageTitles[path] ?? id,
    icon,
    roles: options.roles ?? live,
    nav: options.nav ?? true,
    slicers: options.slicers ?? true,
    matches: options.matches,
    Component: lazy(load),
  };
}

const portfolioPage = () =>
  import("../pages/portfolio/PortfolioPage").then((m) => ({ default: m.PortfolioRoute }));
const snapshotsPage = () =>
  import("../pages/snapshots/SnapshotsPage").then((m) => ({ default: m.SnapshotsPage }));
const documentIcon = bundleIcon(DocumentFilled, DocumentRegular);

export const pages: readonly PageDefinition[] = [
  page("board", "/board", bundleIcon(DataBarVerticalStarFilled, DataBarVerticalStarRegular), () => import("../pages/board/BoardPage")),
  page("my-area", "/my-area", bundleIcon(PersonFilled, PersonRegular), () => import("../pages/my-area/MyAreaPage"), {
    slicers: false,
  }),
  page("portfolio", "/portfolio", bundleIcon(BriefcaseFilled, BriefcaseRegular), portfolioPage, { slicers: false }),
  page("owners", "/owners", bundleIcon(PeopleTeamFilled, PeopleTeamRegular), () => import("../pages/owners/OwnersPage")),
  page("risks", "/risks", bundleIcon(ShieldErrorFilled, ShieldErrorRegular), () => import("../pages/risks/RisksPage")),
  page("maturity", "/maturity", bundleIcon(GaugeFilled, GaugeRegular), () => import("../pages/maturity/MaturityPage")),
  page("alignment", "/alignment", bundleIcon(BuildingFilled, BuildingRegular), () => import("../pages/alignment/AlignmentPage")),
  page("priorities", "/priorities", bundleIcon(TargetArrowFilled, TargetArrowRegular), () => import("../pages/priorities/PrioritiesPage")),
  page("progress", "/progress", bundleIcon(TaskListLtrFilled, TaskListLtrRegular), () => import("../pages/progress/ProgressPage")),
  page("strategy", "/strategy", bundleIcon(CompassNorthwestFilled, CompassNorthwestRegular), () => import("../pages/strategy/StrategyPage"), {
    slicers: false,
  }),
  page("decision-rights", "/decision-rights", bundleIcon(GavelFilled, GavelRegular), () => import("../pages/decision-rights/DecisionRightsPage"), {
    slicers: false,
  }),
  page("activity", "/activity", bundleIcon(HistoryFilled, HistoryRegular), () => import("../pages/activity/ActivityPage"), {
    slicers: false,
  }),
  page("snapshots", "/snapshots", bundleIcon(DocumentBulletListClockFilled, DocumentBulletListClockRegular), snapshotsPage, {
    roles: ["Executive", "Portfolio.Manager", "Board.Member"],
    slicers: false,
    // The months, one month's snapshot (`/snapshots/<id>`) and the comparison (`/snapshots/compare`).
    matches: (path) => path === "/snapshots" || /^\/snapshots\/[^/]+$/.test(path),
  }),
  page("board-pack", "/board-pack", documentIcon, () => import("../pages/board-pack/BoardPackPage"), { nav: false }),
  page("initiative", "/initiatives", documentIcon, () => import("../pages/initiative/InitiativePage"), {
    nav: false,
    title: "Initiative",
    matches: (path) => /^\/initiatives\/[^/]+$/.test(path),
  }),
  page("config", "/config", documentIcon, () => import("../pages/config/ConfigPage"), {
    roles: "any",
    nav: false,
    slicers: false,
    title: "Set up this tab",
  }),
  page("about", "/about", documentIcon, () => import("../pages/content/AboutPage"), { roles: "any", nav: false, slicers: false }),
  page("privacy", "/privacy", documentIcon, () => import("../pages/content/PrivacyPage"), { roles: "any", nav: false, slicers: false }),
  page("terms", "/terms", documentIcon, () => import("../pages/content/TermsPage"), { roles: "any", nav: false, slicers: false }),
];

export function mayOpen(page: PageDefinition, roles: readonly string[]): boolean {
  return page.roles === "any" || page.roles.some((r) => roles.includes(r));
}

/** The navigation of a user with these roles (the API enforces the same rules on its side). */
export function pagesFor(roles: readonly string[]): PageDefinition[] {
  return pages.filter((p) => p.nav && mayOpen(p, roles));
}

/** The page a path shows. */
export function pageAt(path: string): PageDefinition | undefined {
  return pages.find((p) => (p.matches ? p.matches(path) : p.path === path));
}
