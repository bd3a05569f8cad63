import { describe, expect, it } from "vitest";
import { initiativeSubPageId, routeForSubPage } from "../../teams/deepLinks";
import { tabSettingsFor } from "./tabSettings";

describe("tab settings", () => {
  it("points the whole-portfolio tab at the board", () => {
    expect(tabSettingsFor({ kind: "portfolio" }, "https://board.example")).toEqual({
      entityId: "board-all",
      contentUrl: "https://board.example/index.html#/board",
      websiteUrl: "https://board.example/index.html#/board",
      suggestedDisplayName: "AI Strategy Board",
    });
  });

  it("scopes a department tab with the department slicer, encoded", () => {
    const settings = tabSettingsFor({ kind: "department", department: "Sales & Marketing" }, "https://board.example");
    expect(settings.contentUrl).toBe("https://board.example/index.html#/board?department=Sales+%26+Marketing");
    expect(settings.entityId).toBe("board-department-Sales%20%26%20Marketing");
    expect(settings.suggestedDisplayName).toBe("AI Strategy Board · Sales & Marketing");
  });

  it("gives meetings and board members the snapshots", () => {
    expect(tabSettingsFor({ kind: "snapshots" }, "https://b.example").contentUrl).toBe("https://b.example/index.html#/snapshots");
  });

  it("turns a shared deep link back into the initiative's route, and nothing else", () => {
    expect(routeForSubPage(initiativeSubPageId("ini-0007"))).toBe("/initiatives/ini-0007");
    expect(routeForSubPage("initiatives/../../evil")).toBeUndefined();
    expect(routeForSubPage("https://evil.example")).toBeUndefined();
    expect(routeForSubPage(undefined)).toBeUndefined();
  });
});
