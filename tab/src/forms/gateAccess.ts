import { allowedMoves, decisionTypeFor } from "@domain/gates";
import type { DecisionRight } from "@domain/schemas/governance";
import type { Stage } from "@domain/schemas/initiative";
import type { Me } from "../api/types";
import { canDecide } from "./types";

/**
 * Whether the user may decide at least one move the initiative can make from its stage, by the
 * API's own rules (`allowedMoves`, `decisionTypeFor`, `canDecide`): the Accountable its decision
 * right names, or a Portfolio.Manager for moves no right governs. The gate history only narrows
 * where an on-hold initiative resumes to, and every resume is the portfolio office's, so the moves
 * without history carry the same decision types.
 */
export function canMoveStage(
  user: Pick<Me, "id" | "roles">,
  initiative: { id: string; stage: Stage },
  decisionRights: readonly Pick<DecisionRight, "decisionType" | "accountableId">[],
): boolean {
  return allowedMoves(initiative, []).some((to) =>
    canDecide(user, decisionTypeFor(initiative.stage, to), decisionRights),
  );
}
