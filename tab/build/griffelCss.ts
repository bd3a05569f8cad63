import path from "node:path";
import { normalizeCSSBucketEntry, styleBucketOrdering } from "@griffel/core";
import { parseSync, type Plugin, type Rolldown } from "vite";
import { chunksOf, reachableChunks } from "./chunkGraph";

/**
 * Griffel CSS extraction for `vite build`, as `@griffel/webpack-extraction-plugin` does for webpack.
 *
 * Fluent UI's published packages are compiled ahead of time: each `makeStyles` is a
 * `__styles(classesMapBySlot, cssRules)` call and each `makeResetStyles` a
 * `__resetStyles(ltrClassName, rtlClassName, cssRules)` call, whose CSS rules the runtime inserts
 * into `<style>` elements on first use. This plugin rewrites them into `__css(classesMapBySlot)` and
 * `__resetCSS(ltrClassName, rtlClassName)` (Griffel's own "no insertion" variants), collects the
 * rules and writes them into the `<head>` of the pages that load Griffel code, as the `<style>`
 * elements the runtime would have made: one per bucket, media query and priority, in its order,
 * with its attributes (as Griffel's server rendering does).
 *
 * A call is rewritten only when its rules are a literal (strings, arrays, objects) in a known bucket
 * with known metadata; anything else is left to the runtime, unchanged. Styles made at run time
 * (the app's own `makeStyles`) are still inserted by Griffel, which finds these elements by their
 * attributes and puts its own between them, in bucket order: the cascade is the runtime's.
 */

/** One CSS rule of a bucket, optionally with its metadata (media query, container query, priority). */
export type CSSBucketEntry = string | [string, Record<string, unknown>];
/** The rules of one `__styles` / `__resetStyles` call, by bucket name (`d`, `h`, `m`, …). */
export type CSSRulesByBucket = Record<string, CSSBucketEntry[]>;

export interface GriffelTransformResult {
  code: string;
  /** The rules of each rewritten call, in source order. */
  rules: CSSRulesByBucket[];
}

const griffelSources = new Set(["@griffel/react", "@griffel/core"]);
const replacements = { __styles: "__css", __resetStyles: "__resetCSS" } as const;
type GriffelCall = keyof typeof replacements;
const knownBuckets = new Set<string>(styleBucketOrdering);
const knownMetadata = new Set(["m", "x", "p"]);

type Node = { type: string; start: number; end: number; [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";

const notStatic = Symbol("not static");

/** The value of an expression made of literals only, or `notStatic`. */
function staticValue(node: Node): unknown {
  switch (node.type) {
    case "Literal":
      return typeof node.value === "object" && node.value !== null ? notStatic : node.value;
    case "TemplateLiteral": {
      const quasis = node.quasis as { value: { cooked: string | null } }[];
      return (node.expressions as unknown[]).length === 0 && quasis[0]?.value.cooked != null
        ? quasis[0].value.cooked
        : notStatic;
    }
    case "UnaryExpression": {
      const argument = staticValue(node.argument as Node);
      return node.operator === "-" && typeof argument === "number" ? -argument : notStatic;
    }
    case "ParenthesizedExpression":
      return staticValue(node.expression as Node);
    case "ArrayExpression": {
      const values: unknown[] = [];
      for (const element of node.elements as (Node | null)[]) {
        if (element === null || element.type === "SpreadElement") return notStatic;
        const value = staticValue(element);
        if (value === notStatic) return notStatic;
        values.push(value);
      }
      return values;
    }
    case "ObjectExpression": {
      const object: Record<string, unknown> = {};
      for (const property of node.properties as Node[]) {
        if (property.type !== "Property" || property.computed || property.kind !== "init") return notStatic;
        const key = property.key as Node;
        const name = key.type === "Identifier" ? key.name : key.type === "Literal" ? key.value : undefined;
        if (typeof name !== "string" && typeof name !== "number") return notStatic;
        const value = staticValue(property.value as Node);
        if (value === notStatic) return notStatic;
        object[String(name)] = value;
      }
      return object;
    }
    default:
      return notStatic;
  }
}

/** The rules of a call, when they are a literal in a shape that the runtime would insert as is. */
function toRulesByBucket(value: unknown): CSSRulesByBucket | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  for (const [bucket, entries] of Object.entries(value)) {
    if (!knownBuckets.has(bucket) || !Array.isArray(entries)) return undefined;
    for (const entry of entries as unknown[]) {
      if (typeof entry === "string") continue;
      if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string") return undefined;
      const metadata: unknown = entry[1];
      if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) return undefined;
      for (const [key, item] of Object.entries(metadata)) {
        if (!knownMetadata.has(key)) return undefined;
        if (key === "p" ? typeof item !== "number" : typeof item !== "string") return undefined;
      }
    }
  }
  return value as CSSRulesByBucket;
}

/**
 * Rewrites the `__styles` / `__resetStyles` calls of a module into `__css` / `__resetCSS` and
 * returns their rules. Returns `undefined` when the module has nothing to rewrite.
 */
export function transformGriffelModule(code: string, id: string): GriffelTransformResult | undefined {
  if (!code.includes("__styles") && !code.includes("__resetStyles")) return undefined;
  let program: Node;
  try {
    const parsed = parseSync(path.basename(id.split("?")[0] ?? id) || "module.js", code, {
      sourceType: "module",
      lang: "js",
    });
    if (parsed.errors.length > 0) return undefined;
    program = parsed.program as unknown as Node;
  } catch {
    return undefined;
  }

  // The local names of the imported `__styles` / `__resetStyles`, and where their import ends.
  const locals = new Map<string, { call: GriffelCall; source: string; importEnd: number }>();
  for (const statement of program.body as Node[]) {
    if (statement.type !== "ImportDeclaration" || statement.importKind === "type") continue;
    const source = (statement.source as Node).value as string;
    if (!griffelSources.has(source)) continue;
    for (const specifier of statement.specifiers as Node[]) {
      if (specifier.type !== "ImportSpecifier") continue;
      const imported = specifier.imported as Node;
      const name = imported.type === "Identifier" ? imported.name : imported.value;
      if (name === "__styles" || name === "__resetStyles")
        locals.set((specifier.local as Node).name as string, {
          call: name,
          source,
          importEnd: statement.end,
        });
    }
  }
  if (locals.size === 0) return undefined;

  const edits: { start: number; end: number; text: string }[] = [];
  const rules: CSSRulesByBucket[] = [];
  const used = new Map<string, { source: string; importEnd: number; call: GriffelCall }>();
  const localFor = (call: GriffelCall, source: string, importEnd: number) => {
    const key = `${source}\0${call}`;
    let local = [...used.entries()].find(([, v]) => `${v.source}\0${v.call}` === key)?.[0];
    if (!local) {
      local = `__griffel_${replacements[call]}`;
      while (code.includes(local) || used.has(local)) local += "_";
      used.set(local, { source, importEnd, call });
    }
    return local;
  };

  const visit = (node: Node): void => {
    if (node.type === "CallExpression") {
      const callee = node.callee as Node;
      const target = callee.type === "Identifier" ? locals.get(callee.name as string) : undefined;
      const args = node.arguments as Node[];
      const arity = target?.call === "__styles" ? 2 : 3;
      if (target && args.length === arity && !args.some((a) => a.type === "SpreadElement")) {
        const ruleArgument = args[arity - 1] as Node;
        const value = staticValue(ruleArgument);
        // `__resetStyles` also takes its rules as a plain array: the reset bucket.
        const rulesByBucket = toRulesByBucket(Array.isArray(value) ? { r: value } : value);
        if (rulesByBucket) {
          const kept = args.slice(0, arity - 1).map((a) => code.slice(a.start, a.end));
          edits.push({
            start: node.start,
            end: node.end,
            text: `${localFor(target.call, target.source, target.importEnd)}(${kept.join(", ")})`,
          });
          rules.push(rulesByBucket);
          return; // its arguments are literals: nothing else to rewrite inside
        }
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === "type" || key === "start" || key === "end") continue;
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) visit(item);
      } else if (isNode(child)) visit(child);
    }
  };
  visit(program);
  if (edits.length === 0) return undefined;

  // The replacement functions are imported from the module that the original ones came from,
  // right after its import declaration (so that a leading "use client" directive stays first).
  for (const [local, { source, importEnd, call }] of used)
    edits.push({
      start: importEnd,
      end: importEnd,
      text: `\nimport { ${replacements[call]} as ${local} } from ${JSON.stringify(source)};`,
    });

  let output = code;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  return { code: output, rules };
}

const bucketOrder = new Map<string, number>(styleBucketOrdering.map((bucket, index) => [bucket, index]));
/** Griffel's default `compareMediaQueries` (and `compareContainerQueries`). */
const compareQueries = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One of the runtime's style elements: a bucket, its media or container query, its priority. */
export interface GriffelSheet {
  bucket: string;
  /** The media query (`m`) or container query (`x`); empty for other buckets. */
  query: string;
  priority: number;
  css: string;
}

/**
 * The style elements that the runtime would build from these rules: one per bucket, per media
 * query (`m`) or container query (`x`), and per priority; in Griffel's bucket order, media and
 * container queries in its default order, priorities ascending; a rule is kept once, where it came
 * first, and rules within a sheet in the order given.
 */
export function griffelSheets(ruleSets: Iterable<CSSRulesByBucket>): GriffelSheet[] {
  const sheets = new Map<string, { bucket: string; query: string; priority: number; rules: string[] }>();
  const seen = new Set<string>();
  for (const rulesByBucket of ruleSets) {
    for (const [bucket, entries] of Object.entries(rulesByBucket)) {
      for (const entry of entries) {
        const [rule, metadata = {}] = normalizeCSSBucketEntry(entry) as [string, Record<string, unknown>?];
        if (seen.has(rule)) continue;
        seen.add(rule);
        const query = bucket === "m" || bucket === "x" ? String(metadata[bucket] ?? "") : "";
        const priority = Number(metadata.p ?? 0);
        const key = JSON.stringify([bucket, query, priority]);
        let sheet = sheets.get(key);
        if (!sheet) sheets.set(key, (sheet = { bucket, query, priority, rules: [] }));
        sheet.rules.push(rule);
      }
    }
  }
  return [...sheets.values()]
    .sort(
      (a, b) =>
        (bucketOrder.get(a.bucket) ?? Infinity) - (bucketOrder.get(b.bucket) ?? Infinity) ||
        compareQueries(a.query, b.query) ||
        a.priority - b.priority,
    )
    .map(({ bucket, query, priority, rules }) => ({ bucket, query, priority, css: rules.join("") }));
}

/** All the rules as one stylesheet, in the runtime's order. */
export const sortCSSRules = (ruleSets: Iterable<CSSRulesByBucket>): string =>
  griffelSheets(ruleSets)
    .map((sheet) => sheet.css)
    .join("");

/**
 * The attributes Griffel's runtime gives its own style element for this sheet. With them, the
 * runtime places the `<style>` elements it creates for styles made at run time (the app's
 * `makeStyles`) between these, in bucket order, exactly as if it had inserted every rule itself.
 */
export function sheetAttributes(sheet: GriffelSheet): Record<string, string> {
  return {
    "data-make-styles-bucket": sheet.bucket,
    "data-priority": String(sheet.priority),
    ...(sheet.bucket === "m" && { media: sheet.query }),
    ...(sheet.bucket === "x" && { "data-container": sheet.query }),
  };
}

export interface GriffelCssOptions {
  /** Modules to rewrite (tested against the module id). Default: Griffel code in node_modules. */
  include?: RegExp;
}

/** The Vite plugin: see the top of this file. */
export function griffelCss({ include = /[\\/]node_modules[\\/]/ }: GriffelCssOptions = {}): Plugin {
  const rulesByModule = new Map<string, CSSRulesByBucket[]>();
  // Computed once per build from the output chunks.
  let extracted: { sheets: GriffelSheet[]; modules: Set<string> } | undefined;

  const extractedFrom = (bundle: Rolldown.OutputBundle) => {
    if (extracted) return extracted;
    const ruleSets: CSSRulesByBucket[] = [];
    const modules = new Set<string>();
    // The rules of the modules that are part of the output, in chunk and execution order.
    for (const file of Object.values(bundle).sort((a, b) => (a.fileName < b.fileName ? -1 : 1))) {
      if (file.type !== "chunk") continue;
      for (const id of file.moduleIds) {
        const rules = rulesByModule.get(id);
        if (rules && !modules.has(id)) {
          modules.add(id);
          ruleSets.push(...rules);
        }
      }
    }
    extracted = { sheets: griffelSheets(ruleSets), modules };
    return extracted;
  };

  return {
    name: "griffel-css",
    apply: "build",
    // After the other plugins, so that styles compiled ahead of time by another plugin are seen too.
    enforce: "post",
    buildStart() {
      rulesByModule.clear();
      extracted = undefined;
    },
    transform: {
      filter: { id: include, code: /__styles|__resetStyles/ },
      handler(code, id) {
        if (!include.test(id)) return null;
        const result = transformGriffelModule(code, id);
        if (!result) return null;
        rulesByModule.set(id, result.rules);
        return { code: result.code, map: null };
      },
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.chunk) return;
        const { sheets, modules } = extractedFrom(ctx.bundle);
        if (sheets.length === 0) return;
        // Only pages that load Griffel code, statically or lazily, get the styles.
        const chunks = chunksOf(ctx.bundle);
        const reached = reachableChunks(chunks, [ctx.chunk.fileName], { lazy: true });
        if (![...reached].some((f) => chunks.get(f)?.moduleIds.some((id) => modules.has(id)))) return;
        // In the page itself, one <style> per runtime style element, as server rendering with
        // Griffel does: no request before the first paint, and the runtime finds them in <head>.
        return sheets.map((sheet) => ({
          tag: "style",
          attrs: sheetAttributes(sheet),
          children: sheet.css,
          injectTo: "head" as const,
        }));
      },
    },
  };
}
