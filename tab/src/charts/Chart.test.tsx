import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithTheme } from "../../test/render";
import type { Column } from "../components/DataTable";
import { Chart } from "./Chart";
import { funnelOption, type FunnelDatum } from "./options";

const stages: FunnelDatum[] = [
  { label: "Idea", count: 4, reached: 9 },
  { label: "Pilot", count: 3, reached: 5 },
  { label: "Production", count: 2, reached: 2 },
];
const columns: Column<FunnelDatum>[] = [
  { id: "stage", label: "Stage", value: (s) => s.label },
  { id: "count", label: "Initiatives now", value: (s) => s.count, numeric: true },
];

function renderFunnel() {
  return renderWithTheme(
    <Chart
      title="Stage funnel"
      summary="9 initiatives on the path; 2 reached production."
      data={stages}
      build={funnelOption}
      width={480}
      height={240}
      table={{ columns, rows: stages, rowKey: (s) => s.label }}
    />,
  );
}

describe("Chart", () => {
  it("draws SVG in jsdom at the given size, with a text alternative", async () => {
    renderFunnel();
    const img = screen.getByRole("img", { name: "Stage funnel. 9 initiatives on the path; 2 reached production." });
    // Busy while echarts loads; not busy once it has drawn.
    const root = img.closest("[aria-busy]");
    expect(root).toHaveAttribute("aria-busy", "true");
    await waitFor(() => expect(root).toHaveAttribute("aria-busy", "false"));
    const svg = await waitFor(() => {
      const found = img.querySelector("svg");
      expect(found).not.toBeNull();
      return found!;
    });
    expect(svg).toHaveAttribute("width", "480");
    expect(svg).toHaveAttribute("height", "240");
    await waitFor(() => expect(svg.textContent).toContain("Pilot: 3"));
    expect(svg.textContent).toContain("Production: 2");
  });

  it("shows the same data as a table, with CSV export", async () => {
    const user = userEvent.setup();
    renderFunnel();
    const toggle = screen.getByRole("button", { name: "View as table: Stage funnel" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    const table = screen.getByRole("table", { name: "Stage funnel" });
    const rows = within(table).getAllByRole("row").map((r) => r.textContent);
    expect(rows).toEqual(["StageInitiatives now", "Idea4", "Pilot3", "Production2"]);
    expect(screen.getByRole("button", { name: "Export CSV: Stage funnel" })).toBeEnabled();
    // The chart stays drawn (hidden) for when the table is closed again.
    expect(screen.getByRole("img", { hidden: true, name: /Stage funnel/ })).not.toBeVisible();
    await user.click(toggle);
    expect(screen.queryByRole("table", { name: "Stage funnel" })).toBeNull();
  });

  it("downloads the chart as an image", async () => {
    const user = userEvent.setup();
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(`${this.download} ${this.href.slice(0, 26)}`);
    });
    renderFunnel();
    const button = screen.getByRole("button", { name: "Download image: Stage funnel" });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(clicks).toEqual(["stage-funnel.svg data:image/svg+xml;charset"]);
  });
});
