import type { TabSettings } from "../../teams/TeamsProvider";

/** What a channel, chat or meeting tab shows: the whole portfolio, one department, or the board snapshots. */
export type TabScope = { kind: "portfolio" } | { kind: "department"; department: string } | { kind: "snapshots" };

/**
 * The settings Teams saves for a configured tab. The content URL is this app's own page with the
 * route in the hash, so the tab opens where the scope says and its slicer is already set.
 */
export function tabSettingsFor(scope: TabScope, origin: string): TabSettings {
  const base = `${origin}/index.html#`;
  switch (scope.kind) {
    case "portfolio":
      return {
        entityId: "board-all",
        contentUrl: `${base}/board`,
        websiteUrl: `${base}/board`,
        suggestedDisplayName: "AI Strategy Board",
      };
    case "department": {
      const query = new URLSearchParams({ department: scope.department }).toString();
      return {
        entityId: `board-department-${encodeURIComponent(scope.department)}`,
        contentUrl: `${base}/board?${query}`,
        websiteUrl: `${base}/board?${query}`,
        suggestedDisplayName: `AI Strategy Board · ${scope.department}`,
      };
    }
    case "snapshots":
      return {
        entityId: "board-snapshots",
        contentUrl: `${base}/snapshots`,
        websiteUrl: `${base}/snapshots`,
        suggestedDisplayName: "Board snapshots",
      };
  }
}
