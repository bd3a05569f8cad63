import { useMemo } from "react";
import { Badge, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useApiGet } from "../../api/hooks";
import type { BoardView, ItemList, RiskBand, RiskItem } from "../../api/types";
import { DataTable, type Column } from "../../components/DataTable";
import { InitiativeLink } from "../../components/InitiativeLink";
import {
  bandColors,
  bandLabels,
  impactLabels,
  likelihoodLabels,
  riskCategoryLabels,
  riskStatusLabels,
} from "../../components/labels";
import { Section } from "../../components/Section";
import type { Formatters } from "../../format";
import { hasSlicers, type Slicers } from "../../routing/slicers";
import { ApiErrorMessage } from "../../shell/ApiErrorMessage";

export function riskColumns(
  format: Formatters,
  names: ReadonlyMap<string, string>,
  titles: ReadonlyMap<string, string>,
): Column<RiskItem>[] {
  const band = (b: RiskBand | null) =>
    b ? (
      <Badge appearance="filled" shape="rounded" color={bandColors[b]}>
        {bandLabels[b]}
      </Badge>
    ) : (
      "—"
    );
  return [
    { id: "title", label: "Risk", value: (r) => r.title },
    {
      id: "initiative",
      label: "Initiative",
      value: (r) => (r.initiativeId ? (titles.get(r.initiativeId) ?? r.initiativeId) : "Organisation-wide"),
      render: (r) =>
        r.initiativeId ? (
          <InitiativeLink id={r.initiativeId} title={titles.get(r.initiativeId) ?? r.initiativeId} />
        ) : (
          "Organisation-wide"
        ),
    },
    { id: "category", label: "Category", value: (r) => riskCategoryLabels[r.category] },
    { id: "owner", label: "Owner", value: (r) => names.get(r.ownerId) ?? r.ownerId },
    { id: "likelihood", label: "Likelihood", numeric: true, value: (r) => r.likelihood, render: (r) => `${r.likelihood} ${likelihoodLabels[r.likelihood - 1]}` },
    { id: "impact", label: "Impact", numeric: true, value: (r) => r.impact, render: (r) => `${r.impact} ${impactLabels[r.impact - 1]}` },
    {
      id: "band",
      label: "Band",
      value: (r) => r.derived?.score ?? null,
      csv: (r) => (r.derived ? bandLabels[r.derived.band] : null),
      render: (r) => band(r.derived?.band ?? null),
    },
    {
      id: "residual",
      label: "Residual band",
      value: (r) => r.derived?.residualScore ?? null,
      csv: (r) => (r.derived?.residualBand ? bandLabels[r.derived.residualBand] : null),
      render: (r) => band(r.derived?.residualBand ?? null),
    },
    { id: "status", label: "Status", value: (r) => riskStatusLabels[r.status] },
    { id: "due", label: "Mitigation due", value: (r) => r.dueDate, render: (r) => (r.dueDate ? format.date(r.dueDate) : "—") },
  ];
}

/**
 * Every risk of the initiatives in scope. The risk list answers the tenant's risks unfiltered;
 * the register keeps those of the initiatives the slicers leave in scope, and organisation-wide
 * risks while no slicer is set (which slicer an organisation-wide risk belongs to is the API's
 * rule; it is asked for in the report of issue #4).
 */
export function RiskRegister({ view, slicers, format }: { view: BoardView; slicers: Slicers; format: Formatters }) {
  const risks = useApiGet<ItemList<RiskItem>>("/risks");
  const names = useMemo(() => new Map(view.options.owners.map((o) => [o.id, o.displayName])), [view.options.owners]);
  const titles = useMemo(() => new Map(view.initiatives.map((i) => [i.id, i.title])), [view.initiatives]);
  const rows = useMemo(() => {
    const unsliced = !hasSlicers(slicers);
    return (risks.data?.items ?? []).filter((r) => (r.initiativeId === null ? unsliced : titles.has(r.initiativeId)));
  }, [risks.data, titles, slicers]);
  const columns = useMemo(() => riskColumns(format, names, titles), [format, names, titles]);
  const bandsKnown = rows.some((r) => r.derived);
  return (
    <Section title="Risk register" wide description="Each risk with its owner, its ratings, its treatment status and the due date of its mitigation.">
      {!bandsKnown && rows.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>Bands appear here once the service reports them with each risk.</MessageBarBody>
        </MessageBar>
      )}
      {risks.error ? (
        <ApiErrorMessage error={risks.error} what="the risk register" onRetry={risks.reload} />
      ) : (
        <DataTable
          title="Risk register"
          columns={columns}
          rows={rows}
          rowKey={(r) => r.id}
          loading={risks.loading}
          minWidth={1200}
          initialSort={{ column: "likelihood", direction: "descending" }}
          empty="No risk recorded for the initiatives in scope."
        />
      )}
    </Section>
  );
}
