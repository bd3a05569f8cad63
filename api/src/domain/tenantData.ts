import type {
  AlignmentResponse,
  DecisionRight,
  GateDecision,
  Initiative,
  MaturityAssessment,
  Risk,
  StatusUpdate,
  StrategyProfile,
  SuccessMetric,
} from "./schemas";

/**
 * Everything of one tenant that the board view is computed from. Entities as read from the store
 * may carry an extra `etag` field at runtime; the domain never reads it, and never mutates
 * anything in here (the store may share one copy between requests).
 */
export type TenantData = {
  strategy: StrategyProfile | undefined;
  initiatives: Initiative[];
  metrics: SuccessMetric[];
  risks: Risk[];
  assessments: MaturityAssessment[];
  alignment: AlignmentResponse[];
  decisionRights: DecisionRight[];
  gateDecisions: GateDecision[];
  statusUpdates: StatusUpdate[];
  /** Published board snapshots so far (a later feature: 0 until it exists). */
  publishedSnapshots: number;
};

/** A tenant with nothing in it yet. */
export function emptyTenantData(): TenantData {
  return {
    strategy: undefined,
    initiatives: [],
    metrics: [],
    risks: [],
    assessments: [],
    alignment: [],
    decisionRights: [],
    gateDecisions: [],
    statusUpdates: [],
    publishedSnapshots: 0,
  };
}
