import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { ApiError, createApiClient, errorFromResponse } from "../api/client";
import { ApiContext } from "../api/hooks";
import type { Me } from "../api/types";
import type { AppConfig } from "../config";
import { createGraphAccess } from "../graph/graphClient";
import { createPeopleDirectory } from "../graph/peopleDirectory";
import { PeopleDirectoryContext } from "../graph/usePeople";
import { ApiErrorMessage } from "../shell/ApiErrorMessage";
import { CenteredPanel } from "../shell/CenteredPanel";
import { useTeams, type TeamsAuthHost } from "../teams/TeamsProvider";
import { ConsentRequiredError, isNoRoleProblem, SignInFailedError } from "./authErrors";
import { ConsentRequired } from "./ConsentRequired";
import { EntraSignIn } from "./EntraSignIn";
import { NoAccess } from "./NoAccess";
import { PersonaSignIn } from "./PersonaSignIn";
import { loadTokenService, SignInRequiredError, type AnyTokenService } from "./tokenService";

/**
 * Renders its children only for a signed-in user with a role: it loads the token service of the
 * configured mode, shows the sign-in screen when there is no token, asks the API who the user is
 * (GET /api/me), sends the user back to sign-in whenever the API answers 401, and explains the two
 * things only an administrator can fix: missing consent and a missing app role.
 */

export interface Session {
  user: Me;
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() must be used inside <AuthGate>");
  return session;
}

function Waiting({ label }: { label: string }) {
  return (
    <CenteredPanel maxWidth={360}>
      <Spinner label={label} />
    </CenteredPanel>
  );
}

type Loaded = ({ service: AnyTokenService } | { error: ApiError }) & {
  /** What it was loaded for: a retry, or a Teams host that answered late, loads again. */
  attempt: number;
  teams: TeamsAuthHost | null;
};

export function AuthGate({ config, children }: { config: AppConfig; children: ReactNode }) {
  // The Teams host's sign-in, once teams-js is initialised; null in a browser.
  const { auth: teams } = useTeams();
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>();

  useEffect(() => {
    let active = true;
    loadTokenService(config, teams).then(
      (service) => active && setLoaded({ service, attempt, teams }),
      (error: unknown) =>
        active &&
        setLoaded({
          error: error instanceof ApiError ? error : new SignInFailedError(String(error)),
          attempt,
          teams,
        }),
    );
    return () => {
      active = false;
    };
  }, [config, teams, attempt]);

  if (loaded?.attempt !== attempt || loaded.teams !== teams) return <Waiting label="Starting AI Strategy Board…" />;
  if ("error" in loaded) {
    return (
      <CenteredPanel title="Sign-in could not start">
        <ApiErrorMessage
          error={loaded.error}
          what="the sign-in"
          onRetry={() => setAttempt((n) => n + 1)}
        />
      </CenteredPanel>
    );
  }
  return (
    // A new service starts a new session (its own phase, API client and people directory).
    <SessionGate key={`${attempt}:${teams ? "teams" : "browser"}`} service={loaded.service} config={config}>
      {children}
    </SessionGate>
  );
}

type Phase =
  | { name: "signed-out"; notice?: string; error?: ApiError }
  /** `refresh`: get a new token first (its roles may have changed). */
  | { name: "identifying"; refresh?: boolean }
  | { name: "failed"; error: ApiError }
  | { name: "consent"; error: ConsentRequiredError }
  | { name: "no-access"; userName: string | null; detail?: string }
  | { name: "signed-in"; user: Me };

function initialPhase(service: AnyTokenService): Phase {
  if (service.kind === "entra" && service.redirectError) {
    const error = service.redirectError;
    if (error instanceof ConsentRequiredError) return { name: "consent", error };
    return error instanceof ApiError ? { name: "signed-out", error } : { name: "signed-out", notice: error.message };
  }
  if (service.account) return { name: "identifying" };
  // A Teams host knows its user: try silently before showing a sign-in button.
  if (service.kind === "entra" && service.flow !== "browser") return { name: "identifying" };
  return { name: "signed-out" };
}

interface SessionGateProps {
  service: AnyTokenService;
  config: AppConfig;
  children: ReactNode;
}

function SessionGate({ service, config, children }: SessionGateProps) {
  const [phase, setPhase] = useState<Phase>(() => initialPhase(service));

  const api = useMemo(
    () =>
      createApiClient({
        baseUrl: config.apiBaseUrl,
        getToken: async () => {
          try {
            return await service.getToken();
          } catch (error) {
            // Only an administrator can fix this: the whole tab says so, not each page.
            if (error instanceof ConsentRequiredError) setPhase({ name: "consent", error });
            throw error;
          }
        },
        onUnauthorized: () => {
          service.signOut();
          setPhase({ name: "signed-out", notice: "Your session has ended. Sign in again to continue." });
        },
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          // The API's answer to a user whose roles were all removed: the "No access yet" screen.
          if (response.status === 403) {
            const problem = await errorFromResponse(response.clone());
            if (isNoRoleProblem(problem))
              setPhase((p) => ({
                name: "no-access",
                userName: p.name === "signed-in" ? p.user.name : (service.account?.name ?? null),
                detail: problem.detail,
              }));
          }
          return response;
        },
      }),
    [service, config.apiBaseUrl],
  );

  const people = useMemo(
    () => createPeopleDirectory({ graph: createGraphAccess((scopes) => service.getGraphToken(scopes)) }),
    [service],
  );
  // Photos are object URLs: release them when the session ends.
  useEffect(() => () => people.clear(), [people]);

  const identifying = phase.name === "identifying";
  const refresh = phase.name === "identifying" && phase.refresh === true;
  useEffect(() => {
    if (!identifying) return;
    const controller = new AbortController();
    // "Check again" first gets a new token; the API client's getToken() then finds it in the cache.
    const ready = refresh ? service.getToken({ forceRefresh: true }) : Promise.resolve("");
    ready
      .then(() => api.get<Me>("/me", controller.signal))
      .then(
        (user) =>
          setPhase(
            user.roles.length > 0 ? { name: "signed-in", user } : { name: "no-access", userName: user.name },
          ),
        (error: unknown) => {
          // An abort means nobody is waiting; a 401 has already sent the user back to sign-in.
          if (controller.signal.aborted) return;
          if (error instanceof ConsentRequiredError) setPhase({ name: "consent", error });
          else if (error instanceof SignInRequiredError) setPhase({ name: "signed-out" });
          else if (error instanceof ApiError && error.status !== 401) setPhase({ name: "failed", error });
        },
      );
    return () => controller.abort();
  }, [api, service, identifying, refresh]);

  const signOut = useCallback(() => {
    service.signOut();
    people.clear();
    setPhase({ name: "signed-out" });
  }, [service, people]);

  const user = phase.name === "signed-in" ? phase.user : null;
  const session = useMemo(() => user && { user, signOut }, [user, signOut]);

  switch (phase.name) {
    case "signed-out":
      return service.kind === "local" ? (
        <PersonaSignIn
          service={service}
          notice={phase.notice}
          onSignedIn={() => setPhase({ name: "identifying" })}
        />
      ) : (
        <EntraSignIn
          service={service}
          notice={phase.notice}
          error={phase.error}
          onSignedIn={() => setPhase({ name: "identifying" })}
          onConsentRequired={(error) => setPhase({ name: "consent", error })}
        />
      );
    case "identifying":
      return <Waiting label="Signing you in…" />;
    case "consent":
      return (
        <ConsentRequired
          error={phase.error}
          tenantId={config.auth.mode === "entra" ? config.auth.tenantId : ""}
          clientId={config.auth.mode === "entra" ? config.auth.clientId : ""}
          onRetry={() => setPhase({ name: "identifying" })}
        />
      );
    case "no-access":
      return (
        <NoAccess
          userName={phase.userName}
          detail={phase.detail}
          onCheckAgain={() => setPhase({ name: "identifying", refresh: true })}
          onSignOut={signOut}
        />
      );
    case "failed":
      return (
        <CenteredPanel title="Signing in did not finish">
          <ApiErrorMessage
            error={phase.error}
            what="your profile"
            onRetry={() => setPhase({ name: "identifying" })}
            actions={
              <Button appearance="subtle" onClick={signOut}>
                Sign out
              </Button>
            }
          />
        </CenteredPanel>
      );
    case "signed-in":
      return (
        <ApiContext.Provider value={api}>
          <PeopleDirectoryContext.Provider value={people}>
            <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
          </PeopleDirectoryContext.Provider>
        </ApiContext.Provider>
      );
  }
}
