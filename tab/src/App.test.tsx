import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../test/fetchStub";
import { boardView } from "../test/boardView";
import { renderWithTheme } from "../test/render";
import { App } from "./App";
import type { AppConfig } from "./config";
import { ConfigErrorScreen } from "./shell/ConfigErrorScreen";

const local: AppConfig = {
  auth: { mode: "local" },
  apiBaseUrl: "/api",
  localAuthUrl: "/local-auth",
  appInsightsConnectionString: undefined,
};

const personas = [
  {
    id: "ceo",
    displayName: "Avery Chen",
    jobTitle: "Chief Executive Officer",
    roles: ["Executive"],
    tenantId: "t1",
  },
  {
    id: "board",
    displayName: "Dana Okafor",
    jobTitle: "Non-executive director",
    roles: ["Board.Member"],
    tenantId: "t1",
  },
];

function start(api: Record<string, Handler> = {}) {
  let signedInAs = "";
  const host = stubFetch({
    "GET /local-auth/personas": () => json({ personas }),
    "POST /local-auth/token": (r) => {
      signedInAs = (JSON.parse(r.body ?? "{}") as { personaId: string }).personaId;
      return json({ access_token: `token-for-${signedInAs}`, token_type: "Bearer", expires_in: 3600 });
    },
    "GET /api/me": () => {
      const p = personas.find((x) => x.id === signedInAs)!;
      return json({ id: p.id, name: p.displayName, tenantId: p.tenantId, roles: p.roles });
    },
    "GET /api/strategy": () => problem(404, "No strategy profile"),
    "GET /api/initiatives": () => json({ items: [], continuationToken: null }),
    "GET /api/board": () => json(boardView()),
    ...api,
  });
  vi.stubGlobal("fetch", host.fetch);
  const view = renderWithTheme(<App config={local} />);
  return { ...host, unmount: view.unmount };
}

async function signInAs(name: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: `Sign in as ${name}` }));
  await screen.findByRole("banner");
  return user;
}

beforeEach(() => window.history.replaceState(null, "", "/"));

describe("App", () => {
  it("signs an executive in and opens the board", async () => {
    const host = start();
    await signInAs("Avery Chen");

    expect(within(await screen.findByRole("banner")).getByText("AI Strategy Board")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Account: Avery Chen" })).toBeInTheDocument();
    const nav = await screen.findByRole("navigation", { name: "Pages" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((l) => l.textContent),
    ).toEqual(["Board", "My area", "Portfolio", "Owners", "Risks", "Maturity", "Alignment", "Priorities", "Progress", "Strategy", "Decision rights", "Activity", "Board snapshots"]);
    expect(await screen.findByRole("heading", { level: 1, name: "Board" })).toBeInTheDocument();
    expect(screen.getByRole("main")).toBeInTheDocument();
    expect(window.location.hash).toBe("#/board");
    expect(within(nav).getByRole("link", { name: "Board" })).toHaveAttribute("aria-current", "page");
    expect(await screen.findByRole("region", { name: "Portfolio ROI" })).toHaveTextContent("25%");
    expect(host.urls("/api/me")[0]).toBeDefined();
    expect(host.requests.find((r) => r.url.pathname === "/api/board")?.headers.get("authorization")).toBe(
      "Bearer token-for-ceo",
    );
  });

  it("opens the portfolio from the navigation", async () => {
    start();
    const user = await signInAs("Avery Chen");
    const nav = await screen.findByRole("navigation", { name: "Pages" });
    await user.click(within(nav).getByRole("link", { name: "Portfolio" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Portfolio" })).toBeInTheDocument();
    await screen.findByRole("heading", { name: "No AI initiatives yet" });
    expect(window.location.hash).toBe("#/portfolio");
  });

  it("shows a board member the board snapshots only", async () => {
    start({
      "GET /api/snapshots": () => json({ items: [] }),
      "GET /api/snapshots/verify": () => json({ intact: true, checked: 0, problems: [] }),
    });
    await signInAs("Dana Okafor");
    const nav = screen.getByRole("navigation", { name: "Pages" });
    expect(
      within(nav)
        .getAllByRole("link")
        .map((l) => l.textContent),
    ).toEqual(["Board snapshots"]);
    expect(await screen.findByRole("heading", { level: 1, name: "Board snapshots" })).toBeInTheDocument();
    expect(
      await screen.findByRole("heading", { level: 2, name: "No snapshot has been published yet" }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe("#/snapshots");
  });

  it("keeps a board member out of the portfolio, even by link", async () => {
    window.history.replaceState(null, "", "/#/portfolio");
    const host = start();
    await signInAs("Dana Okafor");
    expect(
      await screen.findByRole("heading", { level: 1, name: "This page is not part of your role" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to Board snapshots" })).toHaveAttribute(
      "href",
      "#/snapshots",
    );
    expect(host.urls("/api/initiatives")).toHaveLength(0);
  });

  it("signs out from the user menu", async () => {
    start();
    const user = await signInAs("Avery Chen");
    await user.click(screen.getByRole("button", { name: "Account: Avery Chen" }));
    expect(await screen.findByText("Executive")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in as…" })).toBeInTheDocument();
    expect(window.sessionStorage.length).toBe(0);
  });

  it("goes back to sign-in when the API answers 401", async () => {
    start({ "GET /api/board": () => problem(401, "Token expired") });
    await signInAs("Avery Chen");
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in as…" })).toBeInTheDocument();
    expect(screen.getByText("Your session has ended. Sign in again to continue.")).toBeInTheDocument();
  });

  it("resumes a session kept in this browser tab", async () => {
    const host = start();
    await signInAs("Avery Chen");
    await screen.findByRole("heading", { level: 1, name: "Board" });
    host.unmount();

    renderWithTheme(<App config={local} />);
    expect(await screen.findByRole("button", { name: "Account: Avery Chen" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Sign in as…" })).toBeNull();
    expect(host.urls("/local-auth/token")).toHaveLength(1);
    expect(host.urls("/api/me")).toHaveLength(2);
  });

  it("offers Microsoft Entra sign-in when the build is set to it", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    vi.stubGlobal("fetch", fetch);
    renderWithTheme(
      <App
        config={{
          ...local,
          auth: {
            mode: "entra",
            clientId: "c0ffee00-0000-4000-8000-000000000001",
            tenantId: "7e4a0000-0000-4000-8000-000000000002",
            apiScope: "api://board.contoso.example/c0ffee00-0000-4000-8000-000000000001/access_as_user",
          },
        }}
      />,
    );
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in to AI Strategy Board" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sign in with Microsoft" })).toBeEnabled();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("ConfigErrorScreen", () => {
  it("names each bad setting", () => {
    renderWithTheme(
      <ConfigErrorScreen
        problems={[
          { setting: "VITE_AUTH_MODE", message: 'either "local" or "entra"' },
          { setting: "VITE_API_BASE_URL", message: "a path such as /api or an absolute http(s) URL" },
        ]}
      />,
    );
    expect(
      screen.getByRole("heading", { level: 1, name: "AI Strategy Board cannot start" }),
    ).toBeInTheDocument();
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual([
      'VITE_AUTH_MODE: either "local" or "entra"',
      "VITE_API_BASE_URL: a path such as /api or an absolute http(s) URL",
    ]);
  });
});
