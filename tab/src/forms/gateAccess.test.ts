import { describe, expect, it } from "vitest";
import type { Role } from "../api/types";
import { canMoveStage } from "./gateAccess";
import { canDecide } from "./types";

const person = (id: string, ...roles: Role[]) => ({ id, name: id, tenantId: "t", roles });
const manager = person("cio", "Executive", "Portfolio.Manager");
const ceo = person("ceo", "Executive");
const coo = person("coo", "Executive");
const owner = person("cfo", "Executive");
const boardMember = person("chair", "Board.Member");

/** As the demo company has them: the CEO decides scaling, the COO retiring, the CDAO approving pilots and rejecting. */
const rights = [
  { decisionType: "approve-pilot", accountableId: "cdao" },
  { decisionType: "scale", accountableId: "ceo" },
  { decisionType: "retire", accountableId: "coo" },
  { decisionType: "reject", accountableId: "cdao" },
] as const;
const scaleOnly = [{ decisionType: "scale", accountableId: "ceo" }] as const;

describe("canMoveStage", () => {
  it("offers the move to an executive the decision rights make Accountable, though not the outcome owner", () => {
    // From pilot the next step is scaling: the CEO's decision.
    expect(canMoveStage(ceo, { id: "i-1", stage: "pilot" }, scaleOnly)).toBe(true);
    expect(canMoveStage(ceo, { id: "i-1", stage: "scaling" }, scaleOnly)).toBe(true);
  });

  it("does not offer it to that executive where no move is theirs to decide", () => {
    // From an idea the moves are assessing, holding (the portfolio office's) and rejecting or retiring.
    expect(canMoveStage(ceo, { id: "i-1", stage: "idea" }, rights)).toBe(false);
    expect(canMoveStage(ceo, { id: "i-1", stage: "on-hold" }, rights)).toBe(false);
  });

  it("does not offer it to the outcome owner for being the owner", () => {
    expect(canMoveStage(owner, { id: "i-1", stage: "pilot" }, rights)).toBe(false);
  });

  it("offers retiring to its Accountable from every open stage, and nothing once closed", () => {
    expect(canMoveStage(coo, { id: "i-1", stage: "idea" }, rights)).toBe(true);
    expect(canMoveStage(coo, { id: "i-1", stage: "on-hold" }, rights)).toBe(true);
    expect(canMoveStage(coo, { id: "i-1", stage: "retired" }, rights)).toBe(false);
    expect(canMoveStage(coo, { id: "i-1", stage: "rejected" }, rights)).toBe(false);
  });

  it("offers the portfolio office the moves no decision right governs, and none once closed", () => {
    expect(canMoveStage(manager, { id: "i-1", stage: "idea" }, rights)).toBe(true);
    expect(canMoveStage(manager, { id: "i-1", stage: "on-hold" }, rights)).toBe(true);
    expect(canMoveStage(manager, { id: "i-1", stage: "retired" }, rights)).toBe(false);
  });

  it("never offers it to a board member, even one a decision right names", () => {
    expect(
      canMoveStage(boardMember, { id: "i-1", stage: "pilot" }, [
        { decisionType: "scale", accountableId: "chair" },
      ]),
    ).toBe(false);
  });
});

describe("canDecide", () => {
  it("is the Accountable's decision where a right names one, the portfolio office's elsewhere", () => {
    expect(canDecide(ceo, "scale", rights)).toBe(true);
    expect(canDecide(manager, "scale", rights)).toBe(false);
    expect(canDecide(manager, "scale", [])).toBe(true);
    expect(canDecide(ceo, "scale", [])).toBe(false);
    expect(canDecide(manager, null, rights)).toBe(true);
    expect(canDecide(ceo, null, rights)).toBe(false);
  });
});
