import { describe, expect, it } from "vitest";
import type { Principal } from "../auth/principal";
import { canAnswerSurvey, canEditInitiative, canEditRisk, canManagePortfolio } from "./permissions";

const person = (id: string, ...roles: Principal["roles"]): Principal => ({ id, name: id, tenantId: "t", roles });
const cio = person("cio", "Portfolio.Manager", "Executive");
const cfo = person("cfo", "Executive");
const board = person("board", "Board.Member");

describe("permissions", () => {
  it("lets a portfolio manager change everything", () => {
    expect(canManagePortfolio(cio)).toBe(true);
    expect(canEditInitiative(cio, { outcomeOwnerId: "someone" })).toBe(true);
    expect(canEditRisk(cio, { ownerId: "someone" })).toBe(true);
  });
  it("lets an executive change only what they own", () => {
    expect(canManagePortfolio(cfo)).toBe(false);
    expect(canEditInitiative(cfo, { outcomeOwnerId: "cfo" })).toBe(true);
    expect(canEditInitiative(cfo, { outcomeOwnerId: "coo" })).toBe(false);
    expect(canEditRisk(cfo, { ownerId: "cfo" })).toBe(true);
    expect(canEditRisk(cfo, { ownerId: "ciso" })).toBe(false);
    expect(canEditRisk(cfo, { ownerId: "ciso" }, { outcomeOwnerId: "cfo" })).toBe(true);
    expect(canAnswerSurvey(cfo)).toBe(true);
  });
  it("never lets a board member write", () => {
    expect(canManagePortfolio(board)).toBe(false);
    expect(canEditInitiative(board, { outcomeOwnerId: "board" })).toBe(false);
    expect(canEditRisk(board, { ownerId: "board" })).toBe(false);
    expect(canAnswerSurvey(board)).toBe(false);
  });
});
