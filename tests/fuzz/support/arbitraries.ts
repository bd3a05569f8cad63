import fc from "fast-check";
import type { Route } from "../../../api/src/http/route";

/**
 * Recipes for hostile requests. A recipe is plain data (so fast-check can shrink and print it);
 * `materialise` in requests.ts turns it into bytes on the wire, resolving "a valid id" or "the
 * current ETag" against the live API at the time it is sent.
 */

/** A JSON value with holes for raw number tokens that JSON.stringify cannot write (1e400, NaN). */
export type Hostile =
  | { raw: string }
  | { json: unknown }
  | { proto: "__proto__" | "constructor" | "prototype" }
  | { deep: number; as: "array" | "object" };

export type Mutation = { depth: 0 | 1; key: { existing: number } | { fresh: string }; set?: Hostile };

export type BodyRecipe =
  | { kind: "none" }
  | { kind: "sample" }
  | { kind: "mutated"; mutations: Mutation[] }
  | { kind: "json"; value: Hostile }
  | { kind: "text"; text: string }
  | { kind: "bytes"; bytes: number[] }
  | { kind: "deep"; depth: number; as: "array" | "object" }
  | { kind: "oversized"; extra: number; chunked: boolean };

export type Auth =
  | { kind: "persona"; persona: PersonaKey }
  | { kind: "none" }
  | { kind: "literal"; value: string }
  | {
      kind: "tampered";
      persona: PersonaKey;
      how: "signature" | "scheme" | "expired" | "audience" | "issuer" | "no-scope";
    };

export const personaKeys = [
  "executiveOwner",
  "executiveOther",
  "manager",
  "managerExecutive",
  "board",
  "noRole",
  "otherTenant",
] as const;
export type PersonaKey = (typeof personaKeys)[number];

export type ParamChoice = { valid: number } | { garbage: string } | { rawSegment: string };
export type IfMatch = { kind: "current" } | { kind: "absent" } | { kind: "literal"; value: string };

export type RequestRecipe = {
  method: string;
  params: ParamChoice[];
  query: string;
  auth: Auth;
  contentType: string | null;
  ifMatch: IfMatch;
  headers: Record<string, string>;
  body: BodyRecipe;
};

/** Strings people and attackers type: odd unicode, lone surrogates, direction overrides, zero-width. */
const shortOddText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\ud800",
      "\udfff",
      "a\ud83d",
      "\ud83d\ude00\ud800",
      "\u202egnp.exe",
      "\u200b\u200c\u200d\u2060",
      "\u200f\u05e9\u05dc\u05d5\u05dd\u200e",
      "\ufeff",
      "\u0000",
      "\u0085\u2028\u2029",
      "👩‍👩‍👧‍👦🏳️‍🌈",
      "Z̸̢̛͓̈́a̷̛͎l̶͇̓g̵̱̈ȯ̶̖",
      "'; DROP TABLE board; --",
      "PartitionKey eq 'x' or true",
      "../../etc/passwd",
      "%00%2F%5C",
      "<script>alert(1)</script>",
      "${jndi:ldap://127.0.0.1/x}",
      "__proto__",
      "constructor",
      "prototype",
    ),
  },
);

/** The same, and long ones: beyond every field's limit, and beyond the 30,000 characters a table property holds inline. */
export const oddText = fc.oneof(
  { weight: 10, arbitrary: shortOddText },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40_000 }).map((n) => "\u05d0".repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => "\ud800".repeat(n)) },
);

/** Number tokens as they appear in JSON text, including ones JSON.stringify can never produce. */
export const numberToken = fc.oneof(
  fc.constantFrom(
    "1e400",
    "-1e400",
    "NaN",
    "Infinity",
    "-Infinity",
    "-0",
    "1e-400",
    "9007199254740993",
    "1e308",
    "0x10",
    "00",
    "-",
    ".5",
    "1.",
    "123456789012345678901234567890",
  ),
  fc.double().map((d) => (Number.isFinite(d) ? String(d) : "1e999")),
  fc.integer().map(String),
);

export const hostileValue: fc.Arbitrary<Hostile> = fc.oneof(
  { weight: 4, arbitrary: oddText.map((s) => ({ json: s })) },
  { weight: 3, arbitrary: numberToken.map((raw) => ({ raw })) },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((json) => ({ json })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("__proto__", "constructor", "prototype" as const).map((proto) => ({ proto })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      deep: fc.integer({ min: 1, max: 5_000 }),
      as: fc.constantFrom("array", "object" as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Hostile>(
      { json: null },
      { json: true },
      { json: [] },
      { json: {} },
      { json: 0 },
      { json: -1 },
    ),
  },
);

const freshKey = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "tenantId",
    "id",
    "etag",
    "createdBy",
    "updatedAt",
    "stage",
    "hash",
    "seq",
  ),
  oddText,
);

const mutation: fc.Arbitrary<Mutation> = fc.record(
  {
    depth: fc.constantFrom(0, 1 as const),
    key: fc.oneof(
      { weight: 3, arbitrary: fc.nat().map((existing) => ({ existing })) },
      { weight: 1, arbitrary: freshKey.map((fresh) => ({ fresh })) },
    ),
    set: hostileValue,
  },
  { requiredKeys: ["depth", "key"] },
);

export const bodyRecipe: fc.Arbitrary<BodyRecipe> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<BodyRecipe>({ kind: "none" }) },
  { weight: 3, arbitrary: fc.constant<BodyRecipe>({ kind: "sample" }) },
  {
    weight: 8,
    arbitrary: fc
      .array(mutation, { minLength: 1, maxLength: 3 })
      .map((mutations): BodyRecipe => ({ kind: "mutated", mutations })),
  },
  { weight: 2, arbitrary: hostileValue.map((value): BodyRecipe => ({ kind: "json", value })) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constantFrom(
          "",
          "{",
          "[",
          "}",
          '{"a":}',
          "null",
          '"text"',
          "1e400",
          "NaN",
          '{"title": NaN}',
          "\ufeff{}",
          "{}{}",
          "[1,]",
          "{'a':1}",
          "undefined",
        ),
        fc.string({ maxLength: 200 }),
      )
      .map((text): BodyRecipe => ({ kind: "text", text })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constant([0xc3, 0x28]),
        fc.constant([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
        fc.constant([0xed, 0xa0, 0x80]),
        fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }),
      )
      .map((bytes): BodyRecipe => ({ kind: "bytes", bytes: [...bytes] })),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.record({
        kind: fc.constant("deep" as const),
        depth: fc.integer({ min: 1, max: 120_000 }),
        as: fc.constant("array" as const),
      }),
      fc.record({
        kind: fc.constant("deep" as const),
        depth: fc.integer({ min: 1, max: 50_000 }),
        as: fc.constant("object" as const),
      }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("oversized" as const),
      extra: fc.integer({ min: 1, max: 100_000 }),
      chunked: fc.boolean(),
    }),
  },
);

/** Header values node will put on the wire: printable latin-1, no line breaks. */
const headerText = fc.string({
  unit: fc
    .integer({ min: 0x20, max: 0xff })
    .filter((c) => c !== 0x7f)
    .map((c) => String.fromCharCode(c)),
  maxLength: 200,
});

const auth: fc.Arbitrary<Auth> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(...personaKeys).map((persona): Auth => ({ kind: "persona", persona })),
  },
  { weight: 1, arbitrary: fc.constant<Auth>({ kind: "none" }) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constantFrom(
          "Bearer",
          "Bearer ",
          "Bearer x.y.z",
          "Basic dXNlcjpwYXNz",
          "Bearer eyJhbGciOiJub25lIn0.e30.",
          "Negotiate abc",
        ),
        headerText,
      )
      .map((value): Auth => ({ kind: "literal", value })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        persona: fc.constantFrom(...personaKeys),
        how: fc.constantFrom("signature", "scheme", "expired", "audience", "issuer", "no-scope" as const),
      })
      .map((t): Auth => ({ kind: "tampered", ...t })),
  },
);

const contentType = fc.oneof(
  { weight: 10, arbitrary: fc.constant("application/json") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      null,
      "application/json; charset=utf-8",
      "APPLICATION/JSON",
      "application/merge-patch+json",
      "application/json;charset=latin1",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "",
      "application/jsonp",
    ),
  },
  { weight: 1, arbitrary: headerText },
);

const ifMatch: fc.Arbitrary<IfMatch> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<IfMatch>({ kind: "current" }) },
  { weight: 2, arbitrary: fc.constant<IfMatch>({ kind: "absent" }) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constantFrom(
          "*",
          "",
          " ",
          `W/"datetime'2000-01-01T00%3A00%3A00.0000000Z'"`,
          '"abc"',
          "W/",
          "null",
          "*, *",
        ),
        headerText,
      )
      .map((value): IfMatch => ({ kind: "literal", value })),
  },
);

const queryKey = fc.oneof(
  fc.constantFrom(
    "stage",
    "health",
    "department",
    "owner",
    "priority",
    "period",
    "sort",
    "order",
    "pageSize",
    "continuationToken",
    "limit",
    "entityId",
    "initiativeId",
    "ownerId",
    "status",
    "cycle",
    "executiveId",
    "to",
    "from",
    "riskOwnerSignOff",
    "__proto__",
    "constructor",
    "prototype",
    "hasOwnProperty",
  ),
  shortOddText,
);
const queryValue = fc.oneof(
  fc.constantFrom(
    "idea",
    "retired",
    "on-track",
    "2026-04",
    "2026-Q1",
    "0",
    "-1",
    "1e400",
    "NaN",
    "9999999999",
    "true",
    "",
    "margin",
    "assessed",
  ),
  shortOddText,
  numberToken,
);

/** A percent-encoding that never throws: lone surrogates go as U+FFFD like a browser sends them. */
export const encode = (text: string) =>
  [...new TextEncoder().encode(text)]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");

const query = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  {
    weight: 4,
    arbitrary: fc
      .array(fc.tuple(queryKey, queryValue), { minLength: 1, maxLength: 6 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&")}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "?",
      "?&&&",
      "?=",
      "?a=%zz",
      "?%",
      "?stage",
      "?pageSize=1&pageSize=2&pageSize=x",
      "?limit=500&limit=501",
    ),
  },
);

const paramChoice: fc.Arbitrary<ParamChoice> = fc.oneof(
  { weight: 6, arbitrary: fc.nat().map((valid) => ({ valid })) },
  { weight: 3, arbitrary: shortOddText.map((garbage) => ({ garbage })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        "%",
        "%zz",
        "%E0%A4%A",
        "..",
        ".",
        "%2e%2e",
        "a%2Fb",
        "%2F",
        "%5C",
        "%00",
        "%27",
        "%ED%A0%80",
        "~",
        "x".repeat(1_500),
      )
      .map((rawSegment) => ({ rawSegment })),
  },
);

export const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

const extraHeaders = fc.record(
  {
    "x-correlation-id": headerText,
    "accept-encoding": fc.constantFrom("gzip", "br", "identity", "*"),
    accept: fc.constantFrom("application/json", "text/html", "*/*"),
    origin: fc.constantFrom("http://evil.example", "null"),
    host: fc.oneof(fc.constantFrom("a b", "x:99999", "[::1", "a@b", "evil.example", ""), headerText),
  },
  { requiredKeys: [] },
);

/** An odd value in place of one field the route's valid sample has: it may well be stored. */
const oddField: fc.Arbitrary<Mutation> = fc.record({
  depth: fc.constantFrom(0, 1 as const),
  key: fc.nat().map((existing) => ({ existing })),
  set: fc.oneof(
    oddText.map((json): Hostile => ({ json })),
    numberToken.map((raw): Hostile => ({ raw })),
  ),
});

/**
 * A request aimed at one route of the route table: half of them plausible (the route's own
 * method, live ids, a caller with the rights, the current ETag, the valid sample with at most one
 * odd field) so that odd data reaches the store, half hostile in every part.
 */
export function requestRecipe(route: Route): fc.Arbitrary<RequestRecipe> {
  const paramCount = (route.path.match(/\{\w+\}/g) ?? []).length;
  const plausible = fc.record({
    method: fc.constant(route.method),
    params: fc.array(
      fc.nat().map((valid): ParamChoice => ({ valid })),
      { minLength: paramCount, maxLength: paramCount },
    ),
    query: fc.constant(""),
    // The portfolio office may call every route; the outcome owner only those for executives.
    auth: (route.access !== "public" && route.access !== "signed-in" && !route.access.includes("Executive")
      ? fc.constant<PersonaKey>("managerExecutive")
      : fc.constantFrom<PersonaKey>("managerExecutive", "managerExecutive", "executiveOwner")
    ).map((persona): Auth => ({ kind: "persona", persona })),
    contentType: fc.constant("application/json"),
    ifMatch: fc.constant<IfMatch>({ kind: "current" }),
    headers: fc.constant({}),
    body: fc.oneof(
      fc.constant<BodyRecipe>({ kind: "sample" }),
      fc
        .array(oddField, { minLength: 1, maxLength: 1 })
        .map((mutations): BodyRecipe => ({ kind: "mutated", mutations })),
    ),
  });
  return fc.oneof(plausible, hostile(route, paramCount));
}

function hostile(route: Route, paramCount: number): fc.Arbitrary<RequestRecipe> {
  return fc.record({
    method: fc.oneof(
      { weight: 8, arbitrary: fc.constant(route.method) },
      { weight: 1, arbitrary: fc.constantFrom(...methods) },
    ),
    params: fc.array(paramChoice, { minLength: paramCount, maxLength: paramCount }),
    query,
    auth,
    contentType,
    ifMatch,
    headers: extraHeaders,
    body: bodyRecipe,
  });
}

/** A request to anywhere below /api (and a little outside it), with any method. */
export const strayRequest = fc.record({
  method: fc.constantFrom(...methods),
  segments: fc.array(
    fc.oneof(
      fc.constantFrom(
        "initiatives",
        "metrics",
        "risks",
        "audit",
        "snapshots",
        "strategy",
        "board",
        "..",
        "",
        "retire",
        "verify",
      ),
      shortOddText.map(encode),
    ),
    { maxLength: 5 },
  ),
  prefix: fc.constantFrom(
    "/api/",
    "/api",
    "/",
    "//",
    "//api/",
    "*",
    "/API/",
    "/local-auth-x/",
    "http://evil.example/api/",
  ),
  query,
  auth,
  body: bodyRecipe,
});
