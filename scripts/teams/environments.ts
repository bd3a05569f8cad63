import { join } from "node:path";
import { readEnvFile } from "./envFile";
import type { EnvValues } from "./envFile";
import { hasValue } from "./placeholders";

/**
 * Values of a toolkit environment, read as the toolkit reads them: env/.env.<name>, then the
 * git-ignored env/.env.<name>.user (secrets and personal overrides) on top.
 *
 * For the "local" environment only, keys that are still empty fall back to the fixed development
 * values below, so that a Teams package for local debugging can be built offline before
 * `teamsapp provision --env local` has registered real apps. They are deterministic on purpose
 * (the same package on every machine) and are not registered anywhere: a package built with them
 * installs in Teams only after provision replaced them with real ids.
 */
export const localDevelopmentDefaults: Readonly<Record<string, string>> = {
  /** Teams app id placeholder for local packages (a fixed, unregistered GUID). */
  TEAMS_APP_ID: "723fbb43-74a5-43cc-8f6d-6305eed837c1",
  /** Entra client id placeholder for local packages (a fixed, unregistered GUID). */
  AAD_APP_CLIENT_ID: "f18e796c-70c7-4acf-a33c-5a8576010bb8",
  /** The tab's Vite dev server over https. */
  TAB_ENDPOINT: "https://localhost:53000",
  TAB_DOMAIN: "localhost:53000",
  /** Shown as the publisher of the app. */
  DEVELOPER_NAME: "AI Strategy Board team",
};

/** Environments whose missing values may fall back to localDevelopmentDefaults. */
export const environmentsWithDefaults: ReadonlySet<string> = new Set(["local"]);

export type ValueSource = "environment file" | "user file" | "development default";

export interface LoadedEnvironment {
  name: string;
  values: EnvValues;
  /** Where each key's value came from. */
  sources: Record<string, ValueSource>;
  /** The files that were read. */
  files: string[];
}

export class EnvironmentError extends Error {
  override name = "EnvironmentError";
}

export function loadEnvironment(envFolder: string, name: string): LoadedEnvironment {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new EnvironmentError(`"${name}" is not an environment name`);
  const mainFile = join(envFolder, `.env.${name}`);
  const userFile = join(envFolder, `.env.${name}.user`);
  const main = readEnvFile(mainFile);
  if (!main) throw new EnvironmentError(`environment "${name}" has no file ${mainFile}`);
  const user = readEnvFile(userFile);

  const values: EnvValues = {};
  const sources: Record<string, ValueSource> = {};
  // The .user file is read last and wins, as in the toolkit.
  const take = (from: EnvValues, source: ValueSource) => {
    for (const [key, value] of Object.entries(from)) {
      values[key] = value;
      sources[key] = source;
    }
  };
  take(main, "environment file");
  if (user) take(user, "user file");
  if (environmentsWithDefaults.has(name)) {
    for (const [key, value] of Object.entries(localDevelopmentDefaults)) {
      if (!hasValue(values, key)) {
        values[key] = value;
        sources[key] = "development default";
      }
    }
  }
  return { name, values, sources, files: user ? [mainFile, userFile] : [mainFile] };
}
