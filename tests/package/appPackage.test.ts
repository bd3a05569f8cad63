import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AppPackageError, buildAppPackage } from "../../scripts/teams/appPackage";
import type { AppPackage } from "../../scripts/teams/appPackage";
import { loadEnvironment } from "../../scripts/teams/environments";
import { runPackageCommand } from "../../scripts/teams/packageCommand";
import { entryText, readZip, zipTimestamp } from "../../scripts/teams/zip";
import type { ZipEntry } from "../../scripts/teams/zip";
import {
  appPackageFolder,
  copyOfProject,
  envFolder,
  projectPath,
  provisionedDevValues,
  repoRoot,
  temporaryFolder,
  toEnvFile,
  writeText,
} from "./support";

const local = loadEnvironment(envFolder, "local");

function captureIo(root: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { root, out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe("Teams app package", () => {
  let built: AppPackage;
  let entries: ZipEntry[];
  beforeAll(() => {
    built = buildAppPackage(appPackageFolder, local.values);
    entries = readZip(built.zip);
  });

  it("contains exactly the manifest, the two icons and the French strings, at the root", () => {
    expect(entries.map((e) => e.name)).toEqual(["manifest.json", "color.png", "outline.png", "fr.json"]);
    expect(built.entries).toEqual(entries.map((e) => e.name));
  });

  it("holds the resolved manifest and the icon files unchanged", () => {
    const manifest = entries.find((e) => e.name === "manifest.json");
    const text = entryText(manifest!);
    expect(text).not.toContain("${{");
    const parsed = JSON.parse(text) as {
      id: string;
      webApplicationInfo: { id: string };
      validDomains: string[];
    };
    expect(parsed.id).toBe(local.values["TEAMS_APP_ID"]);
    expect(parsed.webApplicationInfo.id).toBe(local.values["AAD_APP_CLIENT_ID"]);
    expect(parsed.validDomains).toEqual([local.values["TAB_DOMAIN"]]);
    for (const icon of ["color.png", "outline.png"]) {
      const data = entries.find((e) => e.name === icon)?.data;
      expect(Buffer.from(data!).equals(readFileSync(projectPath("appPackage", icon))), icon).toBe(true);
    }
    expect(JSON.parse(entryText(entries.find((e) => e.name === "fr.json")!))).toEqual(
      JSON.parse(readFileSync(projectPath("appPackage", "fr.json"), "utf8")),
    );
  });

  it("is byte for byte the same when built again, with every entry dated 1980-01-01 00:00", () => {
    const again = buildAppPackage(appPackageFolder, local.values);
    expect(Buffer.from(again.zip).equals(Buffer.from(built.zip))).toBe(true);
    // Local file headers: signature PK\x03\x04, DOS time at offset 10, DOS date at offset 12.
    const view = new DataView(built.zip.buffer, built.zip.byteOffset, built.zip.byteLength);
    let headers = 0;
    for (let i = 0; i + 4 <= built.zip.length; i++) {
      if (view.getUint32(i, true) !== 0x04034b50) continue;
      headers++;
      expect(view.getUint16(i + 10, true)).toBe(0);
      expect(view.getUint16(i + 12, true)).toBe((0 << 9) | (1 << 5) | 1);
    }
    expect(headers).toBe(4);
    expect(zipTimestamp().getFullYear()).toBe(1980);
  });

  it("refuses unresolved placeholders, naming each missing key", () => {
    const values = { ...local.values, TEAMS_APP_ID: "", TAB_DOMAIN: "" };
    let error: unknown;
    try {
      buildAppPackage(appPackageFolder, values);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppPackageError);
    expect((error as AppPackageError).missingKeys.sort()).toEqual(["TAB_DOMAIN", "TEAMS_APP_ID"]);
    expect((error as AppPackageError).message).toMatch(/manifest\.json: no value for \$\{\{TEAMS_APP_ID\}\}/);
  });

  it("refuses a manifest that breaks the official schema, and a broken icon", () => {
    const folder = temporaryFolder();
    try {
      copyOfProject(folder.path);
      const packageDir = join(folder.path, "appPackage");
      const manifest = JSON.parse(readFileSync(join(packageDir, "manifest.json"), "utf8")) as Record<
        string,
        unknown
      >;
      writeFileSync(
        join(packageDir, "manifest.json"),
        JSON.stringify({ ...manifest, accentColor: "not a colour" }),
      );
      cpSync(join(packageDir, "color.png"), join(packageDir, "outline.png"));
      expect(() => buildAppPackage(packageDir, local.values)).toThrow(
        /accentColor[\s\S]*outline\.png: the outline icon is 192×192, not 32×32/,
      );
    } finally {
      folder.remove();
    }
  });

  it("refuses files outside the package folder", () => {
    const folder = temporaryFolder();
    try {
      copyOfProject(folder.path);
      const packageDir = join(folder.path, "appPackage");
      const manifest = JSON.parse(readFileSync(join(packageDir, "manifest.json"), "utf8")) as {
        icons: object;
      };
      writeFileSync(
        join(packageDir, "manifest.json"),
        JSON.stringify({ ...manifest, icons: { color: "../color.png", outline: "outline.png" } }),
      );
      expect(() => buildAppPackage(packageDir, local.values)).toThrow(
        /"\.\.\/color\.png" is outside the package folder/,
      );
    } finally {
      folder.remove();
    }
  });
});

describe("npm run package", () => {
  it("builds the local package offline and writes it where asked", () => {
    const folder = temporaryFolder();
    try {
      const target = join(folder.path, "out", "local.zip");
      const { io, out, err } = captureIo(repoRoot);
      expect(runPackageCommand(["--env", "local", "--out", target], io)).toBe(0);
      expect(err).toEqual([]);
      expect(out.join("\n")).toMatch(/manifest\.json, color\.png, outline\.png, fr\.json/);
      expect(readZip(new Uint8Array(readFileSync(target))).map((e) => e.name)).toEqual([
        "manifest.json",
        "color.png",
        "outline.png",
        "fr.json",
      ]);
    } finally {
      folder.remove();
    }
  });

  it("refuses an unprovisioned dev environment, naming each missing key and what writes it", () => {
    const folder = temporaryFolder();
    try {
      copyOfProject(folder.path);
      const { io, err } = captureIo(folder.path);
      expect(runPackageCommand(["--env", "dev"], io)).toBe(1);
      const message = err.join("\n");
      expect(message).toMatch(/Environment "dev" has no value for:/);
      expect(message).toMatch(/TEAMS_APP_ID \(written by teamsApp\/create during provision\)/);
      expect(message).toMatch(/AAD_APP_CLIENT_ID \(written by aadApp\/create during provision\)/);
      expect(message).toMatch(/TAB_ENDPOINT \(written by arm\/deploy during provision\)/);
      expect(message).toMatch(/TAB_DOMAIN \(written by arm\/deploy during provision\)/);
      expect(message).toMatch(/teamsapp provision --env dev/);
      expect(existsSync(join(folder.path, "appPackage", "build"))).toBe(false);
    } finally {
      folder.remove();
    }
  });

  it("builds the dev package once provision has written its values (here in .env.dev.user)", () => {
    const folder = temporaryFolder();
    try {
      copyOfProject(folder.path);
      writeText(join(folder.path, "env", ".env.dev.user"), toEnvFile(provisionedDevValues));
      const { io, err } = captureIo(folder.path);
      expect(runPackageCommand(["--env", "dev"], io)).toBe(0);
      expect(err).toEqual([]);
      const zip = readFileSync(join(folder.path, "appPackage", "build", "appPackage.dev.zip"));
      const manifest = JSON.parse(entryText(readZip(new Uint8Array(zip))[0]!)) as {
        name: { short: string };
        developer: { websiteUrl: string };
      };
      expect(manifest.name.short).toBe("AI Strategy Board (dev)");
      expect(manifest.developer.websiteUrl).toBe(`${provisionedDevValues["TAB_ENDPOINT"]}/index.html#/about`);
    } finally {
      folder.remove();
    }
  });

  it("explains its usage when --env is missing or wrong", () => {
    const missing = captureIo(repoRoot);
    expect(runPackageCommand([], missing.io)).toBe(2);
    expect(missing.err.join("\n")).toMatch(/--env is required[\s\S]*Usage: npm run package/);

    const unknownOption = captureIo(repoRoot);
    expect(runPackageCommand(["--env", "dev", "--bogus"], unknownOption.io)).toBe(2);

    const unknownEnv = captureIo(repoRoot);
    expect(runPackageCommand(["--env", "staging"], unknownEnv.io)).toBe(1);
    expect(unknownEnv.err.join("\n")).toMatch(/environment "staging" has no file/);
  });
});
