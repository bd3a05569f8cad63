import { z } from "zod";

/**
 * The API's one typed configuration. Read once per process from the environment; a missing or
 * malformed setting stops the process with a message naming the setting, never a silent fallback.
 */
const csv = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean),
  );

const common = {
  /** Name of the table that holds every entity; one partition per tenant. */
  TABLE_NAME: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{2,62}$/, "3-63 letters or digits, starting with a letter")
    .default("board"),
  /** Blob container for published board snapshots. */
  SNAPSHOT_CONTAINER: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]$/, "3-63 lower-case letters, digits or dashes")
    .default("snapshots"),
  /** Local Azurite (or any) connection string; used when no account name is given. */
  STORAGE_CONNECTION_STRING: z.string().min(1).optional(),
  /** In Azure: the storage account, reached with the managed identity (no keys). */
  STORAGE_ACCOUNT_NAME: z
    .string()
    .regex(/^[a-z0-9]{3,24}$/, "3-24 lower-case letters or digits")
    .optional(),
  APPLICATIONINSIGHTS_CONNECTION_STRING: z.string().min(1).optional(),
  /** Origin of the tab allowed to call the local host across origins (Azure sets CORS itself). */
  TAB_ORIGIN: z.url().optional(),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(7071),
};

const entra = z.object({
  AUTH_MODE: z.literal("entra"),
  ENTRA_CLIENT_ID: z.uuid(),
  ENTRA_TENANT_ID: z.uuid(),
  /** api://<tab domain>/<client id>; tokens may carry it or the client id as audience. */
  ENTRA_APP_ID_URI: z.string().startsWith("api://"),
  /** The Entra authority; only tests point it elsewhere (a local issuer that plays Entra). */
  ENTRA_AUTHORITY_HOST: z.url().default("https://login.microsoftonline.com"),
  /** Extra tenants for multi-tenant installs; the home tenant is always allowed. */
  ALLOWED_TENANT_IDS: csv.pipe(z.array(z.uuid())).default([]),
  ...common,
});

const local = z.object({
  AUTH_MODE: z.literal("local"),
  ...common,
});

export const configSchema = z
  .discriminatedUnion("AUTH_MODE", [entra, local])
  .refine((c) => c.STORAGE_CONNECTION_STRING ?? c.STORAGE_ACCOUNT_NAME, {
    message: "set STORAGE_ACCOUNT_NAME (Azure, managed identity) or STORAGE_CONNECTION_STRING (local)",
    path: ["STORAGE_ACCOUNT_NAME"],
  });

export type Config = z.infer<typeof configSchema>;

/** Settings the Functions host must be given in Azure (used by the infrastructure tests). */
export const requiredAzureSettings = [
  "AUTH_MODE",
  "ENTRA_CLIENT_ID",
  "ENTRA_TENANT_ID",
  "ENTRA_APP_ID_URI",
  "STORAGE_ACCOUNT_NAME",
] as const;

/** True when the process runs on Azure App Service / Functions infrastructure. */
export function runsInAzure(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.WEBSITE_INSTANCE_ID ?? env.WEBSITE_SITE_NAME ?? env.WEBSITE_HOSTNAME);
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "AUTH_MODE"}: ${i.message}`);
    throw new ConfigError(`Invalid API configuration:\n${lines.join("\n")}`);
  }
  if (parsed.data.AUTH_MODE === "local" && runsInAzure(env)) {
    throw new ConfigError("AUTH_MODE=local is refused in Azure: the local identity provider is for development only");
  }
  return parsed.data;
}

let cached: Config | undefined;
/** The process-wide configuration, parsed on first use. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
