import { existsSync, readFileSync } from "node:fs";

/**
 * Reader for the toolkit's environment files (env/.env.<name> and .env.<name>.user): the dotenv
 * subset they use, so that `npm run package` sees the same values the toolkit does.
 *
 *   KEY=value            trimmed; " #" starts a comment
 *   KEY="value"          double quotes: \n, \r and \t are expanded, \" and \\ are kept literally
 *   KEY='value'          single quotes: taken literally
 *   # comment, blank lines, an optional leading `export `
 *
 * A line that is none of these is an error, so a typo never silently drops a setting.
 */
export class EnvFileError extends Error {
  override name = "EnvFileError";
}

export type EnvValues = Record<string, string>;

const linePattern = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

export function parseEnvFile(text: string, source = "environment file"): EnvValues {
  const values: EnvValues = {};
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, index) => {
    if (/^\s*(#.*)?$/.test(line)) return;
    const match = linePattern.exec(line);
    if (!match) {
      throw new EnvFileError(`${source}:${index + 1}: expected KEY=value, found "${line.trim()}"`);
    }
    values[match[1] as string] = parseValue(match[2] as string, `${source}:${index + 1}`);
  });
  return values;
}

function parseValue(raw: string, where: string): string {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const end = closingQuote(raw, quote);
    if (end < 0) throw new EnvFileError(`${where}: unterminated ${quote} quoted value`);
    const rest = raw.slice(end + 1).trim();
    if (rest !== "" && !rest.startsWith("#")) {
      throw new EnvFileError(`${where}: unexpected text after the quoted value: "${rest}"`);
    }
    const body = raw.slice(1, end);
    return quote === '"' ? body.replace(/\\n/g, "\n").replace(/\\r/g, "\r").replace(/\\t/g, "\t") : body;
  }
  const comment = raw.search(/\s#/);
  return (comment >= 0 ? raw.slice(0, comment) : raw).trim();
}

function closingQuote(raw: string, quote: string): number {
  for (let i = 1; i < raw.length; i++) {
    if (raw[i] === "\\" && quote === '"') {
      i++;
      continue;
    }
    if (raw[i] === quote) return i;
  }
  return -1;
}

/** Reads an environment file; a missing file is `undefined` (the .user files are optional). */
export function readEnvFile(path: string): EnvValues | undefined {
  if (!existsSync(path)) return undefined;
  return parseEnvFile(readFileSync(path, "utf8"), path);
}
