import { describe, expect, it } from "vitest";
import type { Principal } from "../auth/principal";
import { makeDecisionRight } from "./fixtures";
import {
  canAnswerSurvey,
  canDecide,
  canEditInitiative,
  canEditRisk,
  canManageDecisionRights,
  canManagePortfolio,
  canReportStatus,
} from "./permissions";

const person = (id: string, ...roles: Principal["roles"]): Principal => ({ id, name: id, tenantId: "t", roles });
const cio = person("cio", "Portfolio.Manager", "Executive");
const cfo = person("cfo", "Executive");
const board = person("board", "Board.Member");
const manager = person("pmo", "Portfolio.Manager");

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
  it("lets the outcome owner and the portfolio office report an initiative's status, and only the office set decision rights", () => {
    expect(canReportStatus(cfo, { outcomeOwnerId: "cfo" })).toBe(true);
    expect(canReportStatus(cfo, { outcomeOwnerId: "coo" })).toBe(false);
    expect(canReportStatus(manager, { outcomeOwnerId: "coo" })).toBe(true);
    expect(canReportStatus(board, { outcomeOwnerId: "board" })).toBe(false);
    expect([cio, manager, cfo, board].map(canManageDecisionRights)).toEqual([true, true, false, false]);
  });
});

describe("who decides", () => {
  const rights = [makeDecisionRight({ decisionType: "approve-pilot", accountableId: "cfo" })];

  it("lets only the Accountable of a defined decision right decide, whatever their role", () => {
    expect(canDecide(cfo, "approve-pilot", rights)).toBe(true);
    expect(canDecide(cio, "approve-pilot", rights)).toBe(false);
    expect(canDecide(manager, "approve-pilot", rights)).toBe(false);
  });

  it("leaves decisions without a right, and moves no decision type governs, to a Portfolio.Manager", () => {
    expect(canDecide(manager, "scale", rights)).toBe(true);
    expect(canDecide(cfo, "scale", rights)).toBe(false);
    expect(canDecide(manager, null, rights)).toBe(true);
    expect(canDecide(cfo, null, rights)).toBe(false);
  });

  it("never lets a board member decide, even when named Accountable", () => {
    const boardRights = [makeDecisionRight({ decisionType: "scale", accountableId: "board" })];
    expect(canDecide(board, "scale", boardRights)).toBe(false);
    expect(canDecide(board, null, [])).toBe(false);
  });
});
