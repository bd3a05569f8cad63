import { describe, expect, it } from "vitest";
import {
  placeholderKeys,
  placeholderKeysIn,
  resolveJson,
  resolveText,
} from "../../scripts/teams/placeholders";

describe("placeholders", () => {
  it("finds each key once, with the spacing the toolkit accepts", () => {
    expect(placeholderKeys("${{A}} ${{ B }} ${{A}} $B {{C}} ${D}")).toEqual(["A", "B"]);
  });

  it("substitutes keys with a value and reports the others, leaving them in place", () => {
    const resolved = resolveText("api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}", {
      TAB_DOMAIN: "x.net",
      AAD_APP_CLIENT_ID: "",
    });
    expect(resolved.value).toBe("api://x.net/${{AAD_APP_CLIENT_ID}}");
    expect(resolved.unresolved).toEqual(["AAD_APP_CLIENT_ID"]);
  });

  it("treats an empty APP_NAME_SUFFIX as a value, and only that key", () => {
    expect(resolveText("Board${{APP_NAME_SUFFIX}}", { APP_NAME_SUFFIX: "" })).toEqual({
      value: "Board",
      unresolved: [],
    });
    expect(resolveText("Board${{APP_NAME_SUFFIX}}", {}).unresolved).toEqual(["APP_NAME_SUFFIX"]);
  });

  it("resolves every string of a JSON document and keeps it valid JSON whatever the value", () => {
    const resolved = resolveJson(
      { a: ["${{Q}}", 1, true, null], b: { "${{Q}}": "${{MISSING}}" } },
      { Q: 'say "hi"' },
    );
    expect(resolved.value).toEqual({ a: ['say "hi"', 1, true, null], b: { 'say "hi"': "${{MISSING}}" } });
    expect(resolved.unresolved).toEqual(["MISSING"]);
    expect(JSON.parse(JSON.stringify(resolved.value))).toEqual(resolved.value);
  });

  it("lists the placeholders anywhere in a JSON document", () => {
    expect(placeholderKeysIn({ x: ["${{A}}"], y: { z: "${{B}}-${{A}}" } })).toEqual(["A", "B"]);
  });
});
