import type { Principal } from "../auth/principal";
import { canDecide } from "./permissions";
import type { BoardSnapshot, DecisionRight, SnapshotStatus } from "./schemas";

/**
 * Who may publish a board snapshot. Publishing is a Portfolio.Manager's act; when the decision
 * rights name an Accountable for "publish-snapshot", only a Portfolio.Manager who is that person
 * publishes (the rule of `canDecide`, narrowed to the portfolio office).
 */
export function canPublishSnapshot(
  principal: Principal,
  decisionRights: readonly Pick<DecisionRight, "decisionType" | "accountableId">[],
): boolean {
  return principal.roles.includes("Portfolio.Manager") && canDecide(principal, "publish-snapshot", decisionRights);
}

/** The Accountable for publishing, when the decision rights name one. */
export function publishAccountable(
  decisionRights: readonly Pick<DecisionRight, "decisionType" | "accountableId">[],
): string | undefined {
  return decisionRights.find((r) => r.decisionType === "publish-snapshot")?.accountableId;
}

/** Executives and the portfolio office see drafts; board members see what was published. */
export const canSeeDraftSnapshots = (principal: Principal) =>
  principal.roles.includes("Executive") || principal.roles.includes("Portfolio.Manager");

export function isSnapshotVisibleTo(principal: Principal, snapshot: { status: SnapshotStatus }): boolean {
  return snapshot.status !== "draft" || canSeeDraftSnapshots(principal);
}

/** The id of a month's version: deterministic, so two timers drafting one month make one draft. */
export const snapshotId = (period: string, version: number) => `${period}.v${version}`;

/** Months with a published board snapshot (a corrected month counts once), up to `upTo` if given. */
export function publishedSnapshotCount(
  snapshots: readonly Pick<BoardSnapshot, "period" | "status">[],
  upTo?: string,
): number {
  const periods = new Set<string>();
  for (const s of snapshots) if (s.status !== "draft" && (upTo === undefined || s.period <= upTo)) periods.add(s.period);
  return periods.size;
}
