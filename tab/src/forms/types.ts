import type { StatusUpdate } from "@domain/schemas/statusUpdate";
import type { Me } from "../api/types";

/** GET /api/status-updates?initiativeId=. */
export type StatusUpdateItem = StatusUpdate & { etag: string };

/** Who may report an initiative's status: the portfolio office or its outcome owner (the API checks too). */
export const canReportStatus = (user: Pick<Me, "id" | "roles">, initiative: { outcomeOwnerId: string }) =>
  user.roles.includes("Portfolio.Manager") || (user.roles.includes("Executive") && initiative.outcomeOwnerId === user.id);
