import type { StatusUpdate } from "@domain/schemas/statusUpdate";
import type { Me } from "../api/types";

/** GET /api/status-updates?initiativeId=. */
export type StatusUpdateItem = StatusUpdate & { etag: string };

/** Who may report an initiative's status: the portfolio office or its outcome owner (the API checks too). */
export const canReportStatus = (user: Pick<Me, "id" | "roles">, initiative: { outcomeOwnerId: string }) =>
  user.roles.includes("Portfolio.Manager") || (user.roles.includes("Executive") && initiative.outcomeOwnerId === user.id);

/** Who may edit an initiative's details: the portfolio office or its outcome owner (the API checks too). */
export const canEditInitiative = (user: Pick<Me, "id" | "roles">, initiative: { outcomeOwnerId: string }) =>
  user.roles.includes("Portfolio.Manager") || initiative.outcomeOwnerId === user.id;

/** Who may edit a risk: the portfolio office, the risk's owner or the initiative's outcome owner (the API checks too). */
export const canEditRisk = (user: Pick<Me, "id" | "roles">, risk: { ownerId: string }, initiative: { outcomeOwnerId: string }) =>
  user.roles.includes("Portfolio.Manager") || risk.ownerId === user.id || initiative.outcomeOwnerId === user.id;
