import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { boardView } from "../../test/boardView";
import { renderWithTheme } from "../../test/render";
import { formatters } from "../format";
import { boardKpis } from "../pages/board/kpis";
import { deltaTone, KpiCard } from "./KpiCard";

describe("deltaTone", () => {
  it("judges a change by which way is better for the KPI", () => {
    expect(deltaTone(0.05, "up")).toBe("good");
    expect(deltaTone(-0.05, "up")).toBe("bad");
    expect(deltaTone(2, "down")).toBe("bad");
    expect(deltaTone(-2, "down")).toBe("good");
    expect(deltaTone(200_000, "neutral")).toBe("neutral");
    expect(deltaTone(0, "up")).toBe("neutral");
    expect(deltaTone(null, "up")).toBe("neutral");
  });
});

describe("KpiCard", () => {
  it("shows the figure, the signed change and what it is compared with, in words too", () => {
    renderWithTheme(
      <KpiCard
        label="Overdue mitigations"
        value="1"
        delta={{ value: -2, text: "-2", better: "down" }}
        comparedWith="Oct 2026"
      />,
    );
    const card = screen.getByRole("region", { name: "Overdue mitigations" });
    expect(within(card).getByRole("heading", { level: 3 })).toHaveTextContent("Overdue mitigations");
    expect(card).toHaveTextContent("1-2, an improvementvs Oct 2026");
  });

  it("says so when there is nothing to compare with", () => {
    renderWithTheme(
      <KpiCard label="Alignment index" value="70%" delta={{ value: null, text: null, better: "up" }} comparedWith={null} />,
    );
    expect(screen.getByRole("region", { name: "Alignment index" })).toHaveTextContent("Nothing to compare with yet");
  });
});

describe("boardKpis", () => {
  const kpis = boardKpis(boardView(), formatters("en-GB"));
  const card = (label: string) => kpis.find((k) => k.label === label)!;

  it("formats every KPI of the board view in the locale, with month-over-month deltas", () => {
    expect(kpis.map((k) => k.label)).toEqual([
      "Portfolio ROI",
      "Value realised vs plan",
      "Investment to date",
      "Initiatives by stage",
      "Open risks",
      "Overdue mitigations",
      "Maturity index",
      "Alignment index",
    ]);
    expect(card("Portfolio ROI")).toMatchObject({
      value: "25%",
      delta: { value: 0.05, text: "+5 pts", better: "up" },
      comparedWith: "Oct 2026",
    });
    expect(card("Value realised vs plan")).toMatchObject({
      value: "75%",
      delta: { text: "-8.3 pts", better: "up" },
      detail: "€150k realised of €200k planned to date",
    });
    expect(card("Investment to date")).toMatchObject({ value: "€1.2m", delta: { text: "+€200k", better: "neutral" } });
    expect(card("Overdue mitigations")).toMatchObject({ value: "1", delta: { value: -2, text: "-2", better: "down" } });
    expect(card("Maturity index")).toMatchObject({
      value: "52.5 / 100",
      delta: { text: "+5" },
      comparedWith: "assessment of Jun 2026",
    });
    expect(card("Alignment index")).toMatchObject({ value: "70%", delta: { value: null }, comparedWith: null });
  });

  it("breaks stages and bands down, each with its change", () => {
    expect(card("Initiatives by stage").value).toBe("5");
    expect(card("Initiatives by stage").breakdown?.find((b) => b.label === "Idea")).toMatchObject({
      value: "2",
      delta: { text: "+1" },
    });
    expect(card("Open risks")).toMatchObject({ value: "4", delta: { value: 0, text: "0" } });
    expect(card("Open risks").breakdown?.map((b) => `${b.label} ${b.value} ${b.delta.text}`)).toEqual([
      "Critical 0 0",
      "High 1 -1",
      "Medium 2 +1",
      "Low 1 0",
    ]);
  });

  it("formats in the reader's locale", () => {
    const german = boardKpis(boardView(), formatters("de-DE"));
    expect(german[0]?.value.replace(/\s/g, " ")).toBe("25 %");
    expect(german[0]?.comparedWith).toBe("Okt. 2026");
  });
});
