/**
 * echarts as tests need it: jsdom has no canvas, so charts are drawn with the SVG renderer, which
 * is also how tests inspect what was drawn. Chart.tsx loads this module only when Vite's mode is
 * "test", a build-time constant, so production bundles do not carry the SVG renderer.
 */
import { use as register } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { init } from "./echarts";

register([SVGRenderer]);

export { init };
