import type { Initiative } from "@domain/schemas/initiative";
import type { Executive, StrategyProfile } from "@domain/schemas/strategy";

/**
 * The shapes the tab reads from the API. Entity fields come from the API's domain schemas
 * (types only, nothing of the API is bundled); response envelopes are declared here.
 */

/** The API's app roles (Entra ID app role values). */
export type Role = "Executive" | "Portfolio.Manager" | "Board.Member";

/** GET /api/me: the signed-in user as the API sees them (from the verified token). */
export interface Me {
  id: string;
  name: string;
  tenantId: string;
  roles: Role[];
}

export type RiskBand = "low" | "medium" | "high" | "critical";

/** One row of GET /api/initiatives: the list fields plus the derived figures. */
export type InitiativeListItem = Pick<
  Initiative,
  | "id"
  | "title"
  | "department"
  | "stage"
  | "health"
  | "outcomeOwnerId"
  | "riskOwnerId"
  | "valueCategory"
  | "priorityIds"
> & {
  etag: string;
  derived: {
    /** (benefits − costs) / costs, as a ratio; null while there are no costs. */
    roi: number | null;
    /** Actual-to-date / planned-to-date benefits, as a ratio; null before anything is planned. */
    valueRealisation: number | null;
    /** 0–100. */
    priorityScore: number;
    openRisks: number;
    highestOpenBand: RiskBand | null;
  };
};

/** A page of a list endpoint; pass `continuationToken` back for the next page. */
export interface Page<T> {
  items: T[];
  continuationToken: string | null;
  /** How many items the whole list holds, when the endpoint says. */
  total?: number;
}

export type Strategy = StrategyProfile & { etag?: string };
export type { Executive };
