import type { Principal } from "../auth/principal";
import type { DecisionRight, DecisionType } from "./schemas/governance";
import type { Initiative } from "./schemas/initiative";
import type { Risk } from "./schemas/risk";

/**
 * Who may change what. The route table admits roles; these rules decide per entity, on the server.
 * A Portfolio.Manager edits everything; an Executive edits the initiatives whose outcome they own
 * (and their metrics and monthly check-ins), the risks they own and their own survey answers; a
 * Board.Member never writes. Stage changes follow the decision rights (`canDecide`).
 */
/** What the rules need of the caller (the tab asks them of the signed-in user too). */
type Caller = Pick<Principal, "id" | "roles">;

const isManager = (p: Caller) => p.roles.includes("Portfolio.Manager");
const isExecutive = (p: Caller) => p.roles.includes("Executive");

export const canManagePortfolio = isManager;

export const canEditInitiative = (p: Caller, i: Pick<Initiative, "outcomeOwnerId">) =>
  isManager(p) || (isExecutive(p) && i.outcomeOwnerId === p.id);

export const canEditRisk = (p: Caller, r: Pick<Risk, "ownerId">, i?: Pick<Initiative, "outcomeOwnerId">) =>
  isManager(p) || (isExecutive(p) && (r.ownerId === p.id || (i !== undefined && i.outcomeOwnerId === p.id)));

export const canAnswerSurvey = isExecutive;

/** The monthly check-in of an initiative is written by its outcome owner or the portfolio office. */
export const canReportStatus = canEditInitiative;

/** Decision rights (RACI) are kept by the portfolio office. */
export const canManageDecisionRights = isManager;

/**
 * Whether the caller may take a decision of this type: the one Accountable its decision right
 * names, or, while no right is defined for the type, a Portfolio.Manager. A decision type of null
 * (moves no decision type governs, such as putting an initiative on hold) is the portfolio
 * office's. Only someone who may write at all (Executive or Portfolio.Manager) ever decides.
 */
export function canDecide(
  p: Caller,
  decisionType: DecisionType | null,
  decisionRights: readonly Pick<DecisionRight, "decisionType" | "accountableId">[],
): boolean {
  if (!isManager(p) && !isExecutive(p)) return false;
  const right = decisionType === null ? undefined : decisionRights.find((r) => r.decisionType === decisionType);
  return right === undefined ? isManager(p) : right.accountableId === p.id;
}
