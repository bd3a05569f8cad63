import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { createApiClient } from "../src/api/client";
import { ApiContext } from "../src/api/hooks";
import { TeamsProvider } from "../src/teams/TeamsProvider";

/** Renders inside the Teams provider (outside Teams: browser theme and locale). */
export function renderWithTheme(ui: ReactElement) {
  return render(<TeamsProvider>{ui}</TeamsProvider>);
}

/** Renders as a signed-in user whose API calls go to `fetch`. */
export function renderWithApi(ui: ReactElement, fetch: typeof globalThis.fetch, onUnauthorized = () => {}) {
  const api = createApiClient({ baseUrl: "/api", getToken: async () => "test-token", onUnauthorized, fetch });
  return renderWithTheme(<ApiContext.Provider value={api}>{ui}</ApiContext.Provider>);
}
