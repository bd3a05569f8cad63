import { PNG } from "pngjs";

/**
 * The rules Teams sets for app icons: a full-colour 192×192 icon, and a 32×32 outline icon that
 * is white on a transparent background. Used when packaging and by the tests.
 */
export const iconSizes = { color: 192, outline: 32 } as const;

export interface Bitmap {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, rows top to bottom. */
  data: Uint8Array;
}

export function decodePng(bytes: Uint8Array): Bitmap {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, data: new Uint8Array(png.data) };
}

export function encodePng(bitmap: Bitmap): Buffer {
  const png = new PNG({ width: bitmap.width, height: bitmap.height });
  png.data = Buffer.from(bitmap.data);
  return PNG.sync.write(png, { colorType: 6 });
}

export function colorIconProblems(bitmap: Bitmap): string[] {
  const problems: string[] = [];
  if (bitmap.width !== iconSizes.color || bitmap.height !== iconSizes.color) {
    problems.push(
      `the colour icon is ${bitmap.width}×${bitmap.height}, not ${iconSizes.color}×${iconSizes.color}`,
    );
  }
  const colours = new Set<number>();
  for (let i = 0; i < bitmap.data.length; i += 4) {
    colours.add(((bitmap.data[i]! << 16) | (bitmap.data[i + 1]! << 8) | bitmap.data[i + 2]!) >>> 0);
  }
  if (colours.size < 2) problems.push("the colour icon is a single flat colour");
  return problems;
}

export function outlineIconProblems(bitmap: Bitmap): string[] {
  const problems: string[] = [];
  if (bitmap.width !== iconSizes.outline || bitmap.height !== iconSizes.outline) {
    problems.push(
      `the outline icon is ${bitmap.width}×${bitmap.height}, not ${iconSizes.outline}×${iconSizes.outline}`,
    );
  }
  let opaque = 0;
  let partial = 0;
  let notWhite = 0;
  for (let i = 0; i < bitmap.data.length; i += 4) {
    const alpha = bitmap.data[i + 3]!;
    if (alpha === 0) continue;
    if (alpha === 255) opaque++;
    else partial++;
    if (bitmap.data[i] !== 255 || bitmap.data[i + 1] !== 255 || bitmap.data[i + 2] !== 255) notWhite++;
  }
  if (opaque === 0) problems.push("the outline icon has no visible pixel");
  if (opaque + partial === bitmap.width * bitmap.height)
    problems.push("the outline icon has no transparent background");
  if (partial > 0)
    problems.push(`the outline icon has ${partial} partly transparent pixels (alpha must be 0 or 255)`);
  if (notWhite > 0) problems.push(`the outline icon has ${notWhite} visible pixels that are not white`);
  return problems;
}
