import type { Client } from "@microsoft/microsoft-graph-client";

/**
 * Microsoft Graph for the tab: people's names, titles and photos, and the people picker's search.
 * Tokens come from the sign-in's token service (`getGraphToken`); `@microsoft/microsoft-graph-client`
 * is downloaded only once a Graph token has actually been obtained, so local sign-in and Teams SSO
 * (which have no Graph token) never load it.
 */

/** Delegated permissions the app registration requests (aad.manifest.json). */
export const graphScopes: readonly string[] = ["User.Read", "User.ReadBasic.All", "People.Read"];

/** Returns a Graph token for the scopes, or null when there is none to be had without a prompt. */
export type GraphTokenSource = (scopes: readonly string[]) => Promise<string | null>;

export class GraphUnavailableError extends Error {
  override readonly name = "GraphUnavailableError";
  constructor() {
    super("No Microsoft Graph token is available.");
  }
}

export interface GraphAccess {
  /** The Graph client, or null when no Graph token can be had (local sign-in, Teams SSO, no consent). */
  client(): Promise<Client | null>;
}

export function createGraphAccess(getToken: GraphTokenSource, scopes: readonly string[] = graphScopes): GraphAccess {
  let loading: Promise<Client> | null = null;

  const load = () =>
    import("@microsoft/microsoft-graph-client").then(({ Client: GraphClient }) =>
      GraphClient.initWithMiddleware({
        defaultVersion: "v1.0",
        authProvider: {
          // Asked before each request: MSAL answers from its cache and renews when needed.
          getAccessToken: async () => {
            const token = await getToken(scopes);
            if (!token) throw new GraphUnavailableError();
            return token;
          },
        },
      }),
    );

  return {
    async client() {
      if (!(await getToken(scopes))) return null;
      const request = (loading ??= load().catch((error: unknown) => {
        // A failed download may succeed later (a network blip): try again next time.
        if (loading === request) loading = null;
        throw error;
      }));
      return request;
    },
  };
}
