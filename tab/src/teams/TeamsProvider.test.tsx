import { useEffect } from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mediaQueryList } from "../../test/matchMedia";
import { mayBeInTeams, TeamsProvider, themeName, useTeams, type TeamsAuthHost } from "./TeamsProvider";

const sdk = vi.hoisted(() => ({
  app: {
    initialize: vi.fn<() => Promise<void>>(),
    getContext: vi.fn(),
    registerOnThemeChangeHandler: vi.fn<(handler: (theme: string) => void) => void>(),
    notifySuccess: vi.fn(),
  },
  nestedAppAuth: { isNAAChannelRecommended: vi.fn<() => boolean>() },
  authentication: { getAuthToken: vi.fn<() => Promise<string>>() },
  meeting: {
    shareAppContentToStage:
      vi.fn<(callback: (error: { errorCode: number; message?: string } | null, result: boolean | null) => void, url: string) => void>(),
  },
}));
// The provider loads teams-js through teamsSdk.ts (only the namespaces it uses): replaced there.
vi.mock("./teamsSdk", () => sdk);

/** The sign-in the provider hands to the token service, as last seen by the probe. */
let seenAuth: TeamsAuthHost | null = null;

function Probe() {
  const teams = useTeams();
  useEffect(() => {
    seenAuth = teams.auth;
  }, [teams.auth]);
  return (
    <dl>
      <dt>in Teams</dt>
      <dd data-testid="inTeams">{String(teams.inTeams)}</dd>
      <dt>theme</dt>
      <dd data-testid="theme">{teams.theme}</dd>
      <dt>locale</dt>
      <dd data-testid="locale">{teams.locale}</dd>
      <dt>frame</dt>
      <dd data-testid="frame">{String(teams.frameContext)}</dd>
    </dl>
  );
}

const text = (id: string) => screen.getByTestId(id).textContent;

beforeEach(() => {
  sdk.app.initialize.mockReset();
  sdk.app.getContext.mockReset();
  sdk.app.registerOnThemeChangeHandler.mockReset();
  sdk.app.notifySuccess.mockReset().mockResolvedValue(undefined);
  sdk.nestedAppAuth.isNAAChannelRecommended.mockReset();
  sdk.authentication.getAuthToken.mockReset();
  seenAuth = null;
});
afterEach(() => vi.useRealTimers());

describe("TeamsProvider outside Teams", () => {
  it("renders at once, without touching the Teams SDK", () => {
    expect(mayBeInTeams()).toBe(false);
    render(
      <TeamsProvider>
        <Probe />
      </TeamsProvider>,
    );
    expect(text("inTeams")).toBe("false");
    expect(text("theme")).toBe("default");
    expect(text("locale")).toBe(navigator.language);
    expect(text("frame")).toBe("null");
    expect(sdk.app.initialize).not.toHaveBeenCalled();
    expect(document.documentElement.lang).toBe(navigator.language);
    expect(seenAuth).toBeNull();
  });

  it.each([
    ["dark", "dark"],
    ["contrast", "contrast"],
    ["default", "default"],
    ["purple", "default"],
  ])("takes ?theme=%s as theme %s", (param, expected) => {
    window.history.replaceState(null, "", `/?theme=${param}#/portfolio`);
    const { container } = render(
      <TeamsProvider>
        <Probe />
      </TeamsProvider>,
    );
    expect(text("theme")).toBe(expected);
    expect(container.querySelector(`[data-theme="${expected}"]`)).not.toBeNull();
  });

  it("follows the operating system's dark mode", () => {
    vi.spyOn(window, "matchMedia").mockImplementation((query) =>
      mediaQueryList(query, query === "(prefers-color-scheme: dark)"),
    );
    render(
      <TeamsProvider>
        <Probe />
      </TeamsProvider>,
    );
    expect(text("theme")).toBe("dark");
  });
});

describe("TeamsProvider in a frame", () => {
  beforeEach(() => {
    vi.spyOn(window, "parent", "get").mockReturnValue({} as Window);
  });

  it("falls back to the browser after a short wait when no host answers", async () => {
    vi.useFakeTimers();
    sdk.app.initialize.mockReturnValue(new Promise(() => {}));
    render(
      <TeamsProvider hostTimeoutMs={500}>
        <Probe />
      </TeamsProvider>,
    );
    expect(screen.queryByTestId("inTeams")).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(text("inTeams")).toBe("false");
    expect(sdk.app.notifySuccess).not.toHaveBeenCalled();
  });

  it("uses the Teams context, follows theme changes and reports success", async () => {
    sdk.app.initialize.mockResolvedValue(undefined);
    sdk.app.getContext.mockResolvedValue({
      app: { theme: "dark", locale: "de-de" },
      page: { frameContext: "content" },
    });
    render(
      <TeamsProvider>
        <Probe />
      </TeamsProvider>,
    );
    expect(await screen.findByTestId("inTeams")).toHaveTextContent("true");
    // The context and the success report follow the initialisation by a few microtasks.
    await waitFor(() => expect(sdk.app.notifySuccess).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(text("theme")).toBe("dark"));
    expect(text("locale")).toBe("de-de");
    expect(text("frame")).toBe("content");
    expect(sdk.app.initialize).toHaveBeenCalledTimes(1);

    const onThemeChange = sdk.app.registerOnThemeChangeHandler.mock.calls[0]?.[0];
    act(() => onThemeChange?.("contrast"));
    expect(text("theme")).toBe("contrast");
  });
});

describe("TeamsProvider: sign-in through the host", () => {
  beforeEach(() => {
    vi.spyOn(window, "parent", "get").mockReturnValue({} as Window);
    sdk.app.initialize.mockResolvedValue(undefined);
    sdk.app.getContext.mockResolvedValue({
      app: { theme: "default", locale: "en-gb" },
      page: { frameContext: "content" },
      user: { loginHint: "avery@contoso.example", tenant: { id: "tenant-1" } },
    });
  });

  it("says whether the host recommends Nested App Authentication, from the one teams-js it initialised", async () => {
    sdk.nestedAppAuth.isNAAChannelRecommended.mockReturnValue(true);
    sdk.authentication.getAuthToken.mockResolvedValue("teams-sso-token");
    render(
      <TeamsProvider>
        <Probe />
      </TeamsProvider>,
    );
    expect(await screen.findByTestId("inTeams")).toHaveTextContent("true");
    expect(seenAuth).toMatchObject({ nestedAppAuth: true, loginHint: "avery@contoso.example", tenantId: "tenant-1" });
    expect(await seenAuth?.getAuthToken()).toBe("teams-sso-token");
    expect(sdk.authentication.getAuthToken).toHaveBeenCalledTimes(1);
    expect(sdk.app.initialize).toHaveBeenCalledTimes(1);
  });

  it("falls back to Teams SSO when the host cannot say", async () => {
    sdk.nestedAppAuth.isNAAChannelRecommended.mockImplementation(() => {
      throw new Error("Not supported");
    });
    render(
      <TeamsProvider>
        <Probe />
      </TeamsProvider>,
    );
    expect(await screen.findByTestId("inTeams")).toHaveTextContent("true");
    expect(seenAuth?.nestedAppAuth).toBe(false);
  });
});

describe("themeName", () => {
  it("maps Teams themes to the three Fluent Teams themes", () => {
    expect(themeName("dark")).toBe("dark");
    expect(themeName("contrast")).toBe("contrast");
    expect(themeName("default")).toBe("default");
    expect(themeName("glass")).toBe("default");
    expect(themeName(undefined)).toBe("default");
  });
});

describe("TeamsProvider: the meeting stage", () => {
  let share: ((contentUrl: string) => Promise<void>) | null = null;
  function StageProbe() {
    const teams = useTeams();
    useEffect(() => {
      share = teams.shareToStage;
    }, [teams.shareToStage]);
    return <span data-testid="frame">{String(teams.frameContext)}</span>;
  }

  it("shares a page to the stage through the one teams-js it initialised, and passes on a refusal", async () => {
    vi.spyOn(window, "parent", "get").mockReturnValue({} as Window);
    sdk.app.initialize.mockResolvedValue(undefined);
    sdk.app.getContext.mockResolvedValue({ app: { theme: "default", locale: "en-gb" }, page: { frameContext: "sidePanel" } });
    sdk.meeting.shareAppContentToStage.mockReset().mockImplementationOnce((callback) => callback(null, true));
    render(
      <TeamsProvider>
        <StageProbe />
      </TeamsProvider>,
    );
    expect(await screen.findByTestId("frame")).toHaveTextContent("sidePanel");
    await share?.("https://board.example/index.html#/snapshots/2026-10.v1?view=stage");
    expect(sdk.meeting.shareAppContentToStage).toHaveBeenCalledWith(
      expect.any(Function),
      "https://board.example/index.html#/snapshots/2026-10.v1?view=stage",
    );
    sdk.meeting.shareAppContentToStage.mockImplementationOnce((callback) => callback({ errorCode: 1000, message: "Permission denied" }, null));
    await expect(share?.("https://board.example/")).rejects.toThrow("Permission denied");
    expect(sdk.app.initialize).toHaveBeenCalledTimes(1);
  });

  it("offers no sharing outside Teams", () => {
    render(
      <TeamsProvider>
        <StageProbe />
      </TeamsProvider>,
    );
    expect(share).toBeNull();
  });
});
