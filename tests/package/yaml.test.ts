import { describe, expect, it } from "vitest";
import { parseYaml, YamlError } from "../../scripts/teams/yaml";

describe("YAML subset reader", () => {
  it("reads nested mappings, sequences of mappings and scalars as strings", () => {
    const text = [
      "# yaml-language-server: $schema=https://example.invalid/schema.json",
      "version: v1.8",
      "provision:",
      "  - uses: aadApp/create # creates the app",
      "    with:",
      "      name: Board${{APP_NAME_SUFFIX}}",
      "      generateClientSecret: false",
      "    writeToEnvironmentFile:",
      "      clientId: AAD_APP_CLIENT_ID",
      "  - uses: arm/deploy",
      "    with:",
      "      templates:",
      "        - path: ./infra/azure.bicep",
      "          parameters: ./infra/azure.parameters.json",
      "deploy:",
      "- uses: cli/runNpxCommand",
      "  with:",
      "    args: '--yes tool deploy -d ${{SECRET_TOKEN}} --env production'",
      '    url: "https://x/#/board"',
      "    empty:",
    ].join("\n");
    expect(parseYaml(text)).toEqual({
      version: "v1.8",
      provision: [
        {
          uses: "aadApp/create",
          with: { name: "Board${{APP_NAME_SUFFIX}}", generateClientSecret: "false" },
          writeToEnvironmentFile: { clientId: "AAD_APP_CLIENT_ID" },
        },
        {
          uses: "arm/deploy",
          with: { templates: [{ path: "./infra/azure.bicep", parameters: "./infra/azure.parameters.json" }] },
        },
      ],
      deploy: [
        {
          uses: "cli/runNpxCommand",
          with: {
            args: "--yes tool deploy -d ${{SECRET_TOKEN}} --env production",
            url: "https://x/#/board",
            empty: null,
          },
        },
      ],
    });
  });

  it("reads quoted scalars with their escapes and keeps # inside them", () => {
    expect(parseYaml("a: 'it''s # not a comment'\nb: \"tab\\there\"\nc: plain: with colon\n")).toEqual({
      a: "it's # not a comment",
      b: "tab\there",
      c: "plain: with colon",
    });
  });

  it("reads plain scalar items and nested sequences", () => {
    expect(parseYaml("list:\n  - one\n  - - two\n    - three\n  -\n    key: value\n")).toEqual({
      list: ["one", ["two", "three"], { key: "value" }],
    });
  });

  it.each([
    ["flow collections", "a: [1, 2]\n", /flow collections/],
    ["block scalars", "a: |\n  text\n", /block scalars/],
    ["anchors", "a: &anchor x\n", /anchors/],
    ["multi-line plain scalars", "a: one\n  two\n", /multi-line scalars/],
    ["tabs in indentation", "a:\n\tb: c\n", /tabs/],
    ["duplicate keys", "a: 1\na: 2\n", /duplicate key "a"/],
    ["several documents", "a: 1\n---\nb: 2\n", /several documents/],
    ["bad indentation", "a:\n    b: 1\n  c: 2\n", /unexpected indentation/],
    ["unterminated quotes", "a: 'open\n", /unterminated/],
  ])("rejects %s with the line number", (_name, text, message) => {
    expect(() => parseYaml(text)).toThrow(YamlError);
    expect(() => parseYaml(text)).toThrow(message);
    expect(() => parseYaml(text)).toThrow(/line \d+/);
  });
});
