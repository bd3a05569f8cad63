import type { Role } from "../auth/principal";
import * as alignment from "./handlers/alignment";
import * as audit from "./handlers/audit";
import * as board from "./handlers/board";
import * as decisionRights from "./handlers/decisionRights";
import * as gates from "./handlers/gates";
import * as initiatives from "./handlers/initiatives";
import * as maturity from "./handlers/maturity";
import * as metrics from "./handlers/metrics";
import * as risks from "./handlers/risks";
import * as snapshots from "./handlers/snapshots";
import * as statusUpdates from "./handlers/statusUpdates";
import * as strategy from "./handlers/strategy";
import * as system from "./handlers/system";
import type { Route } from "./route";

/** Live portfolio data: executives and the portfolio office. Board members read published snapshots only. */
const live: readonly Role[] = ["Executive", "Portfolio.Manager"];
const manager: readonly Role[] = ["Portfolio.Manager"];
/** Published board snapshots: everyone with a role (drafts stay hidden from board members). */
const snapshotReaders: readonly Role[] = ["Executive", "Portfolio.Manager", "Board.Member"];

/**
 * Every endpoint of the API, once. The Functions registration (index.ts) and the local host both
 * read this table; per-entity rules (ownership) are checked inside the handlers.
 */
export const routes: readonly Route[] = [
  { name: "health", method: "GET", path: "health", access: "public", handler: system.health },
  { name: "me", method: "GET", path: "me", access: "signed-in", handler: system.me },

  { name: "getStrategy", method: "GET", path: "strategy", access: live, handler: strategy.getStrategy },
  { name: "putStrategy", method: "PUT", path: "strategy", access: manager, handler: strategy.putStrategy },

  { name: "listInitiatives", method: "GET", path: "initiatives", access: live, handler: initiatives.listInitiatives },
  { name: "createInitiative", method: "POST", path: "initiatives", access: manager, handler: initiatives.createInitiative },
  { name: "getInitiative", method: "GET", path: "initiatives/{id}", access: live, handler: initiatives.getInitiative },
  { name: "updateInitiative", method: "PATCH", path: "initiatives/{id}", access: live, handler: initiatives.updateInitiative },
  { name: "retireInitiative", method: "POST", path: "initiatives/{id}/retire", access: manager, handler: gates.retireInitiative },
  // Stage gates: who may decide is the decision right's Accountable (see domain/permissions canDecide).
  { name: "gateInitiative", method: "POST", path: "initiatives/{id}/gate", access: live, handler: gates.gateInitiative },
  { name: "listGateDecisions", method: "GET", path: "initiatives/{id}/gates", access: live, handler: gates.listGateDecisions },
  { name: "checkGate", method: "GET", path: "initiatives/{id}/gate-check", access: live, handler: gates.checkGate },
  { name: "putStatusUpdate", method: "PUT", path: "initiatives/{id}/status-updates/{period}", access: live, handler: statusUpdates.putStatusUpdate },
  { name: "listStatusUpdates", method: "GET", path: "status-updates", access: live, handler: statusUpdates.listStatusUpdates },

  { name: "listDecisionRights", method: "GET", path: "decision-rights", access: live, handler: decisionRights.listDecisionRights },
  { name: "putDecisionRight", method: "PUT", path: "decision-rights/{decisionType}", access: manager, handler: decisionRights.putDecisionRight },

  { name: "listMetrics", method: "GET", path: "metrics", access: live, handler: metrics.listMetrics },
  { name: "createMetric", method: "POST", path: "metrics", access: live, handler: metrics.createMetric },
  { name: "getMetric", method: "GET", path: "metrics/{id}", access: live, handler: metrics.getMetric },
  { name: "updateMetric", method: "PATCH", path: "metrics/{id}", access: live, handler: metrics.updateMetric },
  { name: "deleteMetric", method: "DELETE", path: "metrics/{id}", access: live, handler: metrics.deleteMetric },
  { name: "putObservation", method: "PUT", path: "metrics/{id}/observations/{period}", access: live, handler: metrics.putObservation },
  { name: "patchObservations", method: "PATCH", path: "metrics/{id}/observations", access: live, handler: metrics.patchObservations },

  { name: "listRisks", method: "GET", path: "risks", access: live, handler: risks.listRisks },
  { name: "createRisk", method: "POST", path: "risks", access: live, handler: risks.createRisk },
  { name: "getRisk", method: "GET", path: "risks/{id}", access: live, handler: risks.getRisk },
  { name: "updateRisk", method: "PATCH", path: "risks/{id}", access: live, handler: risks.updateRisk },
  { name: "deleteRisk", method: "DELETE", path: "risks/{id}", access: manager, handler: risks.deleteRisk },

  { name: "listAssessments", method: "GET", path: "maturity-assessments", access: live, handler: maturity.listAssessments },
  { name: "createAssessment", method: "POST", path: "maturity-assessments", access: manager, handler: maturity.createAssessment },
  { name: "getAssessment", method: "GET", path: "maturity-assessments/{id}", access: live, handler: maturity.getAssessment },
  { name: "updateAssessment", method: "PATCH", path: "maturity-assessments/{id}", access: manager, handler: maturity.updateAssessment },

  { name: "listResponses", method: "GET", path: "alignment-responses", access: live, handler: alignment.listResponses },
  { name: "putResponse", method: "PUT", path: "alignment-responses/{cycle}/{priorityId}", access: ["Executive"], handler: alignment.putResponse },

  { name: "getBoard", method: "GET", path: "board", access: live, handler: board.getBoard },

  { name: "listAudit", method: "GET", path: "audit", access: live, handler: audit.listAudit },
  { name: "verifyAudit", method: "GET", path: "audit/verify", access: manager, handler: audit.verifyAudit },

  // Board snapshots: board members read what was published (never drafts, never live data).
  // The literal paths come before "snapshots/{id}" so a matcher reading in order picks them.
  { name: "listSnapshots", method: "GET", path: "snapshots", access: snapshotReaders, handler: snapshots.listSnapshots },
  { name: "createSnapshot", method: "POST", path: "snapshots", access: manager, handler: snapshots.createSnapshot },
  { name: "compareSnapshots", method: "GET", path: "snapshots/compare", access: snapshotReaders, handler: snapshots.compareSnapshots },
  { name: "verifySnapshots", method: "GET", path: "snapshots/verify", access: snapshotReaders, handler: snapshots.verifySnapshots },
  { name: "getSnapshot", method: "GET", path: "snapshots/{id}", access: snapshotReaders, handler: snapshots.getSnapshot },
  { name: "updateSnapshot", method: "PATCH", path: "snapshots/{id}", access: manager, handler: snapshots.updateSnapshot },
  { name: "publishSnapshot", method: "POST", path: "snapshots/{id}/publish", access: manager, handler: snapshots.publishSnapshot },
  { name: "supersedeSnapshot", method: "POST", path: "snapshots/{id}/supersede", access: manager, handler: snapshots.supersedeSnapshot },
];
