// Runs in the tab project's jsdom environment: its setup file needs `window`, and the runtime
// ordering check below uses Griffel's own DOM renderer.
import { createDOMRenderer } from "@griffel/core";
import { parseSync } from "vite";
import { describe, expect, it } from "vitest";
import {
  griffelSheets,
  sheetAttributes,
  sortCSSRules,
  transformGriffelModule,
  type CSSRulesByBucket,
} from "./griffelCss";

/** A module as Fluent UI publishes it: styles compiled ahead of time. */
const fluentModule = `'use client';

import { tokens } from "@fluentui/react-theme";
import { __styles, __resetStyles, mergeClasses } from "@griffel/react";
export const useRootBaseClassName = /*#__PURE__*/__resetStyles("r1abc", null, [".r1abc{display:flex;}", ".r1abc:hover{color:red;}"]);
export const useStyles = /*#__PURE__*/__styles({
  root: { sj55zd: "f1x", Bi91k9c: "fh1" },
  small: { Be2twd7: ["fs1", "fs2"] }
}, {
  d: [".f1x{color:blue;}", [".fs1{padding:0;}", { p: -1 }], ".fs2{font-size:10px;}"],
  h: [".fh1:hover{color:green;}"],
  m: [["@media (forced-colors: active){.fm1{color:CanvasText;}}", { m: "(forced-colors: active)" }]]
});
export const useClasses = () => mergeClasses(useRootBaseClassName(), useStyles().root, tokens.colorBrand);
`;

const callsTo = (code: string, name: string) => code.split(`${name}(`).length - 1;

describe("transformGriffelModule", () => {
  it("rewrites __styles into __css and __resetStyles into __resetCSS, and returns their rules", () => {
    const result = transformGriffelModule(
      fluentModule,
      "/x/node_modules/@fluentui/react-foo/lib/useFooStyles.styles.js",
    );
    expect(result).toBeDefined();
    const { code, rules } = result!;

    expect(parseSync("out.js", code, { sourceType: "module" }).errors).toEqual([]);
    expect(callsTo(code, "__styles")).toBe(0);
    expect(callsTo(code, "__resetStyles")).toBe(0);
    expect(code).toContain('import { __css as __griffel___css } from "@griffel/react";');
    expect(code).toContain('import { __resetCSS as __griffel___resetCSS } from "@griffel/react";');
    // The class maps and class names are kept as written; the CSS is gone from the code.
    expect(code).toContain('__griffel___resetCSS("r1abc", null)');
    expect(code).toMatch(/__griffel___css\(\{\s*root: \{ sj55zd: "f1x", Bi91k9c: "fh1" \},/);
    expect(code).not.toContain("{color:");
    // The directive stays first, the rest of the module is untouched.
    expect(code.startsWith("'use client';")).toBe(true);
    expect(code).toContain("mergeClasses(useRootBaseClassName(), useStyles().root, tokens.colorBrand)");

    expect(rules).toEqual([
      { r: [".r1abc{display:flex;}", ".r1abc:hover{color:red;}"] },
      {
        d: [".f1x{color:blue;}", [".fs1{padding:0;}", { p: -1 }], ".fs2{font-size:10px;}"],
        h: [".fh1:hover{color:green;}"],
        m: [["@media (forced-colors: active){.fm1{color:CanvasText;}}", { m: "(forced-colors: active)" }]],
      },
    ]);
  });

  it("handles reset styles with at-rules, aliased imports and @griffel/core", () => {
    const code = `import { __resetStyles as rs } from "@griffel/core";
const useBase = rs("rltr", "rrtl", { r: [".rltr{margin-left:1px;}", ".rrtl{margin-right:1px;}"], s: ["@media screen{.rltr{color:red;}}"] }, factory);
const useOther = rs("r2", null, { r: [".r2{color:red;}"] });`;
    const result = transformGriffelModule(code, "/x/node_modules/pkg/index.js");
    // The call with a custom insertion factory has four arguments: it stays a runtime call.
    expect(result?.code).toContain('rs("rltr", "rrtl", {');
    expect(result?.code).toContain('__griffel___resetCSS("r2", null)');
    expect(result?.code).toContain('import { __resetCSS as __griffel___resetCSS } from "@griffel/core";');
    expect(result?.rules).toEqual([{ r: [".r2{color:red;}"] }]);

    const threeArgs = transformGriffelModule(code.replace(", factory)", ")"), "/x/node_modules/pkg/index.js");
    expect(threeArgs?.code).toContain('__griffel___resetCSS("rltr", "rrtl")');
    expect(threeArgs?.rules[0]).toEqual({
      r: [".rltr{margin-left:1px;}", ".rrtl{margin-right:1px;}"],
      s: ["@media screen{.rltr{color:red;}}"],
    });
  });

  it("leaves modules without Griffel calls untouched", () => {
    expect(transformGriffelModule("export const a = 1;", "/x/node_modules/pkg/a.js")).toBeUndefined();
    // Named like Griffel's, but not imported from Griffel.
    const lookalike = `import { __styles } from "./local";\nexport const s = __styles({}, { d: [".a{color:red;}"] });`;
    expect(transformGriffelModule(lookalike, "/x/node_modules/pkg/b.js")).toBeUndefined();
    // Rules that are not a literal (or in an unknown bucket) stay with the runtime.
    const dynamic = `import { __styles } from "@griffel/react";\nexport const s = __styles({ root: {} }, rules);\nexport const t = __styles({ root: {} }, { z: [".a{}"] });`;
    expect(transformGriffelModule(dynamic, "/x/node_modules/pkg/c.js")).toBeUndefined();
    // Not JavaScript that parses: left alone rather than guessed at.
    expect(
      transformGriffelModule("import { __styles } from '@griffel/react'; __styles(", "/x/d.js"),
    ).toBeUndefined();
  });
});

describe("sortCSSRules", () => {
  const sets: CSSRulesByBucket[] = [
    {
      m: [
        ["@media (min-width: 800px){.c1{color:red;}}", { m: "(min-width: 800px)" }],
        ["@media (forced-colors: active){.c2{color:red;}}", { m: "(forced-colors: active)" }],
      ],
      h: [".c3:hover{color:red;}"],
      d: [".c4{color:red;}", [".c5{padding:0;}", { p: -1 }], [".c6{background:none;}", { p: -2 }]],
    },
    {
      r: [".c7{color:red;}"],
      a: [".c8:active{color:red;}"],
      f: [".c9:focus{color:red;}"],
      d: [".c10{margin:0;}", ".c4{color:red;}"],
      t: ["@supports (display:grid){.c11{display:grid;}}"],
      k: ["@keyframes c12{from{opacity:0;}}"],
      s: ["@media screen{.c13{color:red;}}"],
      i: [".c14:focus-visible{color:red;}"],
      m: [["@media (forced-colors: active){.c15{color:red;}}", { m: "(forced-colors: active)", p: -1 }]],
    },
  ];
  const order = (css: string) => [...css.matchAll(/\.(c\d+)|keyframes (c\d+)/g)].map((m) => m[1] ?? m[2]);

  it("orders the rules as Griffel's buckets, with media queries and priorities, each rule once", () => {
    const css = sortCSSRules(sets);
    expect(css).toContain("@media (forced-colors: active){.c2{color:red;}}");
    expect(order(css)).toEqual([
      "c7", // r: reset styles first
      "c6", // d, priority -2
      "c5", // d, priority -1
      "c4", // d, priority 0 (once)
      "c10",
      "c9", // f
      "c14", // i
      "c3", // h
      "c8", // a
      "c13", // s
      "c12", // k
      "c11", // t
      "c15", // m (forced-colors) priority -1
      "c2", // m (forced-colors) priority 0
      "c1", // m (min-width: 800px)
    ]);
  });

  it("gives the same cascade as Griffel's runtime renderer", () => {
    const renderer = createDOMRenderer(document);
    for (const set of sets) renderer.insertCSSRules(set as Parameters<typeof renderer.insertCSSRules>[0]);
    const runtimeCss = [...document.head.querySelectorAll("style[data-make-styles-bucket]")]
      .flatMap((style) => [...(style as HTMLStyleElement).sheet!.cssRules].map((rule) => rule.cssText))
      .join("");
    expect(runtimeCss).not.toBe("");
    expect(order(sortCSSRules(sets))).toEqual(order(runtimeCss));
  });

  it("writes one style element per runtime sheet, with the runtime's attributes", () => {
    const sheets = griffelSheets(sets);
    expect(sheets.map(sheetAttributes)).toEqual([
      { "data-make-styles-bucket": "r", "data-priority": "0" },
      { "data-make-styles-bucket": "d", "data-priority": "-2" },
      { "data-make-styles-bucket": "d", "data-priority": "-1" },
      { "data-make-styles-bucket": "d", "data-priority": "0" },
      { "data-make-styles-bucket": "f", "data-priority": "0" },
      { "data-make-styles-bucket": "i", "data-priority": "0" },
      { "data-make-styles-bucket": "h", "data-priority": "0" },
      { "data-make-styles-bucket": "a", "data-priority": "0" },
      { "data-make-styles-bucket": "s", "data-priority": "0" },
      { "data-make-styles-bucket": "k", "data-priority": "0" },
      { "data-make-styles-bucket": "t", "data-priority": "0" },
      { "data-make-styles-bucket": "m", "data-priority": "-1", media: "(forced-colors: active)" },
      { "data-make-styles-bucket": "m", "data-priority": "0", media: "(forced-colors: active)" },
      { "data-make-styles-bucket": "m", "data-priority": "0", media: "(min-width: 800px)" },
    ]);
    expect(sheets.map((sheet) => sheet.css).join("")).toBe(sortCSSRules(sets));
  });

  it("lets the runtime put the styles it makes later between the extracted ones, in bucket order", () => {
    document.head.replaceChildren();
    // The page as the build writes it: the extracted sheets in <head>.
    for (const sheet of griffelSheets(sets)) {
      const style = document.createElement("style");
      for (const [name, value] of Object.entries(sheetAttributes(sheet))) style.setAttribute(name, value);
      style.textContent = sheet.css;
      document.head.append(style);
    }
    // Styles made at run time (the app's makeStyles): a shorthand (priority -1), a plain rule, a
    // hover rule and a media rule.
    const renderer = createDOMRenderer(document);
    renderer.insertCSSRules({
      d: [[".a1{border:0;}", { p: -1 }], ".a2{color:blue;}"],
      h: [".a3:hover{color:blue;}"],
      m: [["@media (forced-colors: active){.a4{color:red;}}", { m: "(forced-colors: active)" }]],
    } as Parameters<typeof renderer.insertCSSRules>[0]);
    const cascade = [...document.head.querySelectorAll("style")]
      .flatMap((style) => [...(style as HTMLStyleElement).sheet!.cssRules].map((rule) => rule.cssText))
      .join("");
    const names = [...cascade.matchAll(/\.([ac]\d+)/g)].map((m) => m[1]);
    const position = (name: string) => names.indexOf(name);
    expect(names).toEqual(expect.arrayContaining(["a1", "a2", "a3", "a4"]));
    // The app's shorthand (priority -1) stays before every rule of priority 0 (here c4, c10): a
    // longhand of Fluent still wins over a shorthand of the app, as it does without extraction.
    expect(position("a1")).toBeGreaterThan(position("c6"));
    expect(position("a1")).toBeLessThan(position("c4"));
    expect(position("a1")).toBeLessThan(position("c10"));
    // Plain rules before every pseudo-class bucket, hover among the hovers, media among media.
    expect(position("a2")).toBeGreaterThan(position("c5"));
    expect(position("a2")).toBeLessThan(position("c9"));
    expect(position("a3")).toBeGreaterThan(position("c14"));
    expect(position("a3")).toBeLessThan(position("c8"));
    expect(position("a4")).toBeGreaterThan(position("c11"));
    expect(position("a4")).toBeLessThan(position("c1"));
  });
});
