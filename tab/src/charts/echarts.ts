/**
 * The one place that sets echarts up: only the chart types and components the board uses, from
 * `echarts/core` (the full `echarts` import would add ~150 KiB). This module is loaded with
 * `import()` by Chart.tsx, never statically, so echarts stays out of the initial bundle (the
 * `keepLibrariesLazy` plugin in vite.config.ts fails the build otherwise). The browser draws on
 * canvas; tests, where jsdom has no canvas, add the SVG renderer (echartsForTests.ts).
 */
import { init, use as register } from "echarts/core";
import { BarChart, FunnelChart, HeatmapChart, LineChart, RadarChart, ScatterChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  // Legends of one or a few lines: the scrolling variant is not needed.
  LegendPlainComponent,
  RadarComponent,
  TooltipComponent,
  // The heatmap's colour scale is continuous (options.ts); the piecewise variant is not needed.
  // (echarts requires a visualMap for every heatmap: its development build throws without one.)
  VisualMapContinuousComponent,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

register([
  BarChart,
  FunnelChart,
  HeatmapChart,
  LineChart,
  RadarChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

export { init };
