import type { Role } from "../../api/types";

/** What the signed-in user may do with snapshots (the API checks the same on its side). */
export interface SnapshotAccess {
  /** Executives and the portfolio office see drafts; board members only what was published. */
  seesDrafts: boolean;
  /** The portfolio office drafts, narrates, publishes and corrects. */
  manages: boolean;
}

export function snapshotAccess(roles: readonly string[]): SnapshotAccess {
  const has = (role: Role) => roles.includes(role);
  return { seesDrafts: has("Executive") || has("Portfolio.Manager"), manages: has("Portfolio.Manager") };
}
