import type { ChartOption } from "./Chart";
import type { ChartTheme } from "./theme";
import type { Formatters } from "../format";

/**
 * The option builders of the board's charts: pure functions of prepared data, the theme and the
 * locale. They compute nothing of the domain: every figure comes from the API's board view.
 */

const axisStyle = (theme: ChartTheme) => ({
  axisLabel: { color: theme.mutedText },
  axisLine: { lineStyle: { color: theme.gridLine } },
  splitLine: { lineStyle: { color: theme.gridLine } },
});

const tooltip = (theme: ChartTheme) => ({
  backgroundColor: theme.background,
  borderColor: theme.gridLine,
  textStyle: { color: theme.text },
});

const legend = (theme: ChartTheme) => ({ textStyle: { color: theme.text }, bottom: 0, type: "plain" as const });

/** Long category names are cut on the axis; tooltips and the table show them whole. */
const shorten = (text: string, max = 22) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface FunnelDatum {
  label: string;
  /** Initiatives at this stage. */
  count: number;
  /** At this stage or further along. */
  reached: number;
}

/** The stage funnel, top to bottom in path order; each band is as wide as the initiatives that reached it. */
export function funnelOption(stages: readonly FunnelDatum[], theme: ChartTheme, format: Formatters): ChartOption {
  const max = Math.max(1, ...stages.map((s) => s.reached));
  return {
    tooltip: {
      ...tooltip(theme),
      trigger: "item",
      formatter: (p: unknown) => {
        const { dataIndex } = p as { dataIndex: number };
        const s = stages[dataIndex];
        return s ? `${s.label}: ${format.number(s.count)} now, ${format.number(s.reached)} reached` : "";
      },
    },
    series: [
      {
        type: "funnel",
        sort: "none",
        left: "10%",
        right: "10%",
        top: 8,
        bottom: 8,
        min: 0,
        max,
        minSize: "30%",
        maxSize: "100%",
        gap: 2,
        label: {
          position: "inside",
          color: "#ffffff",
          textBorderColor: "#000000",
          textBorderWidth: 2,
          formatter: (p: unknown) => {
            const s = stages[(p as { dataIndex: number }).dataIndex];
            return s ? `${s.label}: ${format.number(s.count)}` : "";
          },
        },
        itemStyle: { borderColor: theme.background, borderWidth: 1 },
        data: stages.map((s, k) => ({
          name: s.label,
          value: s.reached,
          itemStyle: { color: theme.series[k % theme.series.length] },
        })),
      },
    ],
  };
}

export interface BarDatum {
  label: string;
  value: number;
}

/** Horizontal bars, in the given order from the top: exposure per owner and the like. */
export function horizontalBarOption(
  bars: { data: readonly BarDatum[]; name: string; highlight?: readonly boolean[] },
  theme: ChartTheme,
  format: Formatters,
): ChartOption {
  return {
    grid: { left: 8, right: 32, top: 8, bottom: 8 },
    tooltip: { ...tooltip(theme), trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", ...axisStyle(theme), axisLabel: { color: theme.mutedText, formatter: (v: number) => format.number(v) } },
    yAxis: {
      type: "category",
      data: bars.data.map((b) => b.label),
      inverse: true,
      ...axisStyle(theme),
      axisLabel: { color: theme.text, formatter: (v: string) => shorten(v) },
    },
    series: [
      {
        type: "bar",
        name: bars.name,
        barMaxWidth: 22,
        label: { show: true, position: "right", color: theme.text, formatter: (p: unknown) => format.number((p as { value: number }).value) },
        data: bars.data.map((b, k) => ({
          value: b.value,
          itemStyle: { color: bars.highlight?.[k] === false ? theme.gridLine : theme.series[0] },
        })),
      },
    ],
  };
}

/** Two amounts per category, side by side (investment against value realised per owner). */
export function groupedBarOption(
  input: { categories: readonly string[]; series: readonly { name: string; values: readonly number[] }[]; currency: string | null },
  theme: ChartTheme,
  format: Formatters,
): ChartOption {
  const amount = (v: number) => (input.currency ? format.currency(v, input.currency, { compact: true }) : format.number(v));
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 40 },
    legend: legend(theme),
    tooltip: { ...tooltip(theme), trigger: "axis", valueFormatter: (v: unknown) => amount(Number(v)) },
    xAxis: {
      type: "category",
      data: [...input.categories],
      ...axisStyle(theme),
      axisLabel: { color: theme.text, interval: 0, rotate: input.categories.length > 5 ? 30 : 0, formatter: (v: string) => shorten(v, 16) },
    },
    yAxis: { type: "value", ...axisStyle(theme), axisLabel: { color: theme.mutedText, formatter: (v: number) => amount(v) } },
    series: input.series.map((s) => ({ type: "bar" as const, name: s.name, barMaxWidth: 28, data: [...s.values] })),
  };
}

export interface HeatmapInput {
  /** Counts indexed [likelihood − 1][impact − 1]. */
  counts: readonly (readonly number[])[];
  likelihoodLabels: readonly string[];
  impactLabels: readonly string[];
}

/** The 5×5 risk matrix: impact across, likelihood up, the number of open risks in each cell. */
export function heatmapOption(input: HeatmapInput, theme: ChartTheme, format: Formatters): ChartOption {
  const data: [number, number, number][] = [];
  let max = 1;
  input.counts.forEach((row, l) =>
    row.forEach((count, i) => {
      data.push([i, l, count]);
      max = Math.max(max, count);
    }),
  );
  return {
    grid: { left: 8, right: 8, top: 8, bottom: 56 },
    tooltip: {
      ...tooltip(theme),
      formatter: (p: unknown) => {
        const [i, l, count] = (p as { value: [number, number, number] }).value;
        return `${input.likelihoodLabels[l]} × ${input.impactLabels[i]}: ${format.number(count)}`;
      },
    },
    xAxis: {
      type: "category",
      name: "Impact",
      nameLocation: "middle",
      nameGap: 28,
      nameTextStyle: { color: theme.mutedText },
      data: [...input.impactLabels],
      ...axisStyle(theme),
      axisLabel: { color: theme.text, interval: 0 },
      splitArea: { show: false },
    },
    yAxis: {
      type: "category",
      data: [...input.likelihoodLabels],
      ...axisStyle(theme),
      axisLabel: { color: theme.text },
    },
    visualMap: {
      type: "continuous",
      show: false,
      min: 0,
      max,
      inRange: { color: [theme.heat[0], theme.heat[1]] },
    },
    series: [
      {
        type: "heatmap",
        name: "Open risks",
        data,
        label: {
          show: true,
          color: theme.text,
          textBorderColor: theme.background,
          textBorderWidth: 2,
          formatter: (p: unknown) => format.number((p as { value: [number, number, number] }).value[2]),
        },
        itemStyle: { borderColor: theme.background, borderWidth: 2 },
      },
    ],
  };
}

export interface RadarInput {
  dimensions: readonly { label: string; current: number; target: number }[];
  levels: number;
}

/** Current against target maturity per dimension, on the framework's 1–5 levels. */
export function radarOption(input: RadarInput, theme: ChartTheme): ChartOption {
  return {
    legend: legend(theme),
    tooltip: { ...tooltip(theme), trigger: "item" },
    radar: {
      radius: "62%",
      center: ["50%", "46%"],
      indicator: input.dimensions.map((d) => ({ name: d.label, max: input.levels, min: 0 })),
      axisName: { color: theme.text },
      splitLine: { lineStyle: { color: theme.gridLine } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: theme.gridLine } },
    },
    series: [
      {
        type: "radar",
        data: [
          {
            name: "Current",
            value: input.dimensions.map((d) => d.current),
            areaStyle: { opacity: 0.25 },
            lineStyle: { color: theme.series[0] },
            itemStyle: { color: theme.series[0] },
          },
          {
            name: "Target",
            value: input.dimensions.map((d) => d.target),
            lineStyle: { type: "dashed", color: theme.series[1] },
            itemStyle: { color: theme.series[1] },
          },
        ],
      },
    ],
  };
}

export interface LineInput {
  categories: readonly string[];
  series: readonly {
    name: string;
    values: readonly (number | null)[];
    dashed?: boolean;
    /** Draw across missing values (a trajectory given by its corner points). */
    connectNulls?: boolean;
    area?: boolean;
  }[];
  /** How values read on the axis and in tooltips. */
  value: (v: number) => string;
  yMin?: number;
  yMax?: number;
}

export function lineOption(input: LineInput, theme: ChartTheme): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 40 },
    legend: legend(theme),
    tooltip: { ...tooltip(theme), trigger: "axis", valueFormatter: (v: unknown) => (v === null || v === undefined ? "–" : input.value(Number(v))) },
    xAxis: { type: "category", data: [...input.categories], boundaryGap: false, ...axisStyle(theme) },
    yAxis: {
      type: "value",
      min: input.yMin,
      max: input.yMax,
      scale: input.yMin === undefined,
      ...axisStyle(theme),
      axisLabel: { color: theme.mutedText, formatter: (v: number) => input.value(v) },
    },
    series: input.series.map((s) => ({
      type: "line" as const,
      name: s.name,
      data: [...s.values],
      connectNulls: s.connectNulls ?? false,
      showSymbol: !s.connectNulls,
      symbolSize: 6,
      lineStyle: { type: s.dashed ? ("dashed" as const) : ("solid" as const), width: 2 },
      areaStyle: s.area ? { opacity: 0.12 } : undefined,
    })),
  };
}

export interface StackedBarInput {
  categories: readonly string[];
  /** One series per stack part, each with a value per category. */
  series: readonly { name: string; values: readonly number[] }[];
  /** Categories to mark (a flagged disagreement); marked ones get a "⚑". */
  flagged?: readonly boolean[];
}

/** Horizontal stacked bars, first category on top: the spread of ratings per priority. Data indices follow `categories`. */
export function stackedBarOption(input: StackedBarInput, theme: ChartTheme, format: Formatters): ChartOption {
  const labels = input.categories.map((c, k) => `${input.flagged?.[k] ? "⚑ " : ""}${shorten(c, 26)}`);
  return {
    grid: { left: 8, right: 16, top: 8, bottom: 40 },
    legend: legend(theme),
    tooltip: { ...tooltip(theme), trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v: unknown) => format.number(Number(v)) },
    xAxis: { type: "value", minInterval: 1, ...axisStyle(theme) },
    yAxis: { type: "category", data: labels, inverse: true, ...axisStyle(theme), axisLabel: { color: theme.text } },
    series: input.series.map((s, k) => ({
      type: "bar" as const,
      name: s.name,
      stack: "total",
      barMaxWidth: 24,
      itemStyle: { color: theme.series[(k + 2) % theme.series.length] },
      data: [...s.values],
    })),
  };
}

export interface ScatterInput {
  points: readonly { title: string; x: number; y: number; size: number; group: string }[];
  xName: string;
  yName: string;
  groups: readonly string[];
}

/**
 * Value against feasibility: one point per initiative, sized by its priority score, coloured by
 * a group (its stage). A series per group so the legend names them.
 */
export function scatterOption(input: ScatterInput, theme: ChartTheme, format: Formatters): ChartOption {
  const axis = (name: string) => ({
    type: "value" as const,
    name,
    nameLocation: "middle" as const,
    nameGap: 28,
    nameTextStyle: { color: theme.mutedText },
    min: 1,
    max: 5,
    interval: 1,
    ...axisStyle(theme),
  });
  return {
    grid: { left: 16, right: 24, top: 16, bottom: 72 },
    legend: legend(theme),
    tooltip: {
      ...tooltip(theme),
      trigger: "item",
      formatter: (p: unknown) => {
        const [x, y, , title] = (p as { value: [number, number, number, string] }).value;
        return `${title}<br/>${input.yName} ${format.number(y, 1)}, ${input.xName} ${format.number(x, 1)}`;
      },
    },
    xAxis: axis(input.xName),
    yAxis: { ...axis(input.yName), nameGap: 32 },
    series: input.groups.map((group) => ({
      type: "scatter" as const,
      name: group,
      symbolSize: (value: unknown) => 6 + ((value as number[])[2] ?? 0) / 6,
      itemStyle: { opacity: 0.8 },
      data: input.points.filter((p) => p.group === group).map((p) => [p.x, p.y, p.size, p.title]),
    })),
  };
}
