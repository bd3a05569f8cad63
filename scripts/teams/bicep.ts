/**
 * Just enough reading of Bicep for the infrastructure tests: outputs, parameters, the keys of an
 * object variable, and any use of storage keys. Strings and comments are told apart from code
 * by a small scanner (with `${…}` interpolation and ''' multi-line strings), so a word inside a
 * comment or a string is never mistaken for code.
 */

interface Scanned {
  /** The text with comments blanked out (strings kept). */
  withoutComments: string;
  /** The text with comments and string contents blanked out (quotes kept). */
  codeOnly: string;
}

/** Scans Bicep source; blanking keeps every offset and line break where it was. */
export function scanBicep(text: string): Scanned {
  const noComments = text.split("");
  const code = text.split("");
  const blank = (target: string[], from: number, to: number) => {
    for (let k = from; k < to; k++) if (target[k] !== "\n") target[k] = " ";
  };

  // Scans code from i until the end of the text or an unmatched "}" (end of an interpolation).
  const scanCode = (start: number, inInterpolation: boolean): number => {
    let depth = 0;
    let i = start;
    while (i < text.length) {
      const c = text[i];
      if (c === "/" && text[i + 1] === "/") {
        const end = text.indexOf("\n", i);
        const stop = end < 0 ? text.length : end;
        blank(noComments, i, stop);
        blank(code, i, stop);
        i = stop;
      } else if (c === "/" && text[i + 1] === "*") {
        const end = text.indexOf("*/", i + 2);
        const stop = end < 0 ? text.length : end + 2;
        blank(noComments, i, stop);
        blank(code, i, stop);
        i = stop;
      } else if (text.startsWith("'''", i)) {
        const end = text.indexOf("'''", i + 3);
        const stop = end < 0 ? text.length : end;
        blank(code, i + 3, stop);
        i = stop + 3;
      } else if (c === "'") {
        i = scanString(i + 1);
      } else if (c === "{") {
        depth++;
        i++;
      } else if (c === "}") {
        if (depth === 0 && inInterpolation) return i;
        depth--;
        i++;
      } else {
        i++;
      }
    }
    return i;
  };

  // Scans a single-quoted string from just after its opening quote; returns the index after it.
  const scanString = (start: number): number => {
    let i = start;
    while (i < text.length) {
      const c = text[i];
      if (c === "\\") {
        blank(code, i, i + 2);
        i += 2;
      } else if (c === "'") {
        return i + 1;
      } else if (c === "$" && text[i + 1] === "{") {
        const end = scanCode(i + 2, true);
        blank(code, i, end + 1);
        i = end + 1;
      } else {
        blank(code, i, i + 1);
        i++;
      }
    }
    return i;
  };

  scanCode(0, false);
  return { withoutComments: noComments.join(""), codeOnly: code.join("") };
}

export interface BicepOutput {
  name: string;
  type: string;
}

/** The `output NAME type = …` declarations, in order. */
export function bicepOutputs(text: string): BicepOutput[] {
  const { codeOnly } = scanBicep(text);
  return [
    ...codeOnly.matchAll(/^[ \t]*output[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]+([A-Za-z_][A-Za-z0-9_]*)/gm),
  ].map((m) => ({ name: m[1] as string, type: m[2] as string }));
}

export interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
}

/** The `param NAME type [= default]` declarations, in order. */
export function bicepParams(text: string): BicepParam[] {
  const { codeOnly } = scanBicep(text);
  return [
    ...codeOnly.matchAll(
      /^[ \t]*param[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]+([A-Za-z_][A-Za-z0-9_]*)([ \t]*=)?/gm,
    ),
  ].map((m) => ({ name: m[1] as string, type: m[2] as string, hasDefault: m[3] !== undefined }));
}

/** Index just after the bracket that closes the one at `open` in code-only text, or -1. */
function closingBracket(codeOnly: string, open: number): number {
  let depth = 0;
  for (let i = open; i < codeOnly.length; i++) {
    const c = codeOnly[i];
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The text (comments blanked) between the braces that a declaration matched by `head` opens. */
function bodyAfter(text: string, head: RegExp): string | undefined {
  const { codeOnly, withoutComments } = scanBicep(text);
  const start = head.exec(codeOnly);
  if (!start) return undefined;
  const open = start.index + start[0].length - 1;
  const close = closingBracket(codeOnly, open);
  return close < 0 ? undefined : withoutComments.slice(open + 1, close);
}

const escape = (name: string) => name.replace(/[^A-Za-z0-9_]/g, "");

/** The text between the braces of `var NAME = { … }` (comments blanked), or `undefined`. */
export function objectVariableBody(text: string, name: string): string | undefined {
  return bodyAfter(text, new RegExp(`^[ \\t]*var[ \\t]+${escape(name)}[ \\t]*=[ \\t]*\\{`, "m"));
}

/** The body of `resource NAME 'type@version' [existing] = { … }` (or `= [for …]`), or `undefined`. */
export function resourceBody(text: string, name: string): string | undefined {
  return bodyAfter(
    text,
    new RegExp(`^[ \\t]*resource[ \\t]+${escape(name)}[ \\t]+'[^']*'[^=\\n]*=[ \\t]*[{[]`, "m"),
  );
}

/** The property names at the top level of an object body (the text between its braces). */
export function topLevelKeys(body: string): string[] {
  const { codeOnly } = scanBicep(body);
  const keys: string[] = [];
  let depth = 0;
  let offset = 0;
  for (const line of codeOnly.split("\n")) {
    if (depth === 0) {
      const key = /^\s*(?:([A-Za-z_][A-Za-z0-9_]*)|'([^']*)')\s*:/.exec(
        body.slice(offset, offset + line.length),
      );
      if (key) keys.push((key[1] ?? key[2]) as string);
    }
    for (const c of line) {
      if (c === "{" || c === "[" || c === "(") depth++;
      else if (c === "}" || c === "]" || c === ")") depth--;
    }
    offset += line.length + 1;
  }
  return keys;
}

/** The property names of `var NAME = { … }` (top level only), or `undefined` without that variable. */
export function objectVariableKeys(text: string, name: string): string[] | undefined {
  const body = objectVariableBody(text, name);
  return body === undefined ? undefined : topLevelKeys(body);
}

/** The body of the object a top-level property opens (`name: { … }`) inside a body, or `undefined`. */
export function propertyBody(body: string, property: string): string | undefined {
  return bodyAfter(body, new RegExp(`^[ \\t]*${escape(property)}[ \\t]*:[ \\t]*\\{`, "m"));
}

export interface BicepModule {
  name: string;
  /** Path of the module file, relative to the file that uses it. */
  path: string;
  /** Names of the parameters it is given. */
  params: string[];
}

/** The `module NAME 'path' = { … params: { … } }` declarations. */
export function bicepModules(text: string): BicepModule[] {
  const { codeOnly, withoutComments } = scanBicep(text);
  const modules: BicepModule[] = [];
  for (const m of codeOnly.matchAll(
    /^[ \t]*module[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]+'[^']*'[ \t]*=[ \t]*\{/gm,
  )) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = closingBracket(codeOnly, open);
    const body = withoutComments.slice(open + 1, close);
    const quoted = /'([^']*)'/.exec(withoutComments.slice(m.index ?? 0, open));
    const params = propertyBody(body, "params");
    modules.push({
      name: m[1] as string,
      path: quoted ? (quoted[1] as string) : "",
      params: params === undefined ? [] : topLevelKeys(params),
    });
  }
  return modules;
}

/** Every `symbol.outputs.name` reference in code, as [symbol, output] pairs. */
export function moduleOutputReferences(text: string): Array<[string, string]> {
  const { withoutComments } = scanBicep(text);
  return [...withoutComments.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)\.outputs\.([A-Za-z_][A-Za-z0-9_]*)/g)].map(
    (m) => [m[1] as string, m[2] as string],
  );
}

/** What storage (or any) account keys look like in Bicep: functions that return them, key-based
 * connection strings, and the Functions settings that only take a connection string. */
const keyMaterial: ReadonlyArray<[RegExp, string]> = [
  [/\blist(Keys|AccountSas|ServiceSas|ConnectionStrings)\s*\(/i, "a list* function that returns keys"],
  [/AccountKey\s*=/i, "a connection string with an account key"],
  [/SharedAccessSignature\s*=/i, "a connection string with a shared access signature"],
  [/DefaultEndpointsProtocol\s*=/i, "a storage connection string"],
  [/\.keys\s*\[/i, "an access key"],
  [/\bprimaryKey\b|\bsecondaryKey\b/, "an access key"],
  [
    /['"]?\bAzureWebJobsStorage['"]?\s*:/,
    "AzureWebJobsStorage as a connection string (use AzureWebJobsStorage__accountName)",
  ],
  [/WEBSITE_CONTENTAZUREFILECONNECTIONSTRING/, "a content share connection string"],
  [/StorageAccountConnectionString/, "a connection-string deployment storage authentication"],
];

export interface KeyMaterialFinding {
  line: number;
  text: string;
  reason: string;
}

/** Every line of code (comments excluded, strings included) that uses keys or key-based secrets. */
export function findKeyMaterial(text: string): KeyMaterialFinding[] {
  const { withoutComments } = scanBicep(text);
  const findings: KeyMaterialFinding[] = [];
  withoutComments.split("\n").forEach((line, index) => {
    for (const [pattern, reason] of keyMaterial) {
      if (pattern.test(line)) findings.push({ line: index + 1, text: line.trim(), reason });
    }
  });
  return findings;
}
