import type { Bitmap } from "./iconRules";
import { iconSizes } from "./iconRules";

/**
 * The app's icons, drawn procedurally so they can be regenerated and checked byte for byte:
 * a presentation board on an easel with three rising bars, white on the brand colour for the
 * colour icon, and the same glyph as a crisp white silhouette for the outline icon.
 * Shapes are signed distance functions (negative inside), sampled on a regular sub-pixel grid.
 */
type Rgb = readonly [number, number, number];
type Distance = (x: number, y: number) => number;

interface Shape {
  distance: Distance;
  colour: Rgb;
}

export const brandColour: Rgb = [0x4f, 0x52, 0xb2];
const white: Rgb = [255, 255, 255];

/** A colour between the brand colour and white, for the lighter bars. */
const tint = (amount: number): Rgb => {
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  return [mix(brandColour[0]), mix(brandColour[1]), mix(brandColour[2])];
};

function roundedRect(
  cx: number,
  cy: number,
  halfWidth: number,
  halfHeight: number,
  radius: number,
): Distance {
  return (x, y) => {
    const qx = Math.abs(x - cx) - halfWidth + radius;
    const qy = Math.abs(y - cy) - halfHeight + radius;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

/** The outline of a shape, `width` wide, centred on its edge. */
function stroke(shape: Distance, width: number): Distance {
  return (x, y) => Math.abs(shape(x, y)) - width / 2;
}

/** A line segment with round ends. */
function capsule(ax: number, ay: number, bx: number, by: number, radius: number): Distance {
  return (x, y) => {
    const px = x - ax;
    const py = y - ay;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - dx * t, py - dy * t) - radius;
  };
}

/** A bar standing on `bottom`, with rounded top corners only (the bottom sits on the baseline). */
function bar(centreX: number, bottom: number, width: number, height: number, radius: number): Distance {
  const rounded = roundedRect(centreX, bottom - height / 2, width / 2, height / 2, radius);
  const lowerHalf = roundedRect(centreX, bottom - height / 4, width / 2, height / 4, 0);
  return (x, y) => Math.min(rounded(x, y), lowerHalf(x, y));
}

/** The glyph in a 192-unit design space; `scale` maps it onto the target size. */
function glyph(scale: number, barColours: readonly [Rgb, Rgb, Rgb], detail: "full" | "outline"): Shape[] {
  const s = (v: number) => v * scale;
  const frameWidth = detail === "full" ? 8 : 12;
  const legRadius = detail === "full" ? 4 : 6;
  const barWidth = detail === "full" ? 18 : 20;
  const board = roundedRect(s(96), s(84), s(62), s(48), s(12));
  return [
    { distance: stroke(board, s(frameWidth)), colour: white },
    { distance: capsule(s(78), s(132), s(60), s(164), s(legRadius)), colour: white },
    { distance: capsule(s(114), s(132), s(132), s(164), s(legRadius)), colour: white },
    { distance: bar(s(68), s(116), s(barWidth), s(26), s(4)), colour: barColours[0] },
    { distance: bar(s(96), s(116), s(barWidth), s(44), s(4)), colour: barColours[1] },
    { distance: bar(s(124), s(116), s(barWidth), s(62), s(4)), colour: barColours[2] },
  ];
}

/**
 * Renders shapes (later ones on top) with `samples`×`samples` samples per pixel. With a
 * background the result is opaque; without one, alpha is the covered fraction of the pixel.
 */
function render(size: number, shapes: Shape[], samples: number, background?: Rgb): Bitmap {
  const data = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          let colour = background;
          for (const shape of shapes) if (shape.distance(x, y) <= 0) colour = shape.colour;
          if (colour === undefined) continue;
          if (colour !== background) covered++;
          r += colour[0];
          g += colour[1];
          b += colour[2];
        }
      }
      const total = samples * samples;
      const painted = background ? total : covered;
      const i = (py * size + px) * 4;
      data[i] = painted ? Math.round(r / painted) : 0;
      data[i + 1] = painted ? Math.round(g / painted) : 0;
      data[i + 2] = painted ? Math.round(b / painted) : 0;
      data[i + 3] = background ? 255 : Math.round((255 * covered) / total);
    }
  }
  return { width: size, height: size, data };
}

/** 192×192: the white board and easel with three bars on the brand colour, anti-aliased. */
export function drawColorIcon(): Bitmap {
  const size = iconSizes.color;
  return render(size, glyph(size / 192, [tint(0.55), tint(0.78), white], "full"), 4, brandColour);
}

/** 32×32: the same glyph in white on transparent; each pixel fully on or off. */
export function drawOutlineIcon(): Bitmap {
  const size = iconSizes.outline;
  const soft = render(size, glyph(size / 192, [white, white, white], "outline"), 4);
  const data = new Uint8Array(soft.data.length);
  for (let i = 0; i < data.length; i += 4) {
    const on = soft.data[i + 3]! >= 128;
    data.set(on ? [255, 255, 255, 255] : [0, 0, 0, 0], i);
  }
  return { width: size, height: size, data };
}
