import { compareText } from "./order";
import type { Initiative, Stage } from "./schemas";

/**
 * Cosine similarity (TF-IDF) at or above which two initiatives of different departments are
 * shown as possible duplicates. Chosen with the corpus of duplicates.test.ts: the four pairs
 * that describe one investment in other words score 0.46–0.74; pairs that only share the
 * vocabulary of AI projects ("customer", "generative", "supplier", "predict") score 0.22 at
 * most. 0.3 sits in that gap, nearer the different pairs, because a missed duplicate costs
 * more than a pair the board looks at and dismisses. In a real portfolio of hundreds of
 * initiatives the common words weigh even less (lower IDF), widening the gap.
 */
export const DUPLICATE_THRESHOLD = 0.3;

/** How many shared terms a candidate names to explain why it was matched. */
export const SHARED_TERMS = 5;

/** Stages whose initiatives are no longer investments and so cannot duplicate one. */
export const duplicateExcludedStages: readonly Stage[] = ["retired", "rejected"];

/** Words too common to say what an initiative is about. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again all also am an and any are as at be because been before being below between both " +
    "but by can could did do does doing down during each few for from further had has have having he her here " +
    "hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or " +
    "other our ours out over own same she should so some such than that the their theirs them then there these " +
    "they this those through to too under until up us very via was we were what when where which while who whom " +
    "why will with would you your yours per across within without using use new based"
  ).split(" "),
);

/**
 * Light suffix stripping so that "invoices", "invoicing" and "invoiced" meet: plural -s/-es/-ies,
 * then -ing/-ed (undoubling a final consonant: "planning" → "plan"), then a final -e.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
    w = w.slice(0, -1);
  }
  let stripped = false;
  if (w.length > 5 && w.endsWith("ing")) {
    w = w.slice(0, -3);
    stripped = true;
  } else if (w.length > 4 && w.endsWith("ed")) {
    w = w.slice(0, -2);
    stripped = true;
  }
  if (stripped && w.length > 2) {
    const last = w[w.length - 1];
    if (last === w[w.length - 2] && !"aeioulsz".includes(last)) w = w.slice(0, -1);
  }
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * Calls `visit` with each lower-cased word of the text: runs of letters and digits, at least
 * two long, not only digits (stop words are the caller's to drop). No array is built: this runs
 * over every initiative's text on every board view.
 */
function forEachWord(text: string, visit: (word: string) => void): void {
  const lower = text.toLowerCase();
  let start = -1;
  let digitsOnly = true;
  for (let k = 0; k <= lower.length; k++) {
    const c = k < lower.length ? lower.charCodeAt(k) : 32;
    const isDigit = c >= 48 && c <= 57;
    if ((c >= 97 && c <= 122) || isDigit || (c > 127 && letterOrDigit.test(lower[k]))) {
      if (start < 0) {
        start = k;
        digitsOnly = true;
      }
      if (!isDigit) digitsOnly = false;
      continue;
    }
    if (start >= 0 && k - start >= 2 && !digitsOnly) visit(lower.slice(start, k));
    start = -1;
  }
}

/** Lower-cased words of the text without punctuation, numbers or stop words (not stemmed). */
export function words(text: string): string[] {
  const found: string[] = [];
  forEachWord(text, (word) => {
    if (!STOP_WORDS.has(word)) found.push(word);
  });
  return found;
}

type Candidate = Pick<Initiative, "id" | "title" | "problemStatement" | "tags" | "department" | "stage">;

/** The most pairs a search returns: the board lists the strongest candidates, not thousands. */
export const MAX_DUPLICATE_PAIRS = 100;

export type DuplicateOptions = {
  threshold?: number;
  limit?: number;
  /** Keep only pairs with at least one of these initiatives (the board's scope). */
  involving?: ReadonlySet<string>;
};

export type DuplicateSide = { id: string; title: string; department: string };
export type DuplicateCandidate = {
  a: DuplicateSide;
  b: DuplicateSide;
  /** Cosine similarity 0–1, rounded to three decimals. */
  similarity: number;
  /** The words that contribute most to the similarity, most telling first. */
  sharedTerms: string[];
};
export type DuplicateSearch = {
  pairs: DuplicateCandidate[];
  /** Work counters, so tests can check the search stays far from comparing every pair. */
  stats: { documents: number; postingsVisited: number; candidates: number };
};

/** A document as a sparse unit vector, its terms in the global order (most common first). */
type Vector = { terms: number[]; weights: number[] };

/**
 * What the search needs of a set of initiatives before any pair is scored: the documents
 * (retired and rejected left out), their TF-IDF vectors, each term's largest weight, the word
 * shown for each term and each document's department as a number.
 */
type Corpus = {
  docs: Candidate[];
  vectors: Vector[];
  maxWeight: Float64Array;
  surface: string[];
  department: number[];
};

/** The fields a corpus is built from, per initiative, to tell whether a cached one still holds. */
type Source = {
  doc: Candidate;
  title: string;
  problemStatement: string;
  tags: readonly string[];
  department: string;
  stage: Stage;
};

/**
 * Corpora by the list they were built from. The tenant's entities are read once per data
 * version and shared between requests, and each slicer change recomputes the board from the
 * same list: building the corpus is most of the search, so it is kept while the list lives
 * and used again only if every initiative in it is the same object with the very same text,
 * department and stage. A changed list is never served from here; a dropped one is forgotten.
 */
const corpusCache = new WeakMap<readonly Candidate[], { sources: Source[]; corpus: Corpus }>();

function sourceOf(doc: Candidate): Source {
  const { title, problemStatement, tags, department, stage } = doc;
  return { doc, title, problemStatement, tags: [...tags], department, stage };
}

function unchanged(sources: readonly Source[], initiatives: readonly Candidate[]): boolean {
  if (sources.length !== initiatives.length) return false;
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k];
    const d = initiatives[k];
    if (
      s.doc !== d ||
      s.title !== d.title ||
      s.problemStatement !== d.problemStatement ||
      s.department !== d.department ||
      s.stage !== d.stage ||
      s.tags.length !== d.tags.length ||
      s.tags.some((tag, t) => tag !== d.tags[t])
    ) {
      return false;
    }
  }
  return true;
}

function corpusOf(initiatives: readonly Candidate[]): Corpus {
  const hit = corpusCache.get(initiatives);
  if (hit !== undefined && unchanged(hit.sources, initiatives)) return hit.corpus;
  const corpus = buildCorpus(initiatives);
  corpusCache.set(initiatives, { sources: initiatives.map(sourceOf), corpus });
  return corpus;
}

/**
 * Candidates for duplicate investments: pairs of initiatives from different departments whose
 * title, problem statement and tags are similar (TF-IDF with sublinear term frequency and
 * smoothed IDF, cosine similarity), most similar first, at most `limit`. Retired and rejected
 * initiatives are left out.
 *
 * Exact, without comparing every pair (after the "all pairs" similarity search of Bayardo et
 * al.): terms are ordered from most to least common, and a document enters the inverted index
 * without its common head — the terms that together could not lift any match to the bar — so
 * two documents can reach the bar only if they share an indexed term. Each document looks up
 * the documents before it from its rarest term on, and stops once its remaining, commoner
 * terms could not reach the bar either; each document found is then scored exactly. The words
 * every AI project uses ("customer", "data", "process") thus never make candidates on their
 * own. The bar is the threshold, raised to the weakest of the `limit` pairs kept so far once
 * that many are found, so the search narrows as it goes; the work follows the number of
 * plausible pairs, not n².
 */
export function duplicateSearch(
  initiatives: readonly Candidate[],
  options: DuplicateOptions = {},
): DuplicateSearch {
  const threshold = options.threshold ?? DUPLICATE_THRESHOLD;
  const limit = options.limit ?? MAX_DUPLICATE_PAIRS;
  const { docs, vectors, maxWeight, surface, department } = corpusOf(initiatives);
  const n = docs.length;
  const vocabulary = surface.length;
  const wanted = docs.map((d) => options.involving === undefined || options.involving.has(d.id));

  // The index holds, per term, the documents probed so far that index it; it is rebuilt with
  // the current bar whenever that has risen by REINDEX_STEP, so early documents, indexed while
  // the bar was low, do not keep long postings.
  const top = new TopPairs(
    limit,
    docs.map((d) => d.id),
  );
  // Postings of each term are kept per department, so a document never walks its own
  // department's postings (copies of one initiative per site all sit in one department).
  const postings: Posting[][] = Array.from({ length: vocabulary }, () => []);
  let indexedBar = threshold;
  const index = (i: number, bar: number) => {
    const x = vectors[i];
    let bound = 0;
    let prefix = 0;
    while (prefix < x.terms.length && bound + x.weights[prefix] * maxWeight[x.terms[prefix]] < bar) {
      bound += x.weights[prefix] * maxWeight[x.terms[prefix]];
      prefix += 1;
    }
    for (let k = prefix; k < x.terms.length; k++) {
      const groups = postings[x.terms[k]];
      let group = groups.find((g) => g.department === department[i]);
      if (group === undefined) {
        group = { department: department[i], docs: [] };
        groups.push(group);
      }
      group.docs.push(i);
    }
  };
  const rebuild = (upTo: number, bar: number) => {
    for (const groups of postings) {
      for (const group of groups) group.docs.length = 0;
    }
    for (let j = 0; j < upTo; j++) index(j, bar);
    indexedBar = bar;
  };

  // Which document last touched each document, so a candidate is collected once per probe.
  const touchedBy = new Int32Array(n).fill(-1);
  const touched: number[] = [];
  const xWeight = new Float64Array(vocabulary);
  let postingsVisited = 0;
  let candidates = 0;
  for (let i = 0; i < n && limit > 0; i++) {
    const x = vectors[i];
    const bar = Math.max(threshold, top.bar());
    let reach = 0;
    for (let k = 0; k < x.terms.length; k++) {
      xWeight[x.terms[k]] = x.weights[k];
      reach += x.weights[k] * maxWeight[x.terms[k]];
    }
    // Probe from the rarest term. `reach` bounds what x's terms from the most common up to
    // this one can add; once it is below the bar, a document first met here cannot reach the
    // bar (it shares no rarer term: those would be in its index too), so the walk stops.
    for (let k = x.terms.length - 1; k >= 0 && reach >= bar; k--) {
      for (const group of postings[x.terms[k]]) {
        if (group.department === department[i]) continue;
        const list = group.docs;
        postingsVisited += list.length;
        for (let p = 0; p < list.length; p++) {
          const j = list[p];
          if (touchedBy[j] !== i) {
            touchedBy[j] = i;
            touched.push(j);
          }
        }
      }
      reach -= x.weights[k] * maxWeight[x.terms[k]];
    }
    candidates += touched.length;
    for (const j of touched) {
      if (!wanted[i] && !wanted[j]) continue;
      const y = vectors[j];
      let score = 0;
      for (let k = 0; k < y.terms.length; k++) score += xWeight[y.terms[k]] * y.weights[k];
      if (score >= bar) top.offer(i, j, score);
    }
    touched.length = 0;
    for (let k = 0; k < x.terms.length; k++) xWeight[x.terms[k]] = 0;
    const raised = Math.max(threshold, top.bar());
    if (raised >= indexedBar + REINDEX_STEP) rebuild(i + 1, raised);
    else index(i, raised);
  }

  const pairs = top
    .pairs()
    .map(({ i, j, similarity }) => {
      const [first, second] = compareText(docs[i].id, docs[j].id) <= 0 ? [i, j] : [j, i];
      return {
        a: side(docs[first]),
        b: side(docs[second]),
        similarity,
        sharedTerms: sharedTerms(vectors[first], vectors[second], surface),
      };
    })
    .sort(
      (p, q) => q.similarity - p.similarity || compareText(p.a.id, q.a.id) || compareText(p.b.id, q.b.id),
    );
  return { pairs, stats: { documents: n, postingsVisited, candidates } };
}

function buildCorpus(initiatives: readonly Candidate[]): Corpus {
  const docs = initiatives.filter((i) => !duplicateExcludedStages.includes(i.stage));
  const n = docs.length;

  // Terms and their document frequencies. A word seen before maps straight to its term (or to
  // -1 for a stop word), so most words cost one lookup.
  const termOfWord = new Map<string, number>();
  const termIds = new Map<string, number>();
  const surface: string[] = [];
  const dfList: number[] = [];
  const docTerms: number[][] = [];
  const docCounts: number[][] = [];
  let tf = new Int32Array(256);
  const seenTerms: number[] = [];
  const count = (word: string) => {
    let id = termOfWord.get(word);
    if (id === undefined) {
      if (STOP_WORDS.has(word)) {
        termOfWord.set(word, -1);
        return;
      }
      const term = stem(word);
      id = termIds.get(term);
      if (id === undefined) {
        id = surface.length;
        termIds.set(term, id);
        surface.push(word);
        dfList.push(0);
        if (id >= tf.length) {
          const grown = new Int32Array(tf.length * 2);
          grown.set(tf);
          tf = grown;
        }
      }
      termOfWord.set(word, id);
    }
    if (id < 0) return;
    if (tf[id] === 0) seenTerms.push(id);
    tf[id] += 1;
  };
  for (const doc of docs) {
    forEachWord(doc.title, count);
    forEachWord(doc.problemStatement, count);
    for (const tag of doc.tags) forEachWord(tag, count);
    const terms = seenTerms.slice();
    const counts: number[] = [];
    for (const t of terms) {
      counts.push(tf[t]);
      dfList[t] += 1;
      tf[t] = 0;
    }
    seenTerms.length = 0;
    docTerms.push(terms);
    docCounts.push(counts);
  }
  const vocabulary = surface.length;
  const df = Int32Array.from(dfList);

  // Unit vectors, terms most common first; the largest weight of each term anywhere. The
  // global order is a rank per term, so each document sorts plain numbers.
  const byRank = Int32Array.from(df.keys()).sort((a, b) => df[b] - df[a] || a - b);
  const rank = new Int32Array(vocabulary);
  byRank.forEach((t, r) => (rank[t] = r));
  const idf = new Float64Array(vocabulary);
  for (let t = 0; t < vocabulary; t++) idf[t] = Math.log((1 + n) / (1 + df[t])) + 1;
  const maxWeight = new Float64Array(vocabulary);
  const vectors: Vector[] = docTerms.map((unordered, d) => {
    const length = unordered.length;
    const keys: number[] = [];
    for (let k = 0; k < length; k++) keys.push(rank[unordered[k]] * 65536 + Math.min(docCounts[d][k], 65535));
    keys.sort((a, b) => a - b);
    const terms: number[] = [];
    const weights: number[] = [];
    let norm = 0;
    for (let k = 0; k < length; k++) {
      const key = keys[k];
      const t = byRank[Math.floor(key / 65536)];
      const tfCount = key % 65536;
      terms.push(t);
      weights.push((tfCount === 1 ? 1 : 1 + Math.log(tfCount)) * idf[t]);
      norm += weights[k] * weights[k];
    }
    norm = Math.sqrt(norm);
    for (let k = 0; k < length; k++) {
      weights[k] /= norm;
      if (weights[k] > maxWeight[terms[k]]) maxWeight[terms[k]] = weights[k];
    }
    return { terms, weights };
  });
  const departmentIds = new Map<string, number>();
  const department = docs.map((d) => {
    const key = d.department.trim().toLowerCase();
    const known = departmentIds.get(key);
    if (known !== undefined) return known;
    departmentIds.set(key, departmentIds.size);
    return departmentIds.size - 1;
  });
  return { docs, vectors, maxWeight, surface, department };
}

/** How far the bar must rise before the index is rebuilt with it (at most 1 / step rebuilds). */
const REINDEX_STEP = 0.1;

/** A pair as listed: its similarity already rounded, so the heap ranks exactly as the list does. */
type ScoredPair = { i: number; j: number; similarity: number };

const roundSimilarity = (score: number) => Math.round(Math.min(1, score) * 1000) / 1000;
type Posting = { department: number; docs: number[] };

/** The best `limit` pairs seen so far: a min-heap whose root is the weakest kept pair. */
class TopPairs {
  private readonly heap: ScoredPair[] = [];
  /** Each document's position in id order, to break ties as the final listing does. */
  private readonly rank: Int32Array;
  constructor(
    private readonly limit: number,
    ids: readonly string[],
  ) {
    this.rank = new Int32Array(ids.length);
    ids
      .map((id, k) => ({ id, k }))
      .sort((p, q) => compareText(p.id, q.id))
      .forEach(({ k }, position) => (this.rank[k] = position));
  }

  /**
   * A score below which no new pair can be kept (it would round below the weakest kept pair);
   * 0 while there is room.
   */
  bar(): number {
    return this.heap.length < this.limit ? 0 : this.heap[0].similarity - 0.0005;
  }

  offer(i: number, j: number, score: number): void {
    const pair = { i, j, similarity: roundSimilarity(score) };
    if (this.heap.length < this.limit) {
      this.heap.push(pair);
      this.up(this.heap.length - 1);
    } else if (this.weaker(this.heap[0], pair)) {
      this.heap[0] = pair;
      this.down(0);
    }
  }

  pairs(): ScoredPair[] {
    return [...this.heap];
  }

  /** Lower similarity is weaker; at equal similarity, the pair that would be listed later. */
  private weaker(p: ScoredPair, q: ScoredPair): boolean {
    if (p.similarity !== q.similarity) return p.similarity < q.similarity;
    const [p1, p2] = this.ranks(p);
    const [q1, q2] = this.ranks(q);
    return p1 !== q1 ? p1 > q1 : p2 > q2;
  }

  private ranks(p: ScoredPair): [number, number] {
    const a = this.rank[p.i];
    const b = this.rank[p.j];
    return a < b ? [a, b] : [b, a];
  }

  private up(k: number): void {
    const h = this.heap;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.weaker(h[k], h[parent])) return;
      [h[k], h[parent]] = [h[parent], h[k]];
      k = parent;
    }
  }

  private down(k: number): void {
    const h = this.heap;
    for (;;) {
      const left = 2 * k + 1;
      const right = left + 1;
      let weakest = k;
      if (left < h.length && this.weaker(h[left], h[weakest])) weakest = left;
      if (right < h.length && this.weaker(h[right], h[weakest])) weakest = right;
      if (weakest === k) return;
      [h[k], h[weakest]] = [h[weakest], h[k]];
      k = weakest;
    }
  }
}

/** The candidate pairs of `duplicateSearch`, most similar first. */
export function duplicateCandidates(
  initiatives: readonly Candidate[],
  options?: DuplicateOptions,
): DuplicateCandidate[] {
  return duplicateSearch(initiatives, options).pairs;
}

function side(doc: Candidate): DuplicateSide {
  return { id: doc.id, title: doc.title, department: doc.department };
}

function sharedTerms(x: Vector, y: Vector, surface: readonly string[]): string[] {
  const weightInY = new Map<number, number>();
  y.terms.forEach((t, k) => weightInY.set(t, y.weights[k]));
  const shared: { term: number; contribution: number }[] = [];
  x.terms.forEach((t, k) => {
    const w = weightInY.get(t);
    if (w !== undefined) shared.push({ term: t, contribution: x.weights[k] * w });
  });
  return shared
    .sort((p, q) => q.contribution - p.contribution || compareText(surface[p.term], surface[q.term]))
    .slice(0, SHARED_TERMS)
    .map((s) => surface[s.term]);
}
