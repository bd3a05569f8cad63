/**
 * A small seeded pseudo-random generator for demo data: the same seed always yields the same
 * tenant. Not for anything secret.
 */

/** mulberry32: 32-bit state, fast, and statistically good enough for demo data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3's finaliser: spreads every input bit over the whole word. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A seed for one named part of the tenant (an initiative, the personas …), so that each part
 * draws from its own stream and adding one part never shifts the numbers of another.
 */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5; // FNV-1a over the label
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32((h ^ mix32(seed >>> 0)) >>> 0);
}

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An RFC 9562 version-4 UUID, the shape of an Entra object id. */
  uuid(): string;
};

const hex = (n: number, digits: number) => n.toString(16).padStart(digits, "0");

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const word = () => Math.floor(next() * 4294967296) >>> 0;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)];
    },
    uuid: () => {
      const [a, b, c, d] = [word(), word(), word(), word()];
      const version = ((b & 0x0fff) | 0x4000) >>> 0;
      const variant = (((c >>> 16) & 0x3fff) | 0x8000) >>> 0;
      return `${hex(a, 8)}-${hex(b >>> 16, 4)}-${hex(version, 4)}-${hex(variant, 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`;
    },
  };
}
