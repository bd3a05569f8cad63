import type { z } from "zod";
import type {
  alignmentResponseInput,
  decisionRightInput,
  initiativeInput,
  maturityAssessmentInput,
  riskInput,
  statusUpdateInput,
  strategyProfileInput,
  successMetricInput,
} from "../domain/schemas";
import type { Persona } from "./personas";

/** Each `…Data` is what its input schema's `.parse` returns (defaults filled in). */
export type StrategyData = z.output<typeof strategyProfileInput>;
export type InitiativeData = z.output<typeof initiativeInput>;
export type SuccessMetricData = z.output<typeof successMetricInput>;
/** A demo risk always names its owner, also where the API would default it from the initiative. */
export type RiskData = z.output<typeof riskInput> & { ownerId: string };
export type MaturityAssessmentData = z.output<typeof maturityAssessmentInput>;
export type AlignmentResponseData = z.output<typeof alignmentResponseInput>;
export type DecisionRightData = z.output<typeof decisionRightInput>;
export type StatusUpdateData = z.output<typeof statusUpdateInput>;

/**
 * One entity to be stored: its id, who created it and when (within the 12 months before asOf),
 * and the validated input. The store adds tenantId and updatedAt/By (= createdAt/By for seed data).
 */
export type SeedRecord<T> = {
  id: string;
  createdAt: string;
  createdBy: string;
  input: T;
};

export type DemoTenantOptions = {
  tenantId: string;
  /** The current month, YYYY-MM: actuals, observations and check-ins run up to it. */
  asOf: string;
  /** Absent: the hand-crafted portfolio of 40. A number: that many, built from the same templates. */
  initiatives?: number;
  /** A 32-bit unsigned integer; the same seed gives the same tenant. */
  seed?: number;
};

export type DemoTenant = {
  tenantId: string;
  asOf: string;
  seed: number;
  /** The eight executives, then the board member. */
  personas: Persona[];
  /** One per tenant, so without an id of its own. */
  strategy: Omit<SeedRecord<StrategyData>, "id">;
  initiatives: SeedRecord<InitiativeData>[];
  metrics: SeedRecord<SuccessMetricData>[];
  risks: SeedRecord<RiskData>[];
  assessments: SeedRecord<MaturityAssessmentData>[];
  /** The executive is the signed-in caller when answering, so it sits beside the input. */
  alignment: (SeedRecord<AlignmentResponseData> & { executiveId: string })[];
  decisionRights: SeedRecord<DecisionRightData>[];
  statusUpdates: SeedRecord<StatusUpdateData>[];
};
