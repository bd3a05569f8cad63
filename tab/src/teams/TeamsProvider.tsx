import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { routeForSubPage } from "./deepLinks";
import type * as TeamsSdk from "./teamsSdk";
import type { app, FrameContexts } from "@microsoft/teams-js";
import { useMediaQuery } from "../useMediaQuery";

/**
 * The one place that talks to the Teams host: it connects once, derives theme, locale and frame
 * context, and falls back to the browser's preferences when the tab runs outside Teams.
 */

export type ThemeName = "default" | "dark" | "contrast";

/**
 * What sign-in needs from the Teams host, taken from the one teams-js instance this provider
 * initialised (the token service must not initialise teams-js a second time).
 */
export interface TeamsAuthHost {
  /** The host recommends Nested App Authentication: MSAL talks to the host through its bridge. */
  nestedAppAuth: boolean;
  /** Teams SSO (`authentication.getAuthToken`): a token whose audience is the app id URI. */
  getAuthToken(): Promise<string>;
  /** The signed-in Teams user's UPN, a hint for interactive sign-in. */
  loginHint: string | undefined;
  tenantId: string | undefined;
}

export interface TeamsState {
  inTeams: boolean;
  context: app.Context | null;
  theme: ThemeName;
  locale: string;
  /** Where Teams shows the tab (content, sidePanel, meetingStage …); null outside Teams. */
  frameContext: FrameContexts | null;
  /** Sign-in through the host; null outside Teams. */
  auth: TeamsAuthHost | null;
  /**
   * Shares a page of this app to the meeting stage (`meeting.shareAppContentToStage`, from the
   * side panel); null outside Teams. The URL must be within the manifest's validDomains.
   */
  shareToStage: ((contentUrl: string) => Promise<void>) | null;
  /** The configuration of a channel, chat or meeting tab (`pages.config`); null outside Teams. */
  tabConfig: TabConfigHost | null;
  /** Puts a deep link to a part of the app into the chat (`pages.shareDeepLink`); null outside Teams. */
  shareDeepLink: ((link: { subPageId: string; subPageLabel: string }) => void) | null;
}

/** What a configurable tab saves: where its content is and what it is called. */
export interface TabSettings {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

export interface TabConfigHost {
  /** Enables or disables Teams' Save button. */
  setValid(valid: boolean): void;
  /** Called when the user presses Save; the settings it resolves to are saved for the tab. */
  onSave(settings: () => TabSettings): void;
}

function tabConfigHost(sdk: typeof TeamsSdk): TabConfigHost {
  return {
    setValid: (valid) => sdk.pages.config.setValidityState(valid),
    onSave: (settings) =>
      sdk.pages.config.registerOnSaveHandler((save) => {
        sdk.pages.config.setConfig(settings()).then(
          () => save.notifySuccess(),
          (error: unknown) => save.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      }),
  };
}

const fluentThemes: Record<ThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Teams says "default", "dark", "contrast" (and newer hosts "glass"); anything else is light. */
export function themeName(value: string | null | undefined): ThemeName {
  return value === "dark" || value === "contrast" ? value : "default";
}

/**
 * Teams hosts a tab in an iframe (or, for some pop-outs, a window with an opener). A top-level
 * window with no opener cannot be in Teams, so it never loads teams-js nor waits for a host:
 * `app.initialize()` would fail there ("No Parent window found") after fetching a domain list.
 */
export function mayBeInTeams(win: Window = window): boolean {
  return win.parent !== win || Boolean(win.opener);
}

interface Connected {
  sdk: typeof TeamsSdk;
  context: app.Context;
  auth: TeamsAuthHost;
  theme: ThemeName;
}

/** Asks the host whether it recommends NAA; a host that cannot say does not. */
function recommendsNestedAppAuth(sdk: typeof TeamsSdk): boolean {
  try {
    return sdk.nestedAppAuth.isNAAChannelRecommended();
  } catch {
    return false;
  }
}

async function connectToTeams(): Promise<Omit<Connected, "theme">> {
  // Loaded only when framed: a plain browser never downloads or runs the SDK.
  const sdk = await import("./teamsSdk");
  await sdk.app.initialize();
  const context = await sdk.app.getContext();
  // Opened from a shared deep link: land on what was shared.
  const landing = routeForSubPage(context.page.subPageId);
  if (landing && !window.location.hash.startsWith(`#${landing}`)) window.location.hash = landing;
  const auth: TeamsAuthHost = {
    nestedAppAuth: recommendsNestedAppAuth(sdk),
    getAuthToken: () => sdk.authentication.getAuthToken(),
    loginHint: context.user?.loginHint,
    tenantId: context.user?.tenant?.id,
  };
  return { sdk, context, auth };
}

/** `meeting.shareAppContentToStage` as a promise; Teams says why when it refuses. */
function shareAppContentToStage(sdk: typeof TeamsSdk, contentUrl: string): Promise<void> {
  return new Promise((resolve, reject) =>
    sdk.meeting.shareAppContentToStage(
      (error) =>
        error
          ? reject(new Error(error.message || `Teams did not share to the stage (error ${error.errorCode})`))
          : resolve(),
      contentUrl,
    ),
  );
}

/** Outside Teams: `?theme=dark|contrast|default` wins (handy for tests), then the OS settings. */
function useBrowserTheme(): ThemeName {
  const [override] = useState(() => new URLSearchParams(window.location.search).get("theme"));
  const forcedColors = useMediaQuery("(forced-colors: active)");
  const dark = useMediaQuery("(prefers-color-scheme: dark)");
  if (override) return themeName(override);
  return forcedColors ? "contrast" : dark ? "dark" : "default";
}

const TeamsContext = createContext<TeamsState | null>(null);

/**
 * The shell fills the page. A style, not a class: FluentProvider copies its classes onto the
 * mount nodes of portals (menus, dropdowns), where a full height would cover the page.
 */
const fillPage = { height: "100%" } as const;

export interface TeamsProviderProps {
  children: ReactNode;
  /** How long a framed page waits for a Teams host before rendering as a plain web page. */
  hostTimeoutMs?: number;
}

export function TeamsProvider({ children, hostTimeoutMs = 2000 }: TeamsProviderProps) {
  const [framed] = useState(mayBeInTeams);
  // Outside a frame there is nothing to wait for: render at once.
  const [ready, setReady] = useState(!framed);
  const [teams, setTeams] = useState<Connected | null>(null);
  const fallbackTheme = useBrowserTheme();

  useEffect(() => {
    if (!framed) return;
    let active = true;
    // A frame that is not Teams (or a slow host) must not keep the page blank: render after a
    // short wait, and switch to Teams mode if the host answers later.
    const timer = setTimeout(() => setReady(true), hostTimeoutMs);
    connectToTeams()
      .then(({ sdk, context, auth }) => {
        if (!active) return;
        setTeams({ sdk, context, auth, theme: themeName(context.app.theme) });
        sdk.app.registerOnThemeChangeHandler((theme) => {
          if (active) setTeams((t) => t && { ...t, theme: themeName(theme) });
        });
      })
      .catch((error: unknown) => console.info("Not running inside Teams:", error))
      .finally(() => {
        clearTimeout(timer);
        if (active) setReady(true);
      });
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [framed, hostTimeoutMs]);

  // Tell Teams to hide its loading indicator once the shell has rendered.
  const sdk = teams?.sdk;
  useEffect(() => {
    if (sdk) void sdk.app.notifySuccess();
  }, [sdk]);

  const state = useMemo<TeamsState>(() => {
    const context = teams?.context ?? null;
    return {
      inTeams: teams !== null,
      context,
      theme: teams?.theme ?? fallbackTheme,
      locale: context?.app.locale || navigator.language || "en-US",
      frameContext: context?.page.frameContext ?? null,
      auth: teams?.auth ?? null,
      shareToStage: teams ? (contentUrl) => shareAppContentToStage(teams.sdk, contentUrl) : null,
      tabConfig: teams && context?.page.frameContext === "settings" ? tabConfigHost(teams.sdk) : null,
      shareDeepLink: teams ? (link) => void teams.sdk.pages.shareDeepLink(link) : null,
    };
  }, [teams, fallbackTheme]);

  useEffect(() => {
    document.documentElement.lang = state.locale;
  }, [state.locale]);

  if (!ready) return null;
  return (
    <TeamsContext.Provider value={state}>
      <FluentProvider theme={fluentThemes[state.theme]} style={fillPage} data-theme={state.theme}>
        {children}
      </FluentProvider>
    </TeamsContext.Provider>
  );
}

export function useTeams(): TeamsState {
  const state = useContext(TeamsContext);
  if (!state) throw new Error("useTeams() must be used inside <TeamsProvider>");
  return state;
}
