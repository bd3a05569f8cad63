import { describe, expect, it } from "vitest";
import { EnvFileError, parseEnvFile } from "../../scripts/teams/envFile";
import { loadEnvironment, localDevelopmentDefaults } from "../../scripts/teams/environments";
import { envFolder, temporaryFolder, writeText } from "./support";
import { join } from "node:path";
import { cpSync, mkdirSync } from "node:fs";

describe("environment file reader", () => {
  it("reads plain, quoted and empty values, skipping comments and blank lines", () => {
    const values = parseEnvFile(
      [
        "# a comment",
        "",
        "PLAIN=value with spaces   ",
        "EMPTY=",
        'DOUBLE=" (dev)"',
        "SINGLE='it has # and \"quotes\"'",
        "INLINE=value # trailing comment",
        "URL=https://localhost:53000/index.html#/board",
        "export EXPORTED=yes",
        'ESCAPED="line\\nbreak"',
      ].join("\n"),
    );
    expect(values).toEqual({
      PLAIN: "value with spaces",
      EMPTY: "",
      DOUBLE: " (dev)",
      SINGLE: 'it has # and "quotes"',
      INLINE: "value",
      URL: "https://localhost:53000/index.html#/board",
      EXPORTED: "yes",
      ESCAPED: "line\nbreak",
    });
  });

  it("lets a later line win, as dotenv does", () => {
    expect(parseEnvFile("KEY=first\nKEY=second\n")).toEqual({ KEY: "second" });
  });

  it("refuses lines it cannot read, naming the line", () => {
    expect(() => parseEnvFile("GOOD=1\nthis is not a setting\n", "env/.env.dev")).toThrow(
      /env\/\.env\.dev:2: expected KEY=value/,
    );
    expect(() => parseEnvFile('KEY="unterminated\n')).toThrow(EnvFileError);
    expect(() => parseEnvFile('KEY="quoted" trailing\n')).toThrow(/unexpected text after the quoted value/);
  });
});

describe("environments", () => {
  it("fills empty keys of the local environment with the documented development defaults", () => {
    const folder = temporaryFolder();
    try {
      cpSync(join(envFolder, ".env.local"), join(folder.path, ".env.local"));
      const local = loadEnvironment(folder.path, "local");
      for (const key of ["TEAMS_APP_ID", "AAD_APP_CLIENT_ID"]) {
        expect(local.values[key], key).toBe(localDevelopmentDefaults[key]);
        expect(local.sources[key], key).toBe("development default");
      }
      // The template itself sets where the tab is served; the defaults agree with it.
      for (const key of ["TAB_ENDPOINT", "TAB_DOMAIN"]) {
        expect(local.sources[key], key).toBe("environment file");
        expect(local.values[key], key).toBe(localDevelopmentDefaults[key]);
      }
    } finally {
      folder.remove();
    }
  });

  it("gives no default to any other environment", () => {
    const folder = temporaryFolder();
    try {
      writeText(join(folder.path, ".env.dev"), "TEAMSFX_ENV=dev\nTEAMS_APP_ID=\n");
      const dev = loadEnvironment(folder.path, "dev");
      expect(dev.values["TEAMS_APP_ID"]).toBe("");
      expect(dev.values["TAB_ENDPOINT"]).toBeUndefined();
      expect(Object.values(dev.sources)).not.toContain("development default");
    } finally {
      folder.remove();
    }
  });

  it("reads the .user file last, so its values win", () => {
    const folder = temporaryFolder();
    try {
      mkdirSync(folder.path, { recursive: true });
      writeText(join(folder.path, ".env.local"), "TEAMS_APP_ID=\nTAB_DOMAIN=localhost:53000\n");
      writeText(
        join(folder.path, ".env.local.user"),
        "TEAMS_APP_ID=11111111-2222-4333-8444-555555555555\nSECRET_X=s\n",
      );
      const local = loadEnvironment(folder.path, "local");
      expect(local.values["TEAMS_APP_ID"]).toBe("11111111-2222-4333-8444-555555555555");
      expect(local.sources["TEAMS_APP_ID"]).toBe("user file");
      expect(local.values["SECRET_X"]).toBe("s");
      expect(local.files).toHaveLength(2);
    } finally {
      folder.remove();
    }
  });

  it("refuses an environment without its file", () => {
    expect(() => loadEnvironment(envFolder, "nowhere")).toThrow(/environment "nowhere" has no file/);
  });
});
