import type { AlignmentResponse } from "@domain/schemas/alignment";
import type { AuditEvent } from "@domain/schemas/audit";
import type { Initiative } from "@domain/schemas/initiative";
import type { MaturityAssessment } from "@domain/schemas/maturity";
import type { SuccessMetric } from "@domain/schemas/metric";
import type { Risk } from "@domain/schemas/risk";
import type { Executive, StrategyProfile } from "@domain/schemas/strategy";
import type { RiskBand } from "@domain/risk";

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

export type { RiskBand };

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

/** GET /api/board: the board view, computed by the API's domain (types only). */
export type {
  AlignmentRow,
  BoardKpis,
  BoardOptions,
  BoardView,
  FunnelStage,
  InitiativeRow,
  Kpi,
  OwnerRow,
  ValueFeasibilityPoint,
} from "@domain/board";
export type { DuplicateCandidate } from "@domain/duplicates";
export type { Progression, ProgressionStep } from "@domain/progression";

/** A list endpoint that answers every item at once. */
export interface ItemList<T> {
  items: T[];
}

/** GET /api/initiatives/{id}. */
export type InitiativeDetail = Initiative & { etag: string };
/** GET /api/metrics?initiativeId=. */
export type MetricItem = SuccessMetric & { etag: string };
/** GET /api/maturity-assessments. */
export type AssessmentItem = MaturityAssessment & { etag: string };
/** GET /api/alignment-responses. */
export type AlignmentResponseItem = AlignmentResponse & { etag: string };
/** GET /api/audit?entityId=. */
export type AuditItem = AuditEvent;

/**
 * What the API derives for a risk (its band, whether it is overdue). The risk list does not send
 * it yet (see the report of issue #4); the register shows it where present, never computes it.
 */
export interface RiskDerived {
  score: number;
  band: RiskBand;
  residualScore: number | null;
  residualBand: RiskBand | null;
  open: boolean;
  overdue: boolean;
}
/** GET /api/risks?initiativeId=|ownerId=. */
export type RiskItem = Risk & { etag: string; derived?: RiskDerived };
