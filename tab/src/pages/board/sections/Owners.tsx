import { useMemo } from "react";
import type { OwnerRow } from "../../../api/types";
import type { BoardPageContext } from "../../../components/BoardFrame";
import type { Column } from "../../../components/DataTable";
import { Ratio } from "../../../components/cells";
import { FilterButton } from "../../../components/FilterButton";
import { Section } from "../../../components/Section";
import { Chart } from "../../../charts/Chart";
import { groupedBarOption, horizontalBarOption } from "../../../charts/options";
import type { Formatters } from "../../../format";

/** Exposure (the sum of the inherent scores of open risks) per executive owner; click to slice by owner. */
export function OwnerExposureSection({ view, format, slicers, crossFilter }: BoardPageContext) {
  const owners = view.owners;
  const data = useMemo(
    () => ({
      name: "Exposure",
      data: owners.map((o) => ({ label: o.displayName, value: o.exposure })),
      highlight: slicers.owner.length > 0 ? owners.map((o) => slicers.owner.includes(o.ownerId)) : undefined,
    }),
    [owners, slicers.owner],
  );
  const columns: Column<OwnerRow>[] = [
    {
      id: "owner",
      label: "Risk owner",
      value: (o) => o.displayName,
      render: (o) => <FilterButton label={o.displayName} slicer="owner" onClick={() => crossFilter("owner", o.ownerId)} />,
    },
    { id: "exposure", label: "Exposure", numeric: true, value: (o) => o.exposure, render: (o) => format.number(o.exposure) },
    { id: "open", label: "Open risks", numeric: true, value: (o) => o.openRisks, render: (o) => format.number(o.openRisks) },
    { id: "critical", label: "Critical", numeric: true, value: (o) => o.openRisksByBand.critical },
    { id: "high", label: "High", numeric: true, value: (o) => o.openRisksByBand.high },
    { id: "overdue", label: "Overdue mitigations", numeric: true, value: (o) => o.overdueMitigations },
  ];
  const first = owners[0];
  return (
    <Section
      title="Risk exposure per owner"
      description="The sum of the scores (likelihood × impact) of the open risks each executive owns. Select an owner to filter the board by them."
    >
      <Chart
        title="Risk exposure per owner"
        summary={
          first
            ? `${format.number(owners.length)} owners. Highest exposure: ${first.displayName}, ${format.number(first.exposure)} across ${format.number(first.openRisks)} open risks.`
            : "No owner has open risks."
        }
        data={data}
        build={horizontalBarOption}
        height={Math.max(200, owners.length * 30 + 24)}
        onSelect={({ dataIndex }) => {
          const owner = owners[dataIndex];
          if (owner) crossFilter("owner", owner.ownerId);
        }}
        table={{ columns, rows: owners, rowKey: (o) => o.ownerId }}
      />
    </Section>
  );
}

/** Investment against value realised per outcome owner; click to slice by owner. */
export function OwnerValueSection({ view, format, crossFilter }: BoardPageContext) {
  const owners = useMemo(() => view.owners.filter((o) => o.outcomeInitiatives > 0), [view.owners]);
  const data = useMemo(
    () => ({
      categories: owners.map((o) => o.displayName),
      currency: view.currency,
      series: [
        { name: "Investment to date", values: owners.map((o) => o.investmentToDate) },
        { name: "Value planned to date", values: owners.map((o) => o.valuePlannedToDate) },
        { name: "Value realised to date", values: owners.map((o) => o.valueRealisedToDate) },
      ],
    }),
    [owners, view.currency],
  );
  return (
    <Section
      title="Investment and value per outcome owner"
      description="What the initiatives each executive owns have cost and returned so far. Select a bar to filter by the owner."
    >
      <Chart
        title="Investment and value per outcome owner"
        summary={`${format.number(owners.length)} outcome owners. ${owners
          .map((o) => `${o.displayName}: ${o.valueRealisation === null ? "nothing planned yet" : `${format.percent(o.valueRealisation)} of planned value realised`}`)
          .join("; ")}.`}
        data={data}
        build={groupedBarOption}
        height={320}
        onSelect={({ dataIndex }) => {
          const owner = owners[dataIndex];
          if (owner) crossFilter("owner", owner.ownerId);
        }}
        table={{
          columns: ownerColumns(format, view.currency, (o) => crossFilter("owner", o.ownerId)),
          rows: owners,
          rowKey: (o) => o.ownerId,
        }}
      />
    </Section>
  );
}

/** The owners' figures; with `filter`, each name is a button that slices the board by the owner. */
export function ownerColumns(
  format: Formatters,
  currency: string | null,
  filter?: (owner: OwnerRow) => void,
): Column<OwnerRow>[] {
  const money = (v: number) => (currency ? format.currency(v, currency, { compact: true }) : format.number(v));
  return [
    {
      id: "owner",
      label: "Executive",
      value: (o) => o.displayName,
      render: filter && ((o) => <FilterButton label={o.displayName} slicer="owner" onClick={() => filter(o)} />),
    },
    { id: "jobTitle", label: "Role", value: (o) => o.jobTitle },
    { id: "outcome", label: "Outcome owner of", numeric: true, value: (o) => o.outcomeInitiatives },
    { id: "risk", label: "Risk owner of", numeric: true, value: (o) => o.riskInitiatives },
    { id: "investment", label: "Investment to date", numeric: true, value: (o) => o.investmentToDate, render: (o) => money(o.investmentToDate) },
    { id: "planned", label: "Value planned", numeric: true, value: (o) => o.valuePlannedToDate, render: (o) => money(o.valuePlannedToDate) },
    { id: "realised", label: "Value realised", numeric: true, value: (o) => o.valueRealisedToDate, render: (o) => money(o.valueRealisedToDate) },
    {
      id: "realisation",
      label: "Realisation",
      numeric: true,
      value: (o) => o.valueRealisation,
      render: (o) => <Ratio value={o.valueRealisation} format={format} />,
    },
    { id: "roi", label: "ROI", numeric: true, value: (o) => o.roi, render: (o) => <Ratio value={o.roi} format={format} /> },
    { id: "openRisks", label: "Open risks", numeric: true, value: (o) => o.openRisks },
    { id: "overdue", label: "Overdue mitigations", numeric: true, value: (o) => o.overdueMitigations },
    { id: "exposure", label: "Exposure", numeric: true, value: (o) => o.exposure },
  ];
}
