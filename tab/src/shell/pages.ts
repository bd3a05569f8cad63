import type { ComponentType } from "react";
import {
  bundleIcon,
  BriefcaseFilled,
  BriefcaseRegular,
  DocumentBulletListClockFilled,
  DocumentBulletListClockRegular,
  type FluentIcon,
} from "@fluentui/react-icons";
import type { Role } from "../api/types";
import { PortfolioPage, portfolioPath } from "../pages/portfolio/PortfolioPage";
import { SnapshotsPage, snapshotsPath } from "../pages/snapshots/SnapshotsPage";

/** The pages of the shell, in navigation order, and the app roles that may open each. */
export interface PageDefinition {
  id: string;
  path: string;
  title: string;
  icon: FluentIcon;
  roles: readonly Role[];
  Component: ComponentType;
}

export const pages: readonly PageDefinition[] = [
  {
    id: "portfolio",
    path: portfolioPath,
    title: "Portfolio",
    icon: bundleIcon(BriefcaseFilled, BriefcaseRegular),
    roles: ["Executive", "Portfolio.Manager"],
    Component: PortfolioPage,
  },
  {
    id: "snapshots",
    path: snapshotsPath,
    title: "Board snapshots",
    icon: bundleIcon(DocumentBulletListClockFilled, DocumentBulletListClockRegular),
    roles: ["Board.Member"],
    Component: SnapshotsPage,
  },
];

/** The pages a user with these roles may see (the API enforces the same rules on its side). */
export function pagesFor(roles: readonly string[]): PageDefinition[] {
  return pages.filter((p) => p.roles.some((r) => roles.includes(r)));
}
