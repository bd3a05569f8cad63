import type { DecisionType } from "../domain/schemas";
import { decisionRightInput, decisionTypes } from "../domain/schemas";
import type { Month } from "./calendar";
import { timestampIn } from "./calendar";
import type { Cast, PersonaKey } from "./personas";
import type { DemoTenant } from "./types";
import { validated } from "./validate";

type Raci = {
  accountable: PersonaKey;
  responsible: PersonaKey[];
  consulted: PersonaKey[];
  informed: PersonaKey[];
};

/** Who decides what: exactly one Accountable per decision type, and nobody in two roles of one decision. */
const decisionRaci: Record<DecisionType, Raci> = {
  "approve-pilot": {
    accountable: "cdao",
    responsible: ["cio"],
    consulted: ["cfo", "ciso"],
    informed: ["ceo"],
  },
  scale: {
    accountable: "ceo",
    responsible: ["cdao"],
    consulted: ["cfo", "ciso", "coo"],
    informed: ["board"],
  },
  "accept-high-risk": {
    accountable: "ciso",
    responsible: ["cdao"],
    consulted: ["cio", "chro"],
    informed: ["ceo", "board"],
  },
  "publish-snapshot": {
    accountable: "cio",
    responsible: ["cdao"],
    consulted: ["cfo", "ceo"],
    informed: ["board"],
  },
  retire: { accountable: "coo", responsible: ["cio"], consulted: ["cdao"], informed: ["cfo"] },
  reject: { accountable: "cdao", responsible: ["cio"], consulted: ["cfo"], informed: ["ceo"] },
};

/** One decision right per decision type, set up when the board was adopted, a year before asOf. */
export function decisionRightRecords(
  cast: Cast,
  asOf: Month,
  createdBy: string,
): DemoTenant["decisionRights"] {
  const ids = (keys: readonly PersonaKey[]) => keys.map((key) => cast[key].id);
  return decisionTypes.map((decisionType, k) => {
    const raci = decisionRaci[decisionType];
    return {
      // The decision type is the id, as PUT /api/decision-rights/{decisionType} writes it.
      id: decisionType,
      createdAt: timestampIn(asOf - 12, 2, 10 * 60 + k * 5),
      createdBy,
      input: validated(
        decisionRightInput,
        {
          decisionType,
          accountableId: cast[raci.accountable].id,
          responsibleIds: ids(raci.responsible),
          consultedIds: ids(raci.consulted),
          informedIds: ids(raci.informed),
        },
        `decision right ${decisionType}`,
      ),
    };
  });
}
