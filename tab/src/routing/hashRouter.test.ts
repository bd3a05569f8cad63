import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildHash, navigate, parseHash, useRoute } from "./hashRouter";

describe("parseHash", () => {
  it("reads the path and the query", () => {
    expect(parseHash("#/portfolio?department=Finance&stage=pilot")).toEqual({
      path: "/portfolio",
      query: { department: "Finance", stage: "pilot" },
    });
  });

  it("treats an empty or bare hash as the root", () => {
    for (const hash of ["", "#", "#/", "#!/", "#?"])
      expect(parseHash(hash)).toEqual({ path: "/", query: {} });
  });

  it("accepts older and hand-written forms of the same route", () => {
    for (const hash of ["#portfolio", "#!/portfolio", "#/portfolio/", "#//portfolio", "/portfolio"]) {
      expect(parseHash(hash).path).toBe("/portfolio");
    }
    expect(parseHash("#portfolio?stage=pilot").query).toEqual({ stage: "pilot" });
  });

  it("decodes percent-encoding and '+' in values, and path segments", () => {
    expect(parseHash("#/portfolio?department=Research%20%26%20Development&owner=a+b").query).toEqual({
      department: "Research & Development",
      owner: "a b",
    });
    expect(parseHash("#/initiatives/abc%2F1").path).toBe("/initiatives/abc/1");
    // Malformed escapes are kept as written rather than failing.
    expect(parseHash("#/bad%E0%A4%A").path).toBe("/bad%E0%A4%A");
  });

  it("drops empty values and keeps the last of a repeated key", () => {
    expect(parseHash("#/portfolio?department=&stage=pilot&stage=scaling&owner=%20").query).toEqual({
      stage: "scaling",
    });
  });
});

describe("buildHash", () => {
  it("builds a hash, leaving out empty values", () => {
    expect(buildHash("/portfolio")).toBe("#/portfolio");
    expect(buildHash("portfolio/", { department: "Finance", stage: undefined, owner: null, sort: "" })).toBe(
      "#/portfolio?department=Finance",
    );
  });

  it("round-trips through parseHash", () => {
    const query = { department: "R&D / Labs", owner: "user.1", note: "50% = half?" };
    const hash = buildHash("/portfolio", query);
    expect(hash).not.toMatch(/[ &]Labs/);
    expect(parseHash(hash)).toEqual({ path: "/portfolio", query });
  });
});

describe("useRoute and navigate", () => {
  it("follows hash changes, pushed or replaced", async () => {
    window.history.replaceState(null, "", "/#/portfolio");
    const { result } = renderHook(() => useRoute());
    expect(result.current.path).toBe("/portfolio");

    const lengthBefore = window.history.length;
    act(() => navigate("#/portfolio?stage=pilot", { replace: true }));
    expect(result.current).toEqual({ path: "/portfolio", query: { stage: "pilot" } });
    expect(window.history.length).toBe(lengthBefore);

    await act(async () => {
      navigate("#/snapshots");
      await new Promise((resolve) => window.addEventListener("hashchange", resolve, { once: true }));
    });
    expect(result.current.path).toBe("/snapshots");
  });

  it("keeps the same route object while the hash stays the same", () => {
    window.history.replaceState(null, "", "/#/portfolio?stage=pilot");
    const { result, rerender } = renderHook(() => useRoute());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
