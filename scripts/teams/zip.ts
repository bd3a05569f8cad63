import { strFromU8, unzipSync, zipSync } from "fflate";
import type { Zippable } from "fflate";

/**
 * Deterministic zip archives: the same entries in the same order give the same bytes, on any
 * machine, in any time zone. Zip stores local DOS times, and fflate encodes a Date with its
 * local-time getters, so the timestamp is built from local components: 1980-01-01 00:00:00,
 * the earliest DOS time, is what every entry records wherever it is built.
 */
export const zipTimestamp = (): Date => new Date(1980, 0, 1, 0, 0, 0);

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

export function createZip(entries: readonly ZipEntry[]): Uint8Array {
  const names = new Set<string>();
  const zippable: Zippable = {};
  for (const entry of entries) {
    if (names.has(entry.name)) throw new Error(`duplicate zip entry "${entry.name}"`);
    names.add(entry.name);
    zippable[entry.name] = [entry.data, { level: 9, mtime: zipTimestamp(), os: 0, attrs: 0 }];
  }
  return zipSync(zippable);
}

/** The entries of a zip archive, in archive order. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data }));
}

export function entryText(entry: ZipEntry): string {
  return strFromU8(entry.data);
}
