import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "../../scripts/teams/paths";

export { repoRoot };

export const projectPath = (...parts: string[]): string => join(repoRoot, ...parts);
export const readProjectFile = (...parts: string[]): string => readFileSync(projectPath(...parts), "utf8");
export const readProjectJson = (...parts: string[]): unknown =>
  JSON.parse(readProjectFile(...parts)) as unknown;

/**
 * Imports a module of another part of the project at run time (vitest compiles it), without
 * making it part of this TypeScript project: its exports are checked with zod by the caller.
 */
export const importProjectModule = (...parts: string[]): Promise<unknown> =>
  import(/* @vite-ignore */ pathToFileURL(projectPath(...parts)).href) as Promise<unknown>;

export const appPackageFolder = projectPath("appPackage");
export const envFolder = projectPath("env");

/**
 * Values `teamsapp provision --env dev` would have written: what a provisioned environment looks
 * like, for building and validating the dev package offline.
 */
export const provisionedDevValues: Readonly<Record<string, string>> = {
  TEAMS_APP_ID: "0b8e3c1d-4f5a-4a7b-9c2d-1e2f3a4b5c6d",
  AAD_APP_CLIENT_ID: "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
  AAD_APP_OBJECT_ID: "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e",
  AAD_APP_TENANT_ID: "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
  AAD_APP_OAUTH_AUTHORITY: "https://login.microsoftonline.com/7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
  AAD_APP_OAUTH_AUTHORITY_HOST: "https://login.microsoftonline.com",
  TAB_DOMAIN: "gentle-river-0a1b2c3d4.5.azurestaticapps.net",
  TAB_ENDPOINT: "https://gentle-river-0a1b2c3d4.5.azurestaticapps.net",
  AZURE_STATIC_WEB_APPS_RESOURCE_ID:
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-board-dev/providers/Microsoft.Web/staticSites/stapp-boarddev-abc",
  API_FUNCTION_ENDPOINT: "https://func-boarddev-abc.azurewebsites.net",
  API_FUNCTION_RESOURCE_ID:
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-board-dev/providers/Microsoft.Web/sites/func-boarddev-abc",
  STORAGE_ACCOUNT_NAME: "stboarddevabc",
};

export const toEnvFile = (values: Readonly<Record<string, string>>): string =>
  `${Object.entries(values)
    .map(([key, value]) => `${key}=${value}`)
    .join("\n")}\n`;

/** A throw-away folder, removed by the returned cleanup function. */
export function temporaryFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), "board-package-"));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * A copy of the project files that packaging and the lifecycle read (app package, env templates
 * without any .user file, lifecycle files, infra), to change or extend without touching the repo.
 */
export function copyOfProject(root: string): void {
  for (const file of ["manifest.json", "fr.json", "color.png", "outline.png"]) {
    cpSync(projectPath("appPackage", file), join(root, "appPackage", file));
  }
  for (const file of [".env.dev", ".env.local"]) cpSync(projectPath("env", file), join(root, "env", file));
  for (const file of ["teamsapp.yml", "teamsapp.local.yml", "aad.manifest.json"])
    cpSync(projectPath(file), join(root, file));
  cpSync(projectPath("infra"), join(root, "infra"), { recursive: true });
}

export function writeText(path: string, text: string): void {
  writeFileSync(path, text);
}
