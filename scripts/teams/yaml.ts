/**
 * A reader for the block-style YAML subset that teamsapp.yml files use, so the tests can check the
 * lifecycle without a YAML dependency. Supported:
 *
 *   key: value            mappings (plain keys), nested by indentation (spaces only)
 *   - item / - key: value block sequences, also at the same indentation as their parent key
 *   'single' "double"     quoted scalars (with '' and the common backslash escapes)
 *   plain scalars         kept as strings: no number, boolean or null conversion
 *   # comments            whole-line, or after whitespace outside quotes
 *
 * Anything else (flow collections, block scalars, anchors, tags, multi-line plain scalars,
 * several documents) is rejected with the line number, never misread.
 */
export type YamlValue = string | null | YamlValue[] | { [key: string]: YamlValue };

export class YamlError extends Error {
  override name = "YamlError";
}

interface Line {
  /** 1-based line number in the source, for messages. */
  number: number;
  indent: number;
  text: string;
}

export function parseYaml(source: string): YamlValue {
  const lines = toLines(source);
  if (lines.length === 0) return null;
  const [value, next] = parseBlock(lines, 0, lines[0]!.indent);
  if (next < lines.length) {
    const line = lines[next]!;
    throw new YamlError(`line ${line.number}: unexpected indentation`);
  }
  return value;
}

function toLines(source: string): Line[] {
  const result: Line[] = [];
  source
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const number = index + 1;
      const content = stripComment(raw, number).trimEnd();
      if (content.trim() === "") return;
      const indent = content.length - content.trimStart().length;
      if (/^\s*\t/.test(content) || content.slice(0, indent).includes("\t")) {
        throw new YamlError(`line ${number}: tabs are not allowed in indentation`);
      }
      const text = content.trimStart();
      if (text === "---" || text === "...") {
        if (result.length === 0 && text === "---") return;
        throw new YamlError(`line ${number}: several documents are not supported`);
      }
      result.push({ number, indent, text });
    });
  return result;
}

function stripComment(raw: string, number: number): string {
  let quote: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote) {
      if (quote === '"' && c === "\\") i++;
      else if (c === quote) {
        if (quote === "'" && raw[i + 1] === "'") i++;
        else quote = undefined;
      }
    } else if (c === "#" && (i === 0 || /\s/.test(raw[i - 1]!))) {
      return raw.slice(0, i);
    } else if ((c === '"' || c === "'") && startsScalar(raw, i)) {
      quote = c;
    }
  }
  if (quote) throw new YamlError(`line ${number}: unterminated ${quote} quoted scalar`);
  return raw;
}

/** A quote opens a quoted scalar only where a scalar starts (not inside a plain one). */
function startsScalar(raw: string, i: number): boolean {
  const before = raw.slice(0, i).trimEnd();
  return before === "" || before.endsWith(":") || before.endsWith("-");
}

function isSequenceItem(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}

/** Parses the block whose lines start at `start` and are indented exactly `indent`. */
function parseBlock(lines: Line[], start: number, indent: number): [YamlValue, number] {
  const first = lines[start]!;
  if (first.indent !== indent) throw new YamlError(`line ${first.number}: unexpected indentation`);
  return isSequenceItem(first.text)
    ? parseSequence(lines, start, indent)
    : parseMapping(lines, start, indent);
}

function parseSequence(lines: Line[], start: number, indent: number): [YamlValue[], number] {
  const items: YamlValue[] = [];
  let i = start;
  while (i < lines.length && lines[i]!.indent === indent && isSequenceItem(lines[i]!.text)) {
    const line = lines[i]!;
    const rest = line.text.slice(1).trimStart();
    if (rest === "") {
      const child = lines[i + 1];
      if (child && child.indent > indent) {
        const [value, next] = parseBlock(lines, i + 1, child.indent);
        items.push(value);
        i = next;
      } else {
        items.push(null);
        i++;
      }
      continue;
    }
    // "- key: value" opens a mapping whose keys line up with "key".
    const itemIndent = indent + (line.text.length - rest.length);
    if (isSequenceItem(rest) || splitKey(rest) !== undefined) {
      const replaced = [...lines];
      replaced[i] = { number: line.number, indent: itemIndent, text: rest };
      const [value, next] = parseBlock(replaced, i, itemIndent);
      items.push(value);
      i = next;
    } else {
      items.push(parseScalar(rest, line.number));
      i++;
      rejectContinuation(lines, i, indent);
    }
  }
  return [items, i];
}

function parseMapping(lines: Line[], start: number, indent: number): [Record<string, YamlValue>, number] {
  const mapping: Record<string, YamlValue> = {};
  let i = start;
  while (i < lines.length && lines[i]!.indent === indent && !isSequenceItem(lines[i]!.text)) {
    const line = lines[i]!;
    const entry = splitKey(line.text);
    if (!entry) throw new YamlError(`line ${line.number}: expected "key: value"`);
    const [key, rest] = entry;
    if (Object.hasOwn(mapping, key)) throw new YamlError(`line ${line.number}: duplicate key "${key}"`);
    i++;
    if (rest !== "") {
      mapping[key] = parseScalar(rest, line.number);
      rejectContinuation(lines, i, indent);
      continue;
    }
    const child = lines[i];
    if (child && child.indent > indent) {
      const [value, next] = parseBlock(lines, i, child.indent);
      mapping[key] = value;
      i = next;
    } else if (child && child.indent === indent && isSequenceItem(child.text)) {
      const [value, next] = parseSequence(lines, i, indent);
      mapping[key] = value;
      i = next;
    } else {
      mapping[key] = null;
    }
  }
  return [mapping, i];
}

/** A scalar value is one line: a deeper line after it would be a multi-line scalar. */
function rejectContinuation(lines: Line[], i: number, indent: number): void {
  const next = lines[i];
  if (next && next.indent > indent) {
    throw new YamlError(`line ${next.number}: multi-line scalars are not supported`);
  }
}

/** Splits "key: rest" / "key:" with a plain or quoted key; `undefined` when the text is no entry. */
function splitKey(text: string): [string, string] | undefined {
  const quoted = /^(['"])(.*?)\1:(?:\s+(.*))?$/.exec(text);
  if (quoted) return [quoted[2] as string, (quoted[3] ?? "").trim()];
  const plain = /^([^\s'"#\-?:[\]{},&*!|>%@`][^:]*?|-[^\s:][^:]*?):(?:\s+(.*))?$/.exec(text);
  if (!plain) return undefined;
  return [(plain[1] as string).trim(), (plain[2] ?? "").trim()];
}

function parseScalar(text: string, number: number): string {
  const first = text[0];
  if (first === "'") {
    if (!/^'(?:[^']|'')*'$/.test(text)) throw new YamlError(`line ${number}: malformed single-quoted scalar`);
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (first === '"') {
    if (!/^"(?:[^"\\]|\\.)*"$/.test(text))
      throw new YamlError(`line ${number}: malformed double-quoted scalar`);
    return text.slice(1, -1).replace(/\\(.)/g, (_, c: string) => unescapeDouble(c, number));
  }
  if (first === "[" || first === "{")
    throw new YamlError(`line ${number}: flow collections are not supported`);
  if (first === "|" || first === ">") throw new YamlError(`line ${number}: block scalars are not supported`);
  if (first === "&" || first === "*" || first === "!") {
    throw new YamlError(`line ${number}: anchors, aliases and tags are not supported`);
  }
  return text;
}

function unescapeDouble(c: string, number: number): string {
  const escapes: Record<string, string> = {
    n: "\n",
    t: "\t",
    r: "\r",
    '"': '"',
    "\\": "\\",
    "/": "/",
    "0": "\0",
  };
  const value = escapes[c];
  if (value === undefined) throw new YamlError(`line ${number}: unsupported escape "\\${c}"`);
  return value;
}
