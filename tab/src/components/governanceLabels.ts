import type { EntityType } from "@domain/schemas/audit";
import type { DecisionType } from "@domain/schemas/governance";

/** How each decision type of the RACI register reads. */
export const decisionTypeLabels: Record<DecisionType, string> = {
  "approve-pilot": "Approve a pilot",
  scale: "Scale an initiative",
  "accept-high-risk": "Accept a high risk",
  "publish-snapshot": "Publish the board snapshot",
  retire: "Retire an initiative",
  reject: "Reject an initiative",
};

export const isDecisionType = (value: string): value is DecisionType => Object.hasOwn(decisionTypeLabels, value);

/** What each kind of audited entity is called in the activity log. */
export const entityTypeLabels: Record<EntityType, string> = {
  strategy: "Strategy profile",
  initiative: "Initiative",
  metric: "Success metric",
  risk: "Risk",
  maturity: "Maturity assessment",
  alignment: "Alignment answer",
  "decision-right": "Decision right",
  "gate-decision": "Gate decision",
  "status-update": "Status update",
  snapshot: "Board snapshot",
};

export const isEntityType = (value: string): value is EntityType => Object.hasOwn(entityTypeLabels, value);
