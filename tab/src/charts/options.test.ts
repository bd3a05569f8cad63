import { describe, expect, it } from "vitest";
import { formatters } from "../format";
import { heatmapOption, mixColours } from "./options";
import type { ChartTheme } from "./theme";

const theme: ChartTheme = {
  name: "default",
  text: "#242424",
  mutedText: "#616161",
  background: "#ffffff",
  gridLine: "#e0e0e0",
  series: ["#5b5fc7"],
  bands: { low: "#107c10", medium: "#fde300", high: "#da3b01", critical: "#d13438" },
  heat: ["#e8ebfa", "#5b5fc7"],
  good: "#0e700e",
  bad: "#bc2f32",
  font: "Segoe UI",
};

describe("mixColours", () => {
  it("mixes each channel in proportion, ends included", () => {
    expect(mixColours("#000000", "#ffffff", 0)).toBe("#000000");
    expect(mixColours("#000000", "#ffffff", 1)).toBe("#ffffff");
    expect(mixColours("#000000", "#ff8040", 0.5)).toBe("#804020");
    expect(mixColours("#fff", "#000", 0.25)).toBe("#bfbfbf");
  });

  it("keeps the share within the scale", () => {
    expect(mixColours("#102030", "#405060", -3)).toBe("#102030");
    expect(mixColours("#102030", "#405060", 7)).toBe("#405060");
    expect(mixColours("#102030", "#405060", Number.NaN)).toBe("#102030");
  });

  it("steps between colours it cannot mix (high-contrast system colours)", () => {
    expect(mixColours("Canvas", "Highlight", 0.2)).toBe("Canvas");
    expect(mixColours("Canvas", "Highlight", 0.6)).toBe("Highlight");
  });
});

describe("heatmapOption", () => {
  const labels = ["1", "2"];
  const option = heatmapOption(
    { counts: [[0, 2], [4, 1]], likelihoodLabels: labels, impactLabels: labels },
    theme,
    formatters("en-GB"),
  );
  const cells = (option.series as { data: { value: number[]; itemStyle: { color: string } }[] }[])[0]!.data;

  it("has one cell per likelihood × impact, with its count", () => {
    expect(cells.map((c) => c.value)).toEqual([
      [0, 0, 0],
      [1, 0, 2],
      [0, 1, 4],
      [1, 1, 1],
    ]);
  });

  it("colours each cell on the theme's scale, the fullest in the strongest colour", () => {
    const colour = (count: number) => cells.find((c) => c.value[2] === count)!.itemStyle.color;
    expect(colour(0)).toBe(theme.heat[0]);
    expect(colour(4)).toBe(theme.heat[1]);
    expect(colour(2)).toBe(mixColours(theme.heat[0], theme.heat[1], 0.5));
    expect(option).not.toHaveProperty("visualMap");
  });
});
