import * as z from "zod/mini";

/**
 * The tab's one typed configuration, read from Vite's `import.meta.env` at start-up. A missing or
 * malformed setting is reported by name on a visible screen (see main.tsx); nothing falls back
 * silently. zod/mini keeps the validator a few kilobytes in the initial bundle.
 */

const isHttpUrl = (s: string) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol);
const apiBaseUrl = z.string().check(
  // A same-origin path ("/api", never the protocol-relative "//host") or an absolute http(s) URL.
  z.refine((s) => /^\/(?!\/)/.test(s) || isHttpUrl(s), "a path such as /api or an absolute http(s) URL"),
);

const common = {
  VITE_API_BASE_URL: z._default(apiBaseUrl, "/api"),
  VITE_APPINSIGHTS_CONNECTION_STRING: z.optional(
    z
      .string()
      .check(
        z.regex(/InstrumentationKey=/i, "an Application Insights connection string (InstrumentationKey=…)"),
      ),
  ),
};

const guid = "a GUID such as 00000000-0000-0000-0000-000000000000";
const envSchema = z.discriminatedUnion(
  "VITE_AUTH_MODE",
  [
    z.object({ VITE_AUTH_MODE: z.literal("local"), ...common }),
    z.object({
      VITE_AUTH_MODE: z.literal("entra"),
      VITE_ENTRA_CLIENT_ID: z.uuid(guid),
      VITE_ENTRA_TENANT_ID: z.uuid(guid),
      VITE_API_SCOPE: z
        .string(`the API scope, such as api://<domain>/<client id>/access_as_user`)
        .check(z.startsWith("api://", "a scope starting with api://")),
      ...common,
    }),
  ],
  'either "local" or "entra"',
);

export type AuthSettings =
  { mode: "local" } | { mode: "entra"; clientId: string; tenantId: string; apiScope: string };

export interface AppConfig {
  auth: AuthSettings;
  /** Base of the API's routes, without a trailing slash: "/api" or "https://host/api". */
  apiBaseUrl: string;
  /** The local identity provider of the API's local host (local mode only). */
  localAuthUrl: string;
  appInsightsConnectionString: string | undefined;
}

export interface ConfigProblem {
  setting: string;
  message: string;
}

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: ConfigProblem[] };

type Env = { readonly DEV?: boolean; readonly [setting: `VITE_${string}`]: string | undefined };

export function readConfig(env: Env = import.meta.env): ConfigResult {
  // An empty value (`VITE_API_SCOPE=` in a .env file) means "not set".
  const values: Record<string, string> = Object.fromEntries(
    Object.entries(env).filter(
      (e): e is [string, string] =>
        e[0].startsWith("VITE_") && typeof e[1] === "string" && e[1].trim() !== "",
    ),
  );
  // Local sign-in is the default on a developer's machine only; a build must say which it uses.
  if (env.DEV && values.VITE_AUTH_MODE === undefined) values.VITE_AUTH_MODE = "local";

  const parsed = envSchema.safeParse(values);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        setting: String(issue.path[0] ?? "VITE_AUTH_MODE"),
        message: issue.message,
      })),
    };
  }
  const s = parsed.data;
  const apiBaseUrl = s.VITE_API_BASE_URL.replace(/\/+$/, "");
  return {
    ok: true,
    config: {
      auth:
        s.VITE_AUTH_MODE === "entra"
          ? {
              mode: "entra",
              clientId: s.VITE_ENTRA_CLIENT_ID,
              tenantId: s.VITE_ENTRA_TENANT_ID,
              apiScope: s.VITE_API_SCOPE,
            }
          : { mode: "local" },
      apiBaseUrl,
      localAuthUrl: URL.canParse(apiBaseUrl) ? `${new URL(apiBaseUrl).origin}/local-auth` : "/local-auth",
      appInsightsConnectionString: s.VITE_APPINSIGHTS_CONNECTION_STRING,
    },
  };
}
