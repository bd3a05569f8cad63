import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpus, differentPairs, samePairs } from "./duplicateCorpus.testdata";
import {
  DUPLICATE_THRESHOLD,
  type DuplicateCandidate,
  duplicateCandidates,
  duplicateExcludedStages,
  duplicateSearch,
  MAX_DUPLICATE_PAIRS,
  SHARED_TERMS,
  stem,
  STOP_WORDS,
  words,
} from "./duplicates";
import { makeInitiative } from "./fixtures";
import { compareText } from "./order";
import type { Initiative } from "./schemas";
import { stages } from "./schemas";
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

/**
 * The search as specified, plainly: every pair of initiatives, TF-IDF vectors and cosine
 * computed from scratch, the threshold, the sort, the limit. The only concession to the
 * implementation is the order in which the floating-point sums run (terms most common first,
 * ties by first appearance), so that the scores agree to the last bit and rounding to three
 * decimals cannot split them.
 */
function bruteForce(
  initiatives: readonly Initiative[],
  threshold: number,
  limit: number,
  involving?: ReadonlySet<string>,
): DuplicateCandidate[] {
  const docs = initiatives.filter((i) => !duplicateExcludedStages.includes(i.stage));
  const surface = new Map<string, string>(); // term → the first word seen for it
  const firstSeen = new Map<string, number>();
  const counts = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const word of [d.title, d.problemStatement, ...d.tags].flatMap(words)) {
      const term = stem(word);
      if (!surface.has(term)) {
        surface.set(term, word);
        firstSeen.set(term, firstSeen.size);
      }
      tf.set(term, (tf.get(term) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const order = (p: string, q: string) =>
    (df.get(q) ?? 0) - (df.get(p) ?? 0) || (firstSeen.get(p) ?? 0) - (firstSeen.get(q) ?? 0);
  const vectors = counts.map((tf) => {
    const terms = [...tf.keys()].sort(order);
    const raw = terms.map((t) => {
      const count = tf.get(t) ?? 0;
      const idf = Math.log((1 + docs.length) / (1 + (df.get(t) ?? 0))) + 1;
      return (count === 1 ? 1 : 1 + Math.log(count)) * idf;
    });
    let norm = 0;
    for (const w of raw) norm += w * w;
    norm = Math.sqrt(norm);
    return new Map(terms.map((t, k) => [t, raw[k] / norm]));
  });
  const departmentOf = (d: Initiative) => d.department.trim().toLowerCase();
  const pairs: DuplicateCandidate[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      if (departmentOf(docs[i]) === departmentOf(docs[j])) continue;
      if (involving !== undefined && !involving.has(docs[i].id) && !involving.has(docs[j].id)) continue;
      const [a, b] = compareText(docs[i].id, docs[j].id) <= 0 ? [i, j] : [j, i];
      const shared = [...vectors[a].keys()].filter((t) => vectors[b].has(t)).sort(order);
      const contribution = (t: string) => (vectors[a].get(t) ?? 0) * (vectors[b].get(t) ?? 0);
      let score = 0;
      for (const t of shared) score += contribution(t);
      if (score < threshold) continue;
      const side = (d: Initiative) => ({ id: d.id, title: d.title, department: d.department });
      pairs.push({
        a: side(docs[a]),
        b: side(docs[b]),
        similarity: Math.round(Math.min(1, score) * 1000) / 1000,
        sharedTerms: shared
          .map((t) => ({ word: surface.get(t) ?? t, contribution: contribution(t) }))
          .sort((p, q) => q.contribution - p.contribution || compareText(p.word, q.word))
          .slice(0, SHARED_TERMS)
          .map((s) => s.word),
      });
    }
  }
  pairs.sort(
    (p, q) => q.similarity - p.similarity || compareText(p.a.id, q.a.id) || compareText(p.b.id, q.b.id),
  );
  return pairs.slice(0, limit);
}

describe("the search over repeated texts", () => {
  // A few texts, each used by many initiatives across departments and stages: pairs of one
  // text score alike, so the limit cuts through ties that only the ids decide.
  const vocabulary = [
    "invoice",
    "invoices",
    "supplier",
    "chatbot",
    "customer",
    "churn",
    "predict",
    "email",
    "data",
  ];
  const text = fc.record({
    title: fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 6 }).map((w) => w.join(" ")),
    problemStatement: fc.constantFrom("", "Predict churn.", "The invoice data, again: invoice data!"),
    tags: fc.array(fc.constantFrom("finance", "genai", "Churn"), { maxLength: 2 }),
  });
  const portfolio = fc
    .record({
      texts: fc.array(text, { minLength: 1, maxLength: 6 }),
      docs: fc.array(
        fc.record({
          text: fc.nat(),
          department: fc.constantFrom("Finance", " finance ", "Sales", "IT", "HR"),
          stage: fc.constantFrom(...stages),
          inScope: fc.boolean(),
        }),
        { minLength: 0, maxLength: 60 },
      ),
      ids: fc.uniqueArray(fc.nat({ max: 500 }), { minLength: 60, maxLength: 60 }),
    })
    .map(({ texts, docs, ids }) =>
      docs.map((d, k) => ({
        initiative: makeInitiative({
          ...texts[d.text % texts.length],
          // ids out of list order and of different lengths ("i10" < "i9"), so id order matters
          id: `i${ids[k]}`,
          department: d.department,
          stage: d.stage,
        }),
        inScope: d.inScope,
      })),
    );

  it("lists exactly the pairs, order, scores and shared terms of comparing every pair", () => {
    fc.assert(
      fc.property(
        portfolio,
        fc.constantFrom(0.05, 0.3, 0.6, 0.99),
        fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant(Number.MAX_SAFE_INTEGER)),
        fc.boolean(),
        (docs, threshold, limit, scoped) => {
          const initiatives = docs.map((d) => d.initiative);
          const involving = scoped
            ? new Set(docs.filter((d) => d.inScope).map((d) => d.initiative.id))
            : undefined;
          const { pairs } = duplicateSearch(initiatives, { threshold, limit, involving });
          expect(pairs).toEqual(bruteForce(initiatives, threshold, limit, involving));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("scores each distinct text once, however many initiatives repeat it", () => {
    const texts = corpus.slice(0, 6);
    const departments = ["Finance", "Sales", "IT", "HR", "Legal"];
    const initiatives = Array.from({ length: 450 }, (_, k) =>
      makeInitiative({
        ...texts[k % texts.length],
        id: `r${k}`,
        department: departments[k % departments.length],
      }),
    );
    const { pairs, stats } = duplicateSearch(initiatives);
    expect(stats.groups).toBe(30);
    expect(stats.candidates).toBeLessThan(30 * 30);
    expect(pairs).toEqual(bruteForce(initiatives, DUPLICATE_THRESHOLD, MAX_DUPLICATE_PAIRS));
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
