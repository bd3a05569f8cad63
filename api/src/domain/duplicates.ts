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
  /**
   * Work counters, so tests can check the search stays far from comparing every pair:
   * `groups` is the number of distinct (text, department, in scope) groups searched, and
   * `postingsVisited` and `candidates` count groups, not initiatives.
   */
  stats: { documents: number; groups: number; postingsVisited: number; candidates: number };
};

/** A document as a sparse unit vector, its terms in the global order (most common first). */
type Vector = { terms: number[]; weights: number[] };

/**
 * What the search needs of a set of initiatives before any pair is scored: the documents
 * (retired and rejected left out), their TF-IDF vectors (documents with the same terms, each
 * as often, share one vector, numbered by `vectorOf`), each term's largest weight, the word
 * shown for each term, each document's department as a number and its position in id order.
 */
type Corpus = {
  docs: Candidate[];
  vectors: Vector[];
  vectorOf: Int32Array;
  maxWeight: Float64Array;
  surface: string[];
  department: Int32Array;
  departments: number;
  /** Each document's position in id order (ties by position in the list), and its inverse. */
  rank: Int32Array;
  byRank: Int32Array;
};

/** The fields a corpus is built from, per initiative, to tell whether a cached one still holds. */
type Source = {
  doc: Candidate;
  id: string;
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
 * and used again only if every initiative in it is the same object with the very same id,
 * text, department and stage. A changed list is never served from here; a dropped one is
 * forgotten.
 */
const corpusCache = new WeakMap<readonly Candidate[], { sources: Source[]; corpus: Corpus }>();

function sourceOf(doc: Candidate): Source {
  const { id, title, problemStatement, tags, department, stage } = doc;
  return { doc, id, title, problemStatement, tags: [...tags], department, stage };
}

function unchanged(sources: readonly Source[], initiatives: readonly Candidate[]): boolean {
  if (sources.length !== initiatives.length) return false;
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k];
    const d = initiatives[k];
    if (
      s.doc !== d ||
      s.id !== d.id ||
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
 * Initiatives with one vector, one department and alike in or out of the scope asked about:
 * every pair between two such groups has the same score and the same standing, so the search
 * scores groups and only then names the initiatives. A portfolio that repeats its texts (one
 * initiative per site or region, in one department) thus costs the search its distinct texts,
 * not its initiatives.
 */
type Group = {
  vector: Vector;
  department: number;
  wanted: boolean;
  /** The members' positions in id order, ascending. */
  ranks: number[];
};

/** Two groups whose pairs score `level` / 1000 once rounded (`g` searched before `h`). */
type GroupPair = { g: number; h: number; level: number };

/**
 * Candidates for duplicate investments: pairs of initiatives from different departments whose
 * title, problem statement and tags are similar (TF-IDF with sublinear term frequency and
 * smoothed IDF, cosine similarity), most similar first, at most `limit`; among pairs of equal
 * (rounded) similarity, those whose ids come first. Retired and rejected initiatives are left
 * out.
 *
 * Exact, without comparing every pair (after the "all pairs" similarity search of Bayardo et
 * al.): terms are ordered from most to least common, and a group enters the inverted index
 * without its common head — the terms that together could not lift any match to the bar — so
 * two groups can reach the bar only if they share an indexed term. Each group looks up the
 * groups before it from its rarest term on, and stops once its remaining, commoner terms
 * could not reach the bar either; each group found is then scored exactly. The words every AI
 * project uses ("customer", "data", "process") thus never make candidates on their own. The
 * bar is the threshold, raised once `limit` initiative pairs are known to score at least some
 * rounded similarity to just below it, so the search narrows as it goes; the work follows the
 * number of plausible pairs of distinct texts, not n². The pairs of groups that stay are then
 * opened into pairs of initiatives, strongest first and in id order, only until `limit`.
 */
export function duplicateSearch(
  initiatives: readonly Candidate[],
  options: DuplicateOptions = {},
): DuplicateSearch {
  const threshold = options.threshold ?? DUPLICATE_THRESHOLD;
  const limit = options.limit ?? MAX_DUPLICATE_PAIRS;
  const corpus = corpusOf(initiatives);
  const { docs, vectors, surface, byRank } = corpus;
  const groups = groupsOf(corpus, options.involving);
  const found =
    limit > 0
      ? scoreGroups(groups, corpus.maxWeight, surface.length, threshold, limit)
      : { kept: [], postingsVisited: 0, candidates: 0 };

  const pairs = openGroupPairs(groups, found.kept, limit)
    .map(({ lo, hi, level }) => {
      // As listed: the pair's first side is the one whose id comes first.
      const p = byRank[lo];
      const q = byRank[hi];
      const [i, j] = p > q ? [p, q] : [q, p];
      const [first, second] = compareText(docs[i].id, docs[j].id) <= 0 ? [i, j] : [j, i];
      return {
        a: side(docs[first]),
        b: side(docs[second]),
        similarity: level / 1000,
        sharedTerms: sharedTerms(vectors[first], vectors[second], surface),
      };
    })
    .sort(
      (p, q) => q.similarity - p.similarity || compareText(p.a.id, q.a.id) || compareText(p.b.id, q.b.id),
    );
  return {
    pairs,
    stats: {
      documents: docs.length,
      groups: groups.length,
      postingsVisited: found.postingsVisited,
      candidates: found.candidates,
    },
  };
}

function groupsOf(corpus: Corpus, involving: ReadonlySet<string> | undefined): Group[] {
  const { docs, vectors, vectorOf, department, departments, rank } = corpus;
  const byKey = new Map<number, Group>();
  const groups: Group[] = [];
  for (let d = 0; d < docs.length; d++) {
    const wanted = involving === undefined || involving.has(docs[d].id);
    const key = (vectorOf[d] * departments + department[d]) * 2 + (wanted ? 1 : 0);
    let group = byKey.get(key);
    if (group === undefined) {
      group = { vector: vectors[d], department: department[d], wanted, ranks: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.ranks.push(rank[d]);
  }
  for (const group of groups) if (group.ranks.length > 1) group.ranks.sort((a, b) => a - b);
  return groups;
}

/**
 * How far below the bar the pruning bounds look, so that rounding in the sums that bound a
 * score never drops a pair: the pairs kept are then decided on their exact scores alone.
 */
const SLACK = 1e-9;

/** The pairs of groups, one in scope, of different departments, that may hold a listed pair. */
function scoreGroups(
  groups: readonly Group[],
  maxWeight: Float64Array,
  vocabulary: number,
  threshold: number,
  limit: number,
): { kept: GroupPair[]; postingsVisited: number; candidates: number } {
  const m = groups.length;
  const levels = new LevelBar(limit);
  const cut = () => Math.max(threshold, levels.bar()) - SLACK;

  // The index holds, per term, the groups probed so far that index it; it is rebuilt with
  // the current bar whenever that has risen by REINDEX_STEP, so early groups, indexed while
  // the bar was low, do not keep long postings. Postings of each term are kept per department,
  // so a group never walks its own department's postings (copies of one initiative per site
  // all sit in one department).
  const postings: Posting[][] = Array.from({ length: vocabulary }, () => []);
  let indexedBar = cut();
  const index = (i: number, bar: number) => {
    const x = groups[i].vector;
    const dept = groups[i].department;
    let bound = 0;
    let prefix = 0;
    while (prefix < x.terms.length && bound + x.weights[prefix] * maxWeight[x.terms[prefix]] < bar) {
      bound += x.weights[prefix] * maxWeight[x.terms[prefix]];
      prefix += 1;
    }
    for (let k = prefix; k < x.terms.length; k++) {
      const byDepartment = postings[x.terms[k]];
      let posting = byDepartment.find((g) => g.department === dept);
      if (posting === undefined) {
        posting = { department: dept, groups: [] };
        byDepartment.push(posting);
      }
      posting.groups.push(i);
    }
  };
  const rebuild = (upTo: number, bar: number) => {
    for (const byDepartment of postings) {
      for (const posting of byDepartment) posting.groups.length = 0;
    }
    for (let j = 0; j < upTo; j++) index(j, bar);
    indexedBar = bar;
  };

  // Which group last touched each group, so a candidate is collected once per probe.
  const touchedBy = new Int32Array(m).fill(-1);
  const touched: number[] = [];
  const xWeight = new Float64Array(vocabulary);
  const kept: GroupPair[] = [];
  let postingsVisited = 0;
  let candidates = 0;
  for (let i = 0; i < m; i++) {
    const { vector: x, department, wanted } = groups[i];
    const bar = cut();
    let reach = 0;
    for (let k = 0; k < x.terms.length; k++) {
      xWeight[x.terms[k]] = x.weights[k];
      reach += x.weights[k] * maxWeight[x.terms[k]];
    }
    // Probe from the rarest term. `reach` bounds what x's terms from the most common up to
    // this one can add; once it is below the bar, a group first met here cannot reach the
    // bar (it shares no rarer term: those would be in its index too), so the walk stops.
    for (let k = x.terms.length - 1; k >= 0 && reach >= bar; k--) {
      for (const posting of postings[x.terms[k]]) {
        if (posting.department === department) continue;
        const list = posting.groups;
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
      const other = groups[j];
      if (!wanted && !other.wanted) continue;
      const y = other.vector;
      let score = 0;
      for (let k = 0; k < y.terms.length; k++) score += xWeight[y.terms[k]] * y.weights[k];
      if (score < threshold) continue;
      const level = levelOf(score);
      if (!levels.admits(level)) continue;
      kept.push({ g: j, h: i, level });
      levels.add(level, groups[i].ranks.length * other.ranks.length);
    }
    touched.length = 0;
    for (let k = 0; k < x.terms.length; k++) xWeight[x.terms[k]] = 0;
    const raised = cut();
    if (raised >= indexedBar + REINDEX_STEP) rebuild(i + 1, raised);
    else index(i, raised);
  }
  return { kept: kept.filter((pair) => levels.admits(pair.level)), postingsVisited, candidates };
}

/** How far the bar must rise before the index is rebuilt with it (at most 1 / step rebuilds). */
const REINDEX_STEP = 0.1;

/** A similarity as listed, in thousandths: 0–1000. */
const levelOf = (score: number) => Math.round(Math.min(1, score) * 1000);

type Posting = { department: number; groups: number[] };

/**
 * How many initiative pairs have been found at each rounded similarity, and so the lowest
 * similarity a pair may have and still be among the `limit` strongest: once `limit` pairs
 * are known at `floor` or above, a pair below `floor` would be listed after all of them.
 */
class LevelBar {
  private readonly count = new Float64Array(1001);
  /** Pairs found at `floor` or above. */
  private atOrAbove = 0;
  private floor = 0;

  constructor(private readonly limit: number) {}

  add(level: number, pairs: number): void {
    this.count[level] += pairs;
    if (level < this.floor) return;
    this.atOrAbove += pairs;
    while (this.floor < 1000 && this.atOrAbove - this.count[this.floor] >= this.limit) {
      this.atOrAbove -= this.count[this.floor];
      this.floor += 1;
    }
  }

  /** Whether a pair at this level may still be listed. */
  admits(level: number): boolean {
    return this.atOrAbove < this.limit || level >= this.floor;
  }

  /** A score below which no pair can be listed any more (it would round below `floor`); 0 while there is room. */
  bar(): number {
    return this.atOrAbove < this.limit ? 0 : (this.floor - 0.5) / 1000;
  }
}

/** An initiative pair by the id-order positions of its sides, `lo` < `hi`. */
type RankedPair = { lo: number; hi: number; level: number };

/**
 * The `limit` strongest initiative pairs of the group pairs: level by level from the highest,
 * and within a level in id order (first side, then second), as the list shows them. Each group
 * pair opens its initiative pairs one at a time, in that order, and a heap merges those of
 * one level, so the work follows the pairs listed, not the pairs the groups hold.
 */
function openGroupPairs(groups: readonly Group[], kept: GroupPair[], limit: number): RankedPair[] {
  const listed: RankedPair[] = [];
  const sorted = [...kept].sort((p, q) => q.level - p.level);
  for (let s = 0; s < sorted.length && listed.length < limit;) {
    const level = sorted[s].level;
    const heap = new StreamHeap();
    for (; s < sorted.length && sorted[s].level === level; s++) {
      heap.push(new PairStream(groups[sorted[s].g].ranks, groups[sorted[s].h].ranks));
    }
    while (listed.length < limit) {
      const head = heap.take();
      if (head === undefined) break;
      listed.push({ lo: head.lo, hi: head.hi, level });
    }
  }
  return listed;
}

/**
 * The pairs (one side from `a`, one from `b`, both ascending and disjoint) in order of their
 * lower rank, then their higher: each lower side in turn, from both lists, meets the members
 * of the other list above it. A side with no member of the other list above it ends its list.
 */
class PairStream {
  /** The current pair; `lo` < 0 once the stream is done. */
  lo = -1;
  hi = -1;
  private nextA = 0;
  private nextB = 0;
  /** The list the current lower side's partners come from, and the next partner in it. */
  private partners: readonly number[] = [];
  private partner = 0;

  constructor(
    private readonly a: readonly number[],
    private readonly b: readonly number[],
  ) {
    this.advance();
  }

  advance(): void {
    if (this.partner < this.partners.length) {
      this.hi = this.partners[this.partner++];
      return;
    }
    const { a, b } = this;
    while (this.nextA < a.length || this.nextB < b.length) {
      const fromA = this.nextB >= b.length || (this.nextA < a.length && a[this.nextA] < b[this.nextB]);
      const low = fromA ? a[this.nextA++] : b[this.nextB++];
      const other = fromA ? b : a;
      const start = firstAbove(other, low);
      if (start === other.length) {
        // every later member of this list is higher still: none has a partner left
        if (fromA) this.nextA = a.length;
        else this.nextB = b.length;
        continue;
      }
      this.lo = low;
      this.hi = other[start];
      this.partners = other;
      this.partner = start + 1;
      return;
    }
    this.lo = -1;
  }
}

/** The index of the first element of the ascending list above `value` (its length if none). */
function firstAbove(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Pair streams by their current pair, lowest first. */
class StreamHeap {
  private readonly heap: PairStream[] = [];

  push(stream: PairStream): void {
    if (stream.lo < 0) return;
    const h = this.heap;
    h.push(stream);
    let k = h.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!before(h[k], h[parent])) return;
      [h[k], h[parent]] = [h[parent], h[k]];
      k = parent;
    }
  }

  /** The lowest current pair, its stream moved on; undefined when all are done. */
  take(): { lo: number; hi: number } | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const pair = { lo: top.lo, hi: top.hi };
    top.advance();
    if (top.lo < 0) {
      const last = h.pop() as PairStream;
      if (h.length === 0) return pair;
      h[0] = last;
    }
    let k = 0;
    for (;;) {
      const left = 2 * k + 1;
      const right = left + 1;
      let first = k;
      if (left < h.length && before(h[left], h[first])) first = left;
      if (right < h.length && before(h[right], h[first])) first = right;
      if (first === k) return pair;
      [h[k], h[first]] = [h[first], h[k]];
      k = first;
    }
  }
}

const before = (p: PairStream, q: PairStream) => (p.lo !== q.lo ? p.lo < q.lo : p.hi < q.hi);

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
  // Documents with the same terms, each as often, get the same vector: one object, one number.
  const vectorIds = new Map<string, number>();
  const distinct: Vector[] = [];
  const vectorOf = new Int32Array(n);
  const vectors: Vector[] = docTerms.map((unordered, d) => {
    const length = unordered.length;
    const keys: number[] = [];
    for (let k = 0; k < length; k++) keys.push(rank[unordered[k]] * 65536 + Math.min(docCounts[d][k], 65535));
    keys.sort((a, b) => a - b);
    const signature = keys.join(",");
    const known = vectorIds.get(signature);
    if (known !== undefined) {
      vectorOf[d] = known;
      return distinct[known];
    }
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
    const vector = { terms, weights };
    vectorOf[d] = distinct.length;
    vectorIds.set(signature, distinct.length);
    distinct.push(vector);
    return vector;
  });
  const departmentIds = new Map<string, number>();
  const department = Int32Array.from(docs, (d) => {
    const key = d.department.trim().toLowerCase();
    const known = departmentIds.get(key);
    if (known !== undefined) return known;
    departmentIds.set(key, departmentIds.size);
    return departmentIds.size - 1;
  });
  // Id order, ties (the same id twice) by position in the list.
  const byIdRank = Int32Array.from(docs.keys()).sort((a, b) => compareText(docs[a].id, docs[b].id) || a - b);
  const idRank = new Int32Array(n);
  byIdRank.forEach((d, r) => (idRank[d] = r));
  return {
    docs,
    vectors,
    vectorOf,
    maxWeight,
    surface,
    department,
    departments: departmentIds.size,
    rank: idRank,
    byRank: byIdRank,
  };
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
