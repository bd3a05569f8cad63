import { useEffect, useEffectEvent, useRef, useState } from "react";
import {
  Button,
  makeStyles,
  mergeClasses,
  SkeletonItem,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { ImageRegular, TableRegular } from "@fluentui/react-icons";
import type { ComposeOption, EChartsType } from "echarts/core";
import type {
  BarSeriesOption,
  FunnelSeriesOption,
  HeatmapSeriesOption,
  LineSeriesOption,
  RadarSeriesOption,
  ScatterSeriesOption,
} from "echarts/charts";
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  RadarComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from "echarts/components";
import { DataTable, type Column } from "../components/DataTable";
import { downloadUrl, fileNameOf } from "../export/csv";
import { useFormat, type Formatters } from "../format";
import { useTeams } from "../teams/TeamsProvider";
import type * as EChartsModuleNamespace from "./echarts";
import { readChartTheme, type ChartTheme } from "./theme";

type EChartsModule = typeof EChartsModuleNamespace;

/** The options of the charts the board draws (types only; echarts itself loads lazily). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | FunnelSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | RadarSeriesOption
  | ScatterSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | RadarComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export type ChartRenderer = "canvas" | "svg";

/** Builds a chart's option from its data, in the current theme and locale. A stable function. */
export type OptionBuilder<D> = (data: D, theme: ChartTheme, format: Formatters) => ChartOption;

/** A click on a chart element: which series and data item. */
export interface ChartSelection {
  seriesIndex: number;
  dataIndex: number;
  name: string;
}

/**
 * Canvas in a browser; SVG in tests, where jsdom has no canvas (SVG is also how tests inspect what
 * was drawn). `import.meta.env.MODE` is replaced at build time, so the production bundle neither
 * loads nor contains the SVG renderer.
 */
const inTests = import.meta.env.MODE === "test";
const renderer: ChartRenderer = inTests ? "svg" : "canvas";

/** Loads echarts once, on the first chart; every later chart reuses the module. */
let echartsModule: Promise<EChartsModule> | undefined;
const loadECharts = () => (echartsModule ??= inTests ? import("./echartsForTests") : import("./echarts"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "flex-end",
    gap: tokens.spacingHorizontalXS,
    "@media print": { display: "none" },
  },
  canvas: { position: "relative", width: "100%", minWidth: 0 },
  placeholder: { position: "absolute", inset: 0 },
  skeleton: { width: "100%", height: "100%", borderRadius: tokens.borderRadiusMedium },
});

export interface ChartProps<D, R> {
  /** The chart's name: the start of its text alternative, and the name of its image and table. */
  title: string;
  /** What the chart shows, in a sentence or two: the rest of its text alternative. */
  summary: string;
  data: D;
  build: OptionBuilder<D>;
  /** The same data as a table, for "View as table" and CSV. */
  table: { columns: readonly Column<R>[]; rows: readonly R[]; rowKey: (row: R) => string };
  /** Makes elements clickable: cross-filtering, drill-through. */
  onSelect?: (selection: ChartSelection) => void;
  height?: number;
  /** A fixed width; by default the chart fills its container and follows its size. */
  width?: number;
}

export function Chart<D, R>({
  title,
  summary,
  data,
  build,
  table,
  onSelect,
  height = 280,
  width,
}: ChartProps<D, R>) {
  const styles = useStyles();
  const format = useFormat();
  const { theme: themeName } = useTeams();
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);
  const [failed, setFailed] = useState(false);
  const [asTable, setAsTable] = useState(false);

  const select = useEffectEvent((selection: ChartSelection) => onSelect?.(selection));

  // Create the chart once its module has loaded; dispose of it when the element goes.
  const initialSize = useRef({ width, height });
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let instance: EChartsType | undefined;
    let active = true;
    let observer: ResizeObserver | undefined;
    loadECharts().then(
      ({ init }) => {
        if (!active) return;
        const size = initialSize.current;
        // Outside a laid-out page (jsdom, a hidden tab) the element has no width: fall back.
        const fixedWidth = size.width ?? (element.clientWidth === 0 ? 640 : undefined);
        instance = init(element, null, { renderer, width: fixedWidth, height: size.height, locale: "EN" });
        instance.on("click", (params) =>
          select({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex, name: params.name }),
        );
        if (typeof ResizeObserver !== "undefined") {
          observer = new ResizeObserver(() => {
            if (instance && !instance.isDisposed() && element.clientWidth > 0) instance.resize();
          });
          observer.observe(element);
        }
        setChart(instance);
      },
      (error: unknown) => {
        console.error("Charts could not be loaded", error);
        if (active) setFailed(true);
      },
    );
    return () => {
      active = false;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);

  // A new size (more owners, more priorities) resizes the same chart.
  useEffect(() => {
    if (chart && !chart.isDisposed()) chart.resize({ width: width ?? "auto", height });
  }, [chart, width, height]);

  // Draw (again) whenever the data, the theme or the locale change.
  useEffect(() => {
    const element = container.current;
    if (!chart || chart.isDisposed() || !element) return;
    const theme = readChartTheme(element, themeName);
    const option = build(data, theme, format);
    chart.setOption(
      {
        backgroundColor: "transparent",
        textStyle: { color: theme.text, fontFamily: theme.font },
        color: theme.series,
        // Patterns tell series apart where colours cannot (high contrast). The text alternative is
        // ours (role="img" and its label), so echarts generates none.
        aria: { enabled: theme.name === "contrast", label: { enabled: false }, decal: { show: theme.name === "contrast" } },
        animation: !window.matchMedia?.("(prefers-reduced-motion: reduce)").matches,
        ...option,
      },
      { notMerge: true },
    );
  }, [chart, build, data, themeName, format]);

  const downloadImage = () => {
    const element = container.current;
    if (!chart || chart.isDisposed() || !element) return;
    const { background } = readChartTheme(element, themeName);
    const url = chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: background });
    downloadUrl(url, `${fileNameOf(title)}.${renderer === "svg" ? "svg" : "png"}`);
  };

  return (
    // Busy until echarts has loaded and drawn: assistive technology (and tests) wait for the chart.
    <div className={styles.root} aria-busy={!chart && !failed}>
      <div className={styles.toolbar}>
        <ToggleButton
          size="small"
          appearance="subtle"
          icon={<TableRegular />}
          checked={asTable}
          onClick={() => setAsTable((v) => !v)}
          aria-label={`View as table: ${title}`}
        >
          View as table
        </ToggleButton>
        <Button
          size="small"
          appearance="subtle"
          icon={<ImageRegular />}
          disabled={!chart || asTable}
          onClick={downloadImage}
          aria-label={`Download image: ${title}`}
        >
          Image
        </Button>
      </div>
      <div className={styles.canvas} hidden={asTable} style={{ height }}>
        <div
          ref={container}
          role="img"
          data-chart={title}
          aria-label={`${title}. ${summary}`}
          style={{ width: width ?? "100%", height }}
        />
        {!chart && (
          <div className={mergeClasses(styles.placeholder)} aria-hidden>
            {failed ? null : <SkeletonItem className={styles.skeleton} style={{ height }} />}
          </div>
        )}
      </div>
      {failed && !asTable && (
        <p>The chart could not be drawn. Its data is available with “View as table”.</p>
      )}
      {asTable && <DataTable title={title} pageSize={10} {...table} />}
    </div>
  );
}
