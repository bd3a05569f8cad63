import { ApiError, errorFromResponse } from "../api/client";
import type { Role } from "../api/types";
import { SignInRequiredError, type Account, type TokenService } from "./tokenService";

/**
 * Sign-in against the local identity provider of the API's local host: the user picks a demo
 * persona and the host signs a real JWT for it, which the API verifies like an Entra token.
 * The token lives in sessionStorage (gone when the tab closes) and is renewed shortly before
 * it expires.
 */

/** GET /local-auth/personas → { personas: Persona[] } */
export interface Persona {
  id: string;
  displayName: string;
  jobTitle: string;
  roles: Role[];
  tenantId: string;
}

export interface LocalTokenService extends TokenService {
  readonly kind: "local";
  listPersonas(signal?: AbortSignal): Promise<Persona[]>;
  signIn(persona: Pick<Persona, "id" | "displayName">): Promise<Account>;
}

interface Session {
  personaId: string;
  name: string;
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** A token this close to expiry is renewed before use, so it cannot expire in flight. */
export const renewWithinMs = 60_000;
export const storageKey = "ai-strategy-board.local-session";

export interface LocalTokenServiceOptions {
  /** "/local-auth", or the local host's origin + "/local-auth". */
  baseUrl: string;
  fetch?: typeof fetch;
  storage?: Storage;
  now?: () => number;
}

function isSession(value: unknown): value is Session {
  if (typeof value !== "object" || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.personaId === "string" &&
    typeof s.name === "string" &&
    typeof s.accessToken === "string" &&
    typeof s.expiresAt === "number"
  );
}

export function createLocalTokenService({
  baseUrl,
  fetch: fetchFn = (input, init) => fetch(input, init),
  storage = window.sessionStorage,
  now = Date.now,
}: LocalTokenServiceOptions): LocalTokenService {
  let renewing: Promise<Session> | null = null;
  // Bumped by signOut, so a token request that was already under way cannot sign the user back in.
  let generation = 0;

  function read(): Session | null {
    const raw = storage.getItem(storageKey);
    if (raw === null) return null;
    try {
      const value: unknown = JSON.parse(raw);
      if (isSession(value)) return value;
    } catch {
      // fall through: an unreadable entry is dropped
    }
    storage.removeItem(storageKey);
    return null;
  }

  async function call(path: string, init?: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetchFn(`${baseUrl}${path}`, init);
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      throw new ApiError({
        status: 0,
        title: "Cannot reach the local sign-in service",
        detail: "Is the local API host running (npm start)?",
      });
    }
    if (!response.ok) throw await errorFromResponse(response);
    return response;
  }

  async function issue(personaId: string, name: string): Promise<Session> {
    const started = generation;
    const response = await call("/token", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ personaId }),
    });
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== "string" || typeof body.expires_in !== "number") {
      throw new ApiError({
        status: response.status,
        title: "The local sign-in service sent an unexpected answer",
      });
    }
    const session: Session = {
      personaId,
      name,
      accessToken: body.access_token,
      expiresAt: now() + body.expires_in * 1000,
    };
    if (started !== generation) throw new SignInRequiredError("Signed out while signing in.");
    storage.setItem(storageKey, JSON.stringify(session));
    return session;
  }

  return {
    kind: "local",

    get account() {
      const s = read();
      return s && { id: s.personaId, name: s.name };
    },

    async listPersonas(signal) {
      const response = await call("/personas", { headers: { accept: "application/json" }, signal });
      const body = (await response.json()) as { personas?: unknown };
      return Array.isArray(body.personas) ? (body.personas as Persona[]) : [];
    },

    async signIn(persona) {
      generation++;
      renewing = null;
      const session = await issue(persona.id, persona.displayName);
      return { id: session.personaId, name: session.name };
    },

    async getToken() {
      const session = read();
      if (!session) throw new SignInRequiredError();
      if (session.expiresAt - now() > renewWithinMs) return session.accessToken;
      // Concurrent callers share one renewal.
      const renewal = (renewing ??= issue(session.personaId, session.name));
      try {
        return (await renewal).accessToken;
      } catch (error) {
        // The host no longer issues tokens for this persona: the user has to pick again.
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
          storage.removeItem(storageKey);
          throw new SignInRequiredError("The local sign-in for this persona has ended.");
        }
        throw error;
      } finally {
        if (renewing === renewal) renewing = null;
      }
    },

    // The local identity provider signs tokens for this API only: no Graph, people fall back to
    // the names in the strategy profile.
    async getGraphToken() {
      return null;
    },

    signOut() {
      generation++;
      renewing = null;
      storage.removeItem(storageKey);
    },
  };
}
