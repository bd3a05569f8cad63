import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { ApiError, createApiClient } from "../api/client";
import { ApiContext } from "../api/hooks";
import type { Me } from "../api/types";
import type { AppConfig } from "../config";
import { ApiErrorMessage } from "../shell/ApiErrorMessage";
import { CenteredPanel } from "../shell/CenteredPanel";
import { EntraNotConfigured } from "./EntraNotConfigured";
import { PersonaSignIn } from "./PersonaSignIn";
import { loadTokenService, type AnyTokenService } from "./tokenService";

/**
 * Renders its children only for a signed-in user: it loads the token service of the configured
 * mode, shows the sign-in screen when there is no token, asks the API who the user is
 * (GET /api/me) and sends the user back to sign-in whenever the API answers 401.
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

export function AuthGate({ config, children }: { config: AppConfig; children: ReactNode }) {
  // undefined while loading; null when this build has no provider for the configured mode.
  const [service, setService] = useState<AnyTokenService | null>();
  useEffect(() => {
    let active = true;
    void loadTokenService(config).then((s) => active && setService(s));
    return () => {
      active = false;
    };
  }, [config]);

  if (service === undefined) return <Waiting label="Starting AI Strategy Board…" />;
  if (service === null) return <EntraNotConfigured />;
  return (
    <SessionGate service={service} apiBaseUrl={config.apiBaseUrl}>
      {children}
    </SessionGate>
  );
}

type Phase =
  | { name: "signed-out"; notice?: string }
  | { name: "identifying" }
  | { name: "failed"; error: ApiError }
  | { name: "signed-in"; user: Me };

interface SessionGateProps {
  service: AnyTokenService;
  apiBaseUrl: string;
  children: ReactNode;
}

function SessionGate({ service, apiBaseUrl, children }: SessionGateProps) {
  const [phase, setPhase] = useState<Phase>(() =>
    service.account ? { name: "identifying" } : { name: "signed-out" },
  );

  const api = useMemo(
    () =>
      createApiClient({
        baseUrl: apiBaseUrl,
        getToken: () => service.getToken(),
        onUnauthorized: () => {
          service.signOut();
          setPhase({ name: "signed-out", notice: "Your session has ended. Sign in again to continue." });
        },
      }),
    [service, apiBaseUrl],
  );

  const identifying = phase.name === "identifying";
  useEffect(() => {
    if (!identifying) return;
    const controller = new AbortController();
    api.get<Me>("/me", controller.signal).then(
      (user) => setPhase({ name: "signed-in", user }),
      (error: unknown) => {
        // A 401 has already sent the user back to sign-in; an abort means nobody is waiting.
        if (error instanceof ApiError && error.status !== 401) setPhase({ name: "failed", error });
      },
    );
    return () => controller.abort();
  }, [api, identifying]);

  const signOut = useCallback(() => {
    service.signOut();
    setPhase({ name: "signed-out" });
  }, [service]);

  const user = phase.name === "signed-in" ? phase.user : null;
  const session = useMemo(() => user && { user, signOut }, [user, signOut]);

  switch (phase.name) {
    case "signed-out":
      return (
        <PersonaSignIn
          service={service}
          notice={phase.notice}
          onSignedIn={() => setPhase({ name: "identifying" })}
        />
      );
    case "identifying":
      return <Waiting label="Signing you in…" />;
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
          <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
        </ApiContext.Provider>
      );
  }
}
