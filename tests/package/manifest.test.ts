import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildAppPackage } from "../../scripts/teams/appPackage";
import { loadEnvironment } from "../../scripts/teams/environments";
import { localisationFiles } from "../../scripts/teams/manifestFiles";
import { schemaFileFor, validateAgainstOwnSchema } from "../../scripts/teams/manifestSchema";
import { placeholderKeys, placeholderKeysIn, resolveJson } from "../../scripts/teams/placeholders";
import {
  appPackageFolder,
  envFolder,
  provisionedDevValues,
  readProjectFile,
  readProjectJson,
  temporaryFolder,
  toEnvFile,
  writeText,
} from "./support";
import { cpSync } from "node:fs";
import { z } from "zod";

const template = readProjectJson("appPackage", "manifest.json") as Record<string, unknown>;

const manifestShape = z.object({
  $schema: z.string(),
  manifestVersion: z.string(),
  staticTabs: z.array(
    z.object({
      entityId: z.string(),
      name: z.string(),
      contentUrl: z.string(),
      websiteUrl: z.string(),
      scopes: z.array(z.string()),
    }),
  ),
  configurableTabs: z.array(
    z.object({
      configurationUrl: z.string(),
      canUpdateConfiguration: z.boolean(),
      scopes: z.array(z.string()),
      context: z.array(z.string()),
    }),
  ),
  validDomains: z.array(z.string()),
  webApplicationInfo: z.object({
    id: z.string(),
    resource: z.string(),
    nestedAppAuthInfo: z.array(z.object({ redirectUri: z.string(), scopes: z.array(z.string()) })),
  }),
});
const manifest = manifestShape.parse(template);

/** The dev environment as it is after provision: the template plus what provision wrote. */
function provisionedDevEnvironment() {
  const folder = temporaryFolder();
  try {
    cpSync(join(envFolder, ".env.dev"), join(folder.path, ".env.dev"));
    writeText(join(folder.path, ".env.dev.user"), toEnvFile(provisionedDevValues));
    return loadEnvironment(folder.path, "dev");
  } finally {
    folder.remove();
  }
}

describe("Teams app manifest", () => {
  it("names an official schema shipped by @microsoft/app-manifest, for its own manifest version", () => {
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    expect(schemaFileFor(manifest.$schema)).toMatch(
      new RegExp(`v${manifest.manifestVersion.replace(".", "\\.")}`),
    );
  });

  it.each([
    ["local", () => loadEnvironment(envFolder, "local")],
    ["dev (provisioned)", provisionedDevEnvironment],
  ])("validates against the official schema once resolved for %s", (_name, environment) => {
    const { values } = environment();
    const resolved = resolveJson(template, values);
    expect(resolved.unresolved).toEqual([]);
    expect(validateAgainstOwnSchema(resolved.value)).toEqual([]);
    expect(() => buildAppPackage(appPackageFolder, values)).not.toThrow();
  });

  it("does not validate with its placeholders left in, so the validation is real", () => {
    const errors = validateAgainstOwnSchema(template);
    expect(errors.some((e) => e.startsWith("/id "))).toBe(true);
    expect(errors.some((e) => e.startsWith("/webApplicationInfo/id "))).toBe(true);
  });

  it("fails validation when a required part is missing or malformed", () => {
    const { values } = loadEnvironment(envFolder, "local");
    const resolved = resolveJson(template, values).value as Record<string, unknown>;
    const withoutDeveloper = Object.fromEntries(
      Object.entries(resolved).filter(([key]) => key !== "developer"),
    );
    expect(validateAgainstOwnSchema(withoutDeveloper).join("\n")).toMatch(/developer/);
    expect(validateAgainstOwnSchema({ ...resolved, accentColor: "purple" }).join("\n")).toMatch(
      /accentColor/,
    );
  });

  it("takes every environment-specific value from a placeholder", () => {
    expect(placeholderKeysIn(template).sort()).toEqual(
      [
        "AAD_APP_CLIENT_ID",
        "APP_NAME_SUFFIX",
        "DEVELOPER_NAME",
        "TAB_DOMAIN",
        "TAB_ENDPOINT",
        "TEAMS_APP_ID",
      ].sort(),
    );
    const text = readProjectFile("appPackage", "manifest.json");
    expect(text).not.toMatch(/localhost|azurestaticapps|example\.(com|org)|contoso/i);
  });

  it("has the Board and My area personal tabs on their routes", () => {
    expect(manifest.staticTabs.map((t) => [t.entityId, t.name, t.contentUrl, t.scopes])).toEqual([
      ["board", "Board", "${{TAB_ENDPOINT}}/index.html#/board", ["personal"]],
      ["my-area", "My area", "${{TAB_ENDPOINT}}/index.html#/my-area", ["personal"]],
    ]);
    manifest.staticTabs.forEach((tab) => expect(tab.websiteUrl).toBe(tab.contentUrl));
  });

  it("has a configurable tab for channels, group chats and meetings", () => {
    expect(manifest.configurableTabs).toHaveLength(1);
    const [tab] = manifest.configurableTabs;
    expect(tab?.configurationUrl).toBe("${{TAB_ENDPOINT}}/index.html#/config");
    expect(tab?.canUpdateConfiguration).toBe(true);
    expect(tab?.scopes.sort()).toEqual(["groupChat", "team"]);
    expect(tab?.context.sort()).toEqual([
      "channelTab",
      "meetingChatTab",
      "meetingSidePanel",
      "meetingStage",
      "privateChatTab",
    ]);
  });

  it("declares the Entra app for SSO and prefetches the API token with nested app authentication", () => {
    expect(manifest.validDomains).toEqual(["${{TAB_DOMAIN}}"]);
    expect(manifest.webApplicationInfo.id).toBe("${{AAD_APP_CLIENT_ID}}");
    expect(manifest.webApplicationInfo.resource).toBe("api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}");
    expect(manifest.webApplicationInfo.nestedAppAuthInfo).toEqual([
      {
        redirectUri: "brk-multihub://${{TAB_DOMAIN}}",
        scopes: [`${manifest.webApplicationInfo.resource}/access_as_user`],
      },
    ]);
  });
});

describe("localisation", () => {
  const files = localisationFiles(template);

  it("adds French through localizationInfo, with en-us as the default language", () => {
    expect((template["localizationInfo"] as { defaultLanguageTag: string }).defaultLanguageTag).toBe("en-us");
    expect(files).toEqual(["fr.json"]);
  });

  it.each(files)("%s validates against the official localisation schema", (file) => {
    const document = readProjectJson("appPackage", file);
    expect(validateAgainstOwnSchema(document)).toEqual([]);
    expect(validateAgainstOwnSchema({ ...(document as object), "unknown.key": "x" })).not.toEqual([]);
  });

  it.each(files)(
    "%s translates the names, descriptions and every static tab, without placeholders",
    (file) => {
      const text = readProjectFile("appPackage", file);
      // The toolkit's zipAppPackage copies localisation files as they are: a placeholder would ship.
      expect(placeholderKeys(text)).toEqual([]);
      const keys = Object.keys(JSON.parse(text) as object).filter((key) => key !== "$schema");
      const expected = ["name.short", "name.full", "description.short", "description.full"];
      manifest.staticTabs.forEach((_tab, i) => expected.push(`staticTabs[${i}].name`));
      expect(keys.sort()).toEqual(expected.sort());
    },
  );
});
