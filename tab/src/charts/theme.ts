import { tokens } from "@fluentui/react-components";
import type { RiskBand } from "../api/types";
import type { ThemeName } from "../teams/TeamsProvider";

/**
 * Chart colours come from the Fluent tokens of the current theme (light, dark, high contrast), read
 * from the CSS variables the FluentProvider sets, so a chart always matches the page around it.
 * Canvas cannot use `var(--…)`, hence the values are resolved on the chart's own element.
 */
export interface ChartTheme {
  name: ThemeName;
  text: string;
  mutedText: string;
  background: string;
  gridLine: string;
  /** Series colours, in order. */
  series: string[];
  bands: Record<RiskBand, string>;
  /** The scale of a heatmap, from an empty cell to the fullest. */
  heat: [string, string];
  good: string;
  bad: string;
  font: string;
}

const seriesTokens = [
  tokens.colorBrandBackground,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteLightGreenBorderActive,
  tokens.colorPaletteLavenderBorderActive,
  tokens.colorPalettePumpkinBorderActive,
  tokens.colorPaletteCornflowerBorderActive,
];

/** What a token falls back to where no stylesheet is computed (jsdom) — the light theme's values. */
const fallbacks: Record<string, string> = {
  colorNeutralForeground1: "#242424",
  colorNeutralForeground3: "#616161",
  colorNeutralBackground1: "#ffffff",
  colorNeutralStroke2: "#e0e0e0",
  colorBrandBackground: "#5b5fc7",
  colorBrandBackground2: "#e8ebfa",
  colorPaletteMarigoldBorderActive: "#eaa300",
  colorPaletteTealBorderActive: "#038387",
  colorPaletteBerryBorderActive: "#c239b3",
  colorPaletteLightGreenBorderActive: "#13a10e",
  colorPaletteLavenderBorderActive: "#7160e8",
  colorPalettePumpkinBorderActive: "#ca5010",
  colorPaletteCornflowerBorderActive: "#4f6bed",
  colorPaletteGreenBorderActive: "#107c10",
  colorPaletteYellowBorderActive: "#fde300",
  colorPaletteDarkOrangeBorderActive: "#da3b01",
  colorPaletteRedBorderActive: "#d13438",
  colorPaletteGreenForeground1: "#0e700e",
  colorPaletteRedForeground1: "#bc2f32",
  fontFamilyBase: "Segoe UI, sans-serif",
};

const variableName = (token: string) => /var\(--([^,)]+)/.exec(token)?.[1] ?? token;

export function readChartTheme(element: Element, name: ThemeName): ChartTheme {
  const style = getComputedStyle(element);
  const read = (token: string) => {
    const variable = variableName(token);
    return style.getPropertyValue(`--${variable}`).trim() || fallbacks[variable] || "#808080";
  };
  return {
    name,
    text: read(tokens.colorNeutralForeground1),
    mutedText: read(tokens.colorNeutralForeground3),
    background: read(tokens.colorNeutralBackground1),
    gridLine: read(tokens.colorNeutralStroke2),
    series: seriesTokens.map(read),
    bands: {
      low: read(tokens.colorPaletteGreenBorderActive),
      medium: read(tokens.colorPaletteYellowBorderActive),
      high: read(tokens.colorPaletteDarkOrangeBorderActive),
      critical: read(tokens.colorPaletteRedBorderActive),
    },
    heat: [read(tokens.colorBrandBackground2), read(tokens.colorBrandBackground)],
    good: read(tokens.colorPaletteGreenForeground1),
    bad: read(tokens.colorPaletteRedForeground1),
    font: read(tokens.fontFamilyBase),
  };
}
