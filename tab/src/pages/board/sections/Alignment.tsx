import { useMemo } from "react";
import { Badge, Text } from "@fluentui/react-components";
import type { AlignmentRow } from "../../../api/types";
import type { BoardPageContext } from "../../../components/BoardFrame";
import type { Column } from "../../../components/DataTable";
import { FilterButton } from "../../../components/FilterButton";
import { Section } from "../../../components/Section";
import { Chart } from "../../../charts/Chart";
import { stackedBarOption, type StackedBarInput } from "../../../charts/options";

const ratingNames = ["1 Not important", "2", "3", "4", "5 Critical"];

/** Per business priority: how the executives rated its importance, and where they disagree. */
export function AlignmentSection({ view, format, crossFilter }: BoardPageContext) {
  const rows = view.alignment.priorities;
  const data = useMemo<StackedBarInput>(
    () => ({
      categories: rows.map((r) => r.title),
      flagged: rows.map((r) => r.disagreement),
      series: ratingNames.map((name, k) => ({ name, values: rows.map((r) => r.distribution[k] ?? 0) })),
    }),
    [rows],
  );
  const flagged = rows.filter((r) => r.disagreement);
  const columns: Column<AlignmentRow>[] = [
    {
      id: "priority",
      label: "Business priority",
      value: (r) => r.title,
      render: (r) => <FilterButton label={r.title} slicer="priority" onClick={() => crossFilter("priority", r.priorityId)} />,
    },
    { id: "respondents", label: "Answers", numeric: true, value: (r) => r.respondents },
    {
      id: "mean",
      label: "Mean importance",
      numeric: true,
      value: (r) => r.meanImportance,
      render: (r) => (r.meanImportance === null ? "—" : format.number(r.meanImportance, 1)),
    },
    ...ratingNames.map<Column<AlignmentRow>>((name, k) => ({
      id: `r${k + 1}`,
      label: `Rated ${name}`,
      numeric: true,
      value: (r) => r.distribution[k] ?? 0,
    })),
    {
      id: "index",
      label: "Alignment index",
      numeric: true,
      value: (r) => r.alignmentIndex,
      render: (r) => (r.alignmentIndex === null ? "—" : format.percent(r.alignmentIndex)),
    },
    {
      id: "flag",
      label: "Disagreement",
      value: (r) => (r.disagreement ? "Flagged" : ""),
      render: (r) =>
        r.disagreement ? (
          <Badge color="danger" appearance="tint" shape="rounded">
            Flagged for the board
          </Badge>
        ) : (
          "—"
        ),
    },
  ];
  if (view.alignment.cycle === null) {
    return (
      <Section title="Leadership alignment" wide>
        <Text>
          No survey answers yet. Each quarter every executive rates how important each business priority is; the spread
          of their answers shows where the leadership is aligned.
        </Text>
      </Section>
    );
  }
  return (
    <Section
      title="Leadership alignment"
      wide
      description={`Survey ${view.alignment.cycle}: how the executives rated each priority (1–5). ⚑ marks a disagreement to take to the board. Select a priority to filter the board by it.`}
    >
      <Chart
        title="Ratings per business priority"
        summary={`Alignment index ${view.alignment.index === null ? "not available" : format.percent(view.alignment.index)} over ${format.number(
          rows.length,
        )} priorities. ${flagged.length === 0 ? "No disagreement flagged." : `Disagreement flagged on: ${flagged.map((r) => r.title).join(", ")}.`}`}
        data={data}
        build={stackedBarOption}
        height={Math.max(220, rows.length * 40 + 64)}
        onSelect={({ dataIndex }) => {
          const row = rows[dataIndex];
          if (row) crossFilter("priority", row.priorityId);
        }}
        table={{ columns, rows, rowKey: (r) => r.priorityId }}
      />
    </Section>
  );
}
