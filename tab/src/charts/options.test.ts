import { describe, expect, it } from "vitest";
import { formatters } from "../format";
import { heatmapOption, radarOption, scatterOption } from "./options";
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
const format = formatters("en-GB");

// echarts.ts registers only the plain legend and the continuous visual map: an option that asked
// for the scrolling legend or a piecewise scale would draw without it.
describe("the chart options use only the echarts parts that are registered", () => {
  it("lays every legend out plain, even with many groups", () => {
    const groups = ["Idea", "Assessment", "Pilot", "Scaling", "In production", "Retired", "Rejected"];
    const scatter = scatterOption(
      { points: [{ title: "A", x: 3, y: 4, size: 60, group: "Pilot" }], xName: "Feasibility", yName: "Value", groups },
      theme,
      format,
    );
    const radar = radarOption({ dimensions: [{ label: "Data", current: 2, target: 4 }], levels: 5 }, theme);
    for (const option of [scatter, radar]) expect(option.legend).toMatchObject({ type: "plain" });
  });

  it("colours the heatmap on a continuous scale from the theme", () => {
    const option = heatmapOption(
      { counts: [[0, 2], [4, 1]], likelihoodLabels: ["1", "2"], impactLabels: ["1", "2"] },
      theme,
      format,
    );
    expect(option.visualMap).toMatchObject({ type: "continuous", min: 0, max: 4, inRange: { color: theme.heat } });
  });
});
