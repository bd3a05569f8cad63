import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpus, differentPairs, samePairs } from "./duplicateCorpus.testdata";
import {
  DUPLICATE_THRESHOLD,
  duplicateCandidates,
  duplicateSearch,
  MAX_DUPLICATE_PAIRS,
  stem,
  STOP_WORDS,
  words,
} from "./duplicates";
import { makeInitiative } from "./fixtures";
import type { Initiative } from "./schemas";
import { syntheticPortfolio } from "./syntheticPortfolio";

const key = (a: string, b: string) => [a, b].sort().join(" | ");

/** Every pair's similarity, unpruned: a threshold near 0 indexes every term and keeps every pair. */
function allSimilarities(initiatives: readonly Initiative[]): Map<string, number> {
  const { pairs } = duplicateSearch(initiatives, { threshold: 1e-9, limit: Number.MAX_SAFE_INTEGER });
  return new Map(pairs.map((p) => [key(p.a.id, p.b.id), p.similarity]));
}

describe("words and stem", () => {
  it("lower-cases, drops punctuation, numbers, one-letter words and stop words", () => {
    // "it" is a stop word, so the department IT is lost too: titles rarely need it.
    expect(words("Use AI to route 42 Tickets — faster, for the IT team!")).toEqual([
      "ai",
      "route",
      "tickets",
      "faster",
      "team",
    ]);
    expect(words("Résumé screening: l'équipe RH")).toEqual(["résumé", "screening", "équipe", "rh"]);
    expect(STOP_WORDS.has("the")).toBe(true);
  });

  it("strips plural, -ing and -ed, and a final e, so word forms meet", () => {
    expect(["invoices", "invoicing", "invoiced", "invoice"].map(stem)).toEqual([
      "invoic",
      "invoic",
      "invoic",
      "invoic",
    ]);
    expect(["planning", "planned", "plans"].map(stem)).toEqual(["plan", "plan", "plan"]);
    expect(["queries", "processes", "processing"].map(stem)).toEqual(["query", "process", "process"]);
    // words ending in -ss, -us, -is keep their s
    expect(["process", "status", "analysis"].map(stem)).toEqual(["process", "status", "analysis"]);
  });
});

describe("the threshold", () => {
  const similarity = allSimilarities(corpus);
  const of = ([a, b]: [string, string]) => similarity.get(key(a, b)) ?? 0;

  it("is tested with at least four clearly-same and four clearly-different pairs", () => {
    expect(samePairs.length).toBeGreaterThanOrEqual(4);
    expect(differentPairs.length).toBeGreaterThanOrEqual(4);
  });

  it("lies above every clearly-different pair", () => {
    for (const pair of differentPairs) expect(of(pair), pair.join(" / ")).toBeLessThan(DUPLICATE_THRESHOLD);
  });

  it("lies below every clearly-same pair", () => {
    for (const pair of samePairs)
      expect(of(pair), pair.join(" / ")).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });

  it("leaves a margin on both sides", () => {
    const highestDifferent = Math.max(...differentPairs.map(of));
    const lowestSame = Math.min(...samePairs.map(of));
    expect(DUPLICATE_THRESHOLD - highestDifferent).toBeGreaterThanOrEqual(0.05);
    expect(lowestSame - DUPLICATE_THRESHOLD).toBeGreaterThanOrEqual(0.1);
  });
});

describe("duplicateCandidates", () => {
  it("finds exactly the same investments, most similar first, with the words they share", () => {
    const pairs = duplicateCandidates(corpus);
    expect(pairs.map((p) => key(p.a.id, p.b.id)).sort()).toEqual(samePairs.map(([a, b]) => key(a, b)).sort());
    const similarities = pairs.map((p) => p.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    const invoices = pairs.find((p) => p.a.id === "fin-invoice");
    expect(invoices).toMatchObject({
      a: { department: "Finance" },
      b: { id: "proc-invoice", department: "Procurement" },
    });
    expect(invoices?.sharedTerms).toContain("invoice");
    expect(invoices?.sharedTerms.length).toBeLessThanOrEqual(5);
  });

  it("pairs only initiatives of different departments", () => {
    const twin = makeInitiative({ ...corpus[0], id: "fin-invoice-2", department: " finance " });
    const pairs = duplicateCandidates([...corpus, twin]);
    expect(pairs.some((p) => key(p.a.id, p.b.id) === key("fin-invoice", "fin-invoice-2"))).toBe(false);
    expect(pairs.some((p) => key(p.a.id, p.b.id) === key("fin-invoice-2", "proc-invoice"))).toBe(true);
  });

  it("leaves retired and rejected initiatives out", () => {
    const retired = corpus.map((i) => (i.id === "proc-invoice" ? { ...i, stage: "retired" as const } : i));
    const rejected = corpus.map((i) => (i.id === "mkt-assistant" ? { ...i, stage: "rejected" as const } : i));
    expect(
      duplicateCandidates(retired).some((p) => p.b.id === "proc-invoice" || p.a.id === "proc-invoice"),
    ).toBe(false);
    expect(
      duplicateCandidates(rejected).some((p) => p.b.id === "mkt-assistant" || p.a.id === "mkt-assistant"),
    ).toBe(false);
    expect(duplicateCandidates(retired)).toHaveLength(3);
  });

  it("keeps only pairs involving the initiatives asked about", () => {
    const pairs = duplicateCandidates(corpus, { involving: new Set(["sales-churn", "hr-screening"]) });
    expect(pairs.map((p) => key(p.a.id, p.b.id)).sort()).toEqual([
      key("cs-churn", "sales-churn"),
      key("hr-screening", "ops-recruiting"),
    ]);
  });

  it("is empty for fewer than two initiatives", () => {
    expect(duplicateCandidates([])).toEqual([]);
    expect(duplicateCandidates(corpus.slice(0, 1))).toEqual([]);
  });
});

describe("the pruned search is exact", () => {
  const vocabulary = [
    "invoice",
    "supplier",
    "chatbot",
    "customer",
    "churn",
    "predict",
    "email",
    "route",
    "contract",
    "forecast",
    "cash",
    "data",
  ];
  const doc = fc.record({
    department: fc.constantFrom("Finance", "Sales", "IT"),
    words: fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 }),
  });
  const toInitiatives = (docs: { department: string; words: string[] }[]) =>
    docs.map((d, k) =>
      makeInitiative({
        id: `d${String(k).padStart(2, "0")}`,
        department: d.department,
        title: d.words.join(" "),
      }),
    );

  it("finds every pair at or above the threshold that the unpruned search finds, with the same score", () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 2, maxLength: 25 }),
        fc.constantFrom(0.2, 0.3, 0.5, 0.8),
        (docs, threshold) => {
          const initiatives = toInitiatives(docs);
          const reference = allSimilarities(initiatives);
          const found = new Map(
            duplicateSearch(initiatives, { threshold, limit: Number.MAX_SAFE_INTEGER }).pairs.map((p) => [
              key(p.a.id, p.b.id),
              p.similarity,
            ]),
          );
          // Similarities are rounded to three decimals, so a pair within 0.0005 of the threshold
          // may fall either side; every other pair must be decided alike.
          for (const [pair, similarity] of reference) {
            if (similarity >= threshold + 0.0005) expect(found.get(pair), pair).toBe(similarity);
            if (similarity < threshold - 0.0005) expect(found.has(pair), pair).toBe(false);
          }
          for (const [pair, similarity] of found) expect(reference.get(pair), pair).toBe(similarity);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("with a limit returns the strongest pairs of the full list, in order", () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 2, maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        (docs, limit) => {
          const initiatives = toInitiatives(docs);
          const all = duplicateSearch(initiatives, { threshold: 0.2, limit: Number.MAX_SAFE_INTEGER }).pairs;
          const top = duplicateSearch(initiatives, { threshold: 0.2, limit }).pairs;
          expect(top.map((p) => [p.a.id, p.b.id, p.similarity])).toEqual(
            all.slice(0, limit).map((p) => [p.a.id, p.b.id, p.similarity]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("at the scale of 1,000 initiatives", () => {
  const data = syntheticPortfolio({ initiatives: 1000, risksPerInitiative: 0, metricsPerInitiative: 0 });
  const { pairs, stats } = duplicateSearch(data.initiatives);
  const allPairs = (stats.documents * (stats.documents - 1)) / 2;

  it("scores a small share of all pairs, walking few postings", () => {
    expect(stats.documents).toBeGreaterThan(700);
    // The generated titles repeat across departments on purpose, so many pairs are similar;
    // even so the index touches about a tenth of the ~280,000 pairs, not all of them.
    expect(stats.candidates).toBeLessThan(allPairs * 0.15);
    expect(stats.postingsVisited).toBeLessThan(allPairs * 0.15);
  });

  it("returns at most the limit, strongest first", () => {
    expect(pairs).toHaveLength(MAX_DUPLICATE_PAIRS);
    expect(pairs[0].similarity).toBeGreaterThanOrEqual(pairs[pairs.length - 1].similarity);
    expect(pairs.every((p) => p.a.department.toLowerCase() !== p.b.department.toLowerCase())).toBe(true);
  });
});

describe("the corpus kept between searches", () => {
  it("is used again for the same list, and rebuilt as soon as an initiative in it changes", () => {
    const list = corpus.map((i) => ({ ...i }));
    const invoicePair = (pairs: { a: { id: string }; b: { id: string } }[], b = "proc-invoice") =>
      pairs.some((p) => p.a.id === "fin-invoice" && p.b.id === b);
    const before = duplicateCandidates(list);
    expect(invoicePair(before)).toBe(true);
    expect(duplicateCandidates(list)).toEqual(before);
    // an initiative changed in place: now both invoice projects sit in Finance
    const at = list.findIndex((i) => i.id === "proc-invoice");
    list[at].department = "Finance";
    expect(invoicePair(duplicateCandidates(list))).toBe(false);
    // an initiative replaced in the list, back in Procurement but about something else
    list[at] = {
      ...list[at],
      department: "Procurement",
      title: "Supplier onboarding portal",
      problemStatement: "Vendors register themselves.",
      tags: [],
    };
    expect(invoicePair(duplicateCandidates(list))).toBe(false);
    // an initiative added to the list
    list.push(makeInitiative({ ...corpus[1], id: "proc-invoice-2", department: "Legal" }));
    expect(invoicePair(duplicateCandidates(list), "proc-invoice-2")).toBe(true);
  });
});
