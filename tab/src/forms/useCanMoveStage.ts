import { useEffect, useState } from "react";
import type { DecisionRight } from "@domain/schemas/governance";
import type { Stage } from "@domain/schemas/initiative";
import type { Me } from "../api/types";
import type { canMoveStage } from "./gateAccess";

/**
 * Whether to offer "Move stage…" (see `canMoveStage`); false until the initiative and the decision
 * rights are read.
 * The rule loads with `import()`: it is the API's gate domain, with the schemas it builds on, which
 * the initiative page should not carry to everyone who only reads it.
 */
export function useCanMoveStage(
  user: Me,
  initiative: { id: string; stage: Stage } | undefined,
  decisionRights: readonly Pick<DecisionRight, "decisionType" | "accountableId">[] | undefined,
): boolean {
  const [rule, setRule] = useState<typeof canMoveStage>();
  useEffect(() => {
    let current = true;
    void import("./gateAccess").then((m) => {
      if (current) setRule(() => m.canMoveStage);
    });
    return () => {
      current = false;
    };
  }, []);
  return (
    rule !== undefined &&
    initiative !== undefined &&
    decisionRights !== undefined &&
    rule(user, initiative, decisionRights)
  );
}
