import type { Principal } from "../auth/principal";
import type { Initiative } from "./schemas/initiative";
import type { Risk } from "./schemas/risk";

/**
 * Who may change what. The route table admits roles; these rules decide per entity, on the server.
 * A Portfolio.Manager edits everything; an Executive edits the initiatives whose outcome they own,
 * the risks they own and their own survey answers; a Board.Member never writes.
 */
const isManager = (p: Principal) => p.roles.includes("Portfolio.Manager");
const isExecutive = (p: Principal) => p.roles.includes("Executive");

export const canManagePortfolio = isManager;

export const canEditInitiative = (p: Principal, i: Pick<Initiative, "outcomeOwnerId">) =>
  isManager(p) || (isExecutive(p) && i.outcomeOwnerId === p.id);

export const canEditRisk = (p: Principal, r: Pick<Risk, "ownerId">, i?: Pick<Initiative, "outcomeOwnerId">) =>
  isManager(p) || (isExecutive(p) && (r.ownerId === p.id || (i !== undefined && i.outcomeOwnerId === p.id)));

export const canAnswerSurvey = isExecutive;
