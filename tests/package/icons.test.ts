import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { brandColour, drawColorIcon, drawOutlineIcon } from "../../scripts/teams/iconArt";
import { colorIconProblems, decodePng, encodePng, outlineIconProblems } from "../../scripts/teams/iconRules";
import type { Bitmap } from "../../scripts/teams/iconRules";
import { projectPath } from "./support";

const readIcon = (file: string): Bitmap =>
  decodePng(new Uint8Array(readFileSync(projectPath("appPackage", file))));
const color = readIcon("color.png");
const outline = readIcon("outline.png");

const pixel = (bitmap: Bitmap, x: number, y: number) => [
  ...bitmap.data.subarray((y * bitmap.width + x) * 4, (y * bitmap.width + x) * 4 + 4),
];

describe("app icons", () => {
  it("color.png is a 192×192 full-colour icon on the brand colour", () => {
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(colorIconProblems(color)).toEqual([]);
    expect(color.data.every((value, i) => i % 4 !== 3 || value === 255)).toBe(true);
    expect(pixel(color, 0, 0)).toEqual([...brandColour, 255]);
    expect(pixel(color, 191, 191)).toEqual([...brandColour, 255]);
    // The glyph is white: the board's frame crosses the centre column near the top.
    const column = Array.from({ length: 192 }, (_, y) => pixel(color, 96, y));
    expect(column.some(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
  });

  it("outline.png is 32×32, white on a fully transparent background, alpha 0 or 255 only", () => {
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outlineIconProblems(outline)).toEqual([]);
    let visible = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      expect([0, 255]).toContain(outline.data[i + 3]);
      if (outline.data[i + 3] === 255) {
        visible++;
        expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
      }
    }
    // A recognisable glyph, with transparent margins all round.
    expect(visible).toBeGreaterThan(100);
    expect(visible).toBeLessThan(32 * 32 * 0.5);
    for (let k = 0; k < 32; k++) {
      expect(pixel(outline, k, 0)[3]).toBe(0);
      expect(pixel(outline, 0, k)[3]).toBe(0);
      expect(pixel(outline, 31, k)[3]).toBe(0);
    }
  });

  it("are exactly what scripts/icons.ts draws (regenerate with npm run icons)", () => {
    expect(Buffer.from(drawColorIcon().data).equals(Buffer.from(color.data))).toBe(true);
    expect(Buffer.from(drawOutlineIcon().data).equals(Buffer.from(outline.data))).toBe(true);
  });

  it("survive a PNG round trip unchanged", () => {
    const bitmap = drawOutlineIcon();
    expect(decodePng(new Uint8Array(encodePng(bitmap)))).toEqual(bitmap);
  });
});

describe("icon rules", () => {
  it("reject a wrong size", () => {
    const small = { width: 96, height: 96, data: new Uint8Array(96 * 96 * 4).fill(200) };
    expect(colorIconProblems(small).join()).toMatch(/96×96, not 192×192/);
    expect(outlineIconProblems(small).join()).toMatch(/96×96, not 32×32/);
  });

  it("reject an outline icon with soft edges, colour, or no transparent background", () => {
    const soft = drawOutlineIcon();
    soft.data[(5 * 32 + 5) * 4 + 3] = 128;
    soft.data.set([255, 255, 255], (5 * 32 + 5) * 4);
    expect(outlineIconProblems(soft).join()).toMatch(/1 partly transparent pixels/);

    const coloured = drawOutlineIcon();
    const firstVisible = coloured.data.findIndex((v, i) => i % 4 === 3 && v === 255) - 3;
    coloured.data.set([79, 82, 178], firstVisible);
    expect(outlineIconProblems(coloured).join()).toMatch(/not white/);

    const opaque = { width: 32, height: 32, data: new Uint8Array(32 * 32 * 4).fill(255) };
    expect(outlineIconProblems(opaque).join()).toMatch(/no transparent background/);
  });

  it("reject a flat colour icon", () => {
    const flat = { width: 192, height: 192, data: new Uint8Array(192 * 192 * 4).fill(255) };
    expect(colorIconProblems(flat)).toEqual(["the colour icon is a single flat colour"]);
  });
});
