import type { StatusUpdate } from "@domain/schemas/statusUpdate";

/** GET /api/status-updates?initiativeId=. */
export type StatusUpdateItem = StatusUpdate & { etag: string };

/**
 * Who may do what: the API's own rules (domain/permissions), so the tab offers exactly what the
 * API will accept. The API checks again on every request.
 */
export {
  canDecide,
  canEditInitiative,
  canEditRisk,
  canManagePortfolio as canCreateInitiative,
  canReportStatus,
} from "@domain/permissions";

