import type { ReactNode } from "react";
import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { bandColors, bandLabels, stageLabels } from "../../components/labels";
import type { Formatters } from "../../format";
import type { SnapshotDiff } from "../../snapshots/types";
import { moneyIn, signedMoneyIn } from "./sections/money";

/**
 * What changed from one month's snapshot to another, one section per kind of change, each with
 * its count; a section with nothing in it says "No changes". The differences are the API's
 * (domain/snapshotDiff): this only lays them out.
 */

type Change = SnapshotDiff["portfolio"]["roi"];

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    "@media print": { breakInside: "avoid" },
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  none: { color: tokens.colorNeutralForeground3 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  scroller: { overflowX: "auto" },
  numeric: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  worse: { color: tokens.colorPaletteRedForeground1 },
  better: { color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function CompareSection({
  title,
  count,
  description,
  children,
}: {
  title: string;
  count: number;
  description?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <div className={styles.head}>
        <Text as="h2" size={500} weight="semibold" className={styles.title}>
          {title}
        </Text>
        <Badge appearance="tint" color={count === 0 ? "subtle" : "brand"} shape="rounded">
          {count === 0 ? "No changes" : `${count} ${count === 1 ? "change" : "changes"}`}
        </Badge>
      </div>
      {description && (
        <Text size={200} className={styles.muted}>
          {description}
        </Text>
      )}
      {count === 0 ? <Text className={styles.none}>No changes.</Text> : children}
    </section>
  );
}

const moved = (c: Change) => c.from !== c.to;

interface ValueFormat {
  value: (v: number) => string;
  delta: (d: number) => string;
}

function ChangeCells({ change, as }: { change: Change; as: ValueFormat }) {
  const styles = useStyles();
  const show = (v: number | null) => (v === null ? "—" : as.value(v));
  return (
    <>
      <TableCell className={styles.numeric}>{show(change.from)}</TableCell>
      <TableCell className={styles.numeric}>{show(change.to)}</TableCell>
      <TableCell className={styles.numeric}>{change.delta === null ? "—" : as.delta(change.delta)}</TableCell>
    </>
  );
}

function ChangeTable<R>({
  title,
  first,
  rows,
  rowKey,
  rowName,
  columns,
}: {
  title: string;
  first: string;
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowName: (row: R) => ReactNode;
  columns: readonly { label: string; change: (row: R) => Change; as: ValueFormat }[];
}) {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <Table aria-label={title} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{first}</TableHeaderCell>
            {columns.map((c) => (
              <TableHeaderCell key={c.label}>{c.label}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              <TableCell>{rowName(row)}</TableCell>
              {columns.map((c) => {
                const change = c.change(row);
                const show = (v: number | null) => (v === null ? "—" : c.as.value(v));
                return (
                  <TableCell key={c.label} className={styles.numeric}>
                    {moved(change)
                      ? `${show(change.from)} → ${show(change.to)}${change.delta === null ? "" : ` (${c.as.delta(change.delta)})`}`
                      : show(change.to)}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function formats(format: Formatters, currency: string | null) {
  const ratio: ValueFormat = { value: (v) => format.percent(v), delta: (d) => format.points(d) };
  const money: ValueFormat = { value: moneyIn(format, currency), delta: signedMoneyIn(format, currency) };
  const count: ValueFormat = { value: (v) => format.number(v), delta: (d) => format.signedNumber(d) };
  const index: ValueFormat = { value: (v) => format.number(v, 1), delta: (d) => format.signedNumber(d, 1) };
  return { ratio, money, count, index };
}

export interface CompareSectionsProps {
  diff: SnapshotDiff;
  format: Formatters;
  currency: string | null;
}

export function PortfolioChanges({ diff, format, currency }: CompareSectionsProps) {
  const f = formats(format, currency);
  const p = diff.portfolio;
  const measures: { label: string; change: Change; as: ValueFormat }[] = [
    { label: "Portfolio ROI", change: p.roi, as: f.ratio },
    { label: "Value realised vs plan", change: p.valueRealisation, as: f.ratio },
    { label: "Benefit to date", change: p.benefitToDate, as: f.money },
    { label: "Benefit planned to date", change: p.plannedBenefitToDate, as: f.money },
    { label: "Investment to date", change: p.investmentToDate, as: f.money },
    { label: "NPV", change: p.npv, as: f.money },
    { label: "ROI over the whole plan", change: p.lifetimeRoi, as: f.ratio },
    { label: "Initiatives", change: p.initiatives, as: f.count },
    { label: "Open risks", change: p.openRisks, as: f.count },
    { label: "Overdue mitigations", change: p.overdueMitigations, as: f.count },
  ].filter((m) => moved(m.change));
  return (
    <CompareSection
      title="Portfolio ROI and value"
      count={measures.length}
      description="The whole portfolio's headline figures."
    >
      <Table aria-label="Portfolio ROI and value" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Measure</TableHeaderCell>
            <TableHeaderCell>{format.month(diff.from.period)}</TableHeaderCell>
            <TableHeaderCell>{format.month(diff.to.period)}</TableHeaderCell>
            <TableHeaderCell>Change</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {measures.map((m) => (
            <TableRow key={m.label}>
              <TableCell>{m.label}</TableCell>
              <ChangeCells change={m.change} as={m.as} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </CompareSection>
  );
}

export function StageMoves({ diff }: CompareSectionsProps) {
  const styles = useStyles();
  return (
    <CompareSection
      title="Stage moves"
      count={diff.stageMoves.length}
      description="Initiatives that passed a stage gate between the two month ends."
    >
      <ul className={styles.list} aria-label="Stage moves">
        {diff.stageMoves.map((m) => (
          <li key={m.initiativeId}>
            <strong>{m.title}</strong>: {stageLabels[m.from]} → {stageLabels[m.to]}
          </li>
        ))}
      </ul>
    </CompareSection>
  );
}

export function InitiativesAddedRemoved({ diff }: CompareSectionsProps) {
  const styles = useStyles();
  const count = diff.initiativesAdded.length + diff.initiativesRemoved.length;
  return (
    <CompareSection title="Initiatives added or removed" count={count}>
      <ul className={styles.list} aria-label="Initiatives added or removed">
        {diff.initiativesAdded.map((i) => (
          <li key={`+${i.initiativeId}`}>
            Added: <strong>{i.title}</strong> ({i.department}, {stageLabels[i.stage]})
          </li>
        ))}
        {diff.initiativesRemoved.map((i) => (
          <li key={`-${i.initiativeId}`}>
            Removed: <strong>{i.title}</strong> ({i.department}, was {stageLabels[i.stage]})
          </li>
        ))}
      </ul>
    </CompareSection>
  );
}

type RiskRef = SnapshotDiff["risks"]["opened"][number] | SnapshotDiff["risks"]["closed"][number];

function RiskLine({ risk, note }: { risk: RiskRef; note?: string }) {
  return (
    <li>
      <Badge appearance="filled" color={bandColors[risk.band]} shape="rounded">
        {bandLabels[risk.band]} · {risk.score}
      </Badge>{" "}
      <strong>{risk.title}</strong> — {risk.initiativeTitle ?? "organisation-wide"}, owner {risk.ownerName}
      {note ? ` (${note})` : ""}
    </li>
  );
}

export function NewRisks({ diff }: CompareSectionsProps) {
  const styles = useStyles();
  return (
    <CompareSection
      title="New risks"
      count={diff.risks.opened.length}
      description="Open at the later month's end but not at the earlier one's: raised since, or reopened."
    >
      <ul className={styles.list} aria-label="New risks">
        {diff.risks.opened.map((r) => (
          <RiskLine key={r.riskId} risk={r} note={r.reopened ? "reopened" : undefined} />
        ))}
      </ul>
    </CompareSection>
  );
}

export function ClosedRisks({ diff }: CompareSectionsProps) {
  const styles = useStyles();
  return (
    <CompareSection
      title="Closed risks"
      count={diff.risks.closed.length}
      description="Open at the earlier month's end, no longer open at the later one's: closed, accepted or removed."
    >
      <ul className={styles.list} aria-label="Closed risks">
        {diff.risks.closed.map((r) => (
          <RiskLine key={r.riskId} risk={r} note={r.removed ? "removed from the register" : undefined} />
        ))}
      </ul>
    </CompareSection>
  );
}

export function BandChanges({ diff }: CompareSectionsProps) {
  const styles = useStyles();
  const band = (b: (typeof diff.risks.bandChanges)[number]["from"]) =>
    b === null ? "not rated" : bandLabels[b];
  return (
    <CompareSection
      title="Risk band changes"
      count={diff.risks.bandChanges.length}
      description="Open risks whose band moved, worse first."
    >
      <ul className={styles.list} aria-label="Risk band changes">
        {diff.risks.bandChanges.map((c) => (
          <li key={`${c.riskId}:${c.kind}`}>
            <strong>{c.title}</strong> ({c.kind === "inherent" ? "inherent" : "residual"}): {band(c.from)} →{" "}
            {band(c.to)},{" "}
            <span className={c.worse ? styles.worse : styles.better}>{c.worse ? "worse" : "better"}</span> —
            owner {c.ownerName}
          </li>
        ))}
      </ul>
    </CompareSection>
  );
}

export function ValuePerInitiative({ diff, format, currency }: CompareSectionsProps) {
  const f = formats(format, currency);
  type Row = SnapshotDiff["initiativeValue"][number];
  return (
    <CompareSection
      title="ROI and value per initiative"
      count={diff.initiativeValue.length}
      description="Initiatives whose money or ROI moved, the largest change in benefit first."
    >
      <ChangeTable<Row>
        title="ROI and value per initiative"
        first="Initiative"
        rows={diff.initiativeValue}
        rowKey={(r) => r.initiativeId}
        rowName={(r) => r.title}
        columns={[
          { label: "ROI", change: (r) => r.roi, as: f.ratio },
          { label: "Value realised", change: (r) => r.valueRealisation, as: f.ratio },
          { label: "Benefit to date", change: (r) => r.benefitToDate, as: f.money },
          { label: "Cost to date", change: (r) => r.costToDate, as: f.money },
          { label: "NPV", change: (r) => r.npv, as: f.money },
        ]}
      />
    </CompareSection>
  );
}

export function MaturityChanges({ diff, format }: CompareSectionsProps) {
  const f = formats(format, null);
  const m = diff.maturity;
  type Row = (typeof m.dimensions)[number];
  const assessments =
    m.fromPeriod === m.toPeriod
      ? m.toPeriod
        ? `Both months show the assessment of ${format.month(m.toPeriod)}.`
        : "No assessment in either month."
      : `Assessment of ${m.fromPeriod ? format.month(m.fromPeriod) : "none"} against ${m.toPeriod ? format.month(m.toPeriod) : "none"}.`;
  return (
    <CompareSection title="Maturity" count={m.dimensions.length} description={assessments}>
      {moved(m.index) && (
        <Text>
          Maturity index {m.index.from === null ? "—" : f.index.value(m.index.from)} →{" "}
          {m.index.to === null ? "—" : f.index.value(m.index.to)}
          {m.index.delta === null ? "" : ` (${f.index.delta(m.index.delta)})`}
        </Text>
      )}
      <ChangeTable<Row>
        title="Maturity by dimension"
        first="Dimension"
        rows={m.dimensions}
        rowKey={(d) => d.dimension}
        rowName={(d) => d.label}
        columns={[
          { label: "Current level", change: (d) => d.current, as: f.count },
          { label: "Target level", change: (d) => d.target, as: f.count },
        ]}
      />
    </CompareSection>
  );
}

export function AlignmentChanges({ diff, format }: CompareSectionsProps) {
  const styles = useStyles();
  const f = formats(format, null);
  const a = diff.alignment;
  type Row = (typeof a.priorities)[number];
  const cycles =
    a.fromCycle === a.toCycle
      ? a.toCycle
        ? `Both months show survey ${a.toCycle}.`
        : "No survey in either month."
      : `Survey ${a.fromCycle ?? "none"} against ${a.toCycle ?? "none"}.`;
  return (
    <CompareSection title="Leadership alignment" count={a.priorities.length} description={cycles}>
      {moved(a.index) && (
        <Text>
          Alignment index {a.index.from === null ? "—" : f.ratio.value(a.index.from)} →{" "}
          {a.index.to === null ? "—" : f.ratio.value(a.index.to)}
          {a.index.delta === null ? "" : ` (${f.ratio.delta(a.index.delta)})`}
        </Text>
      )}
      <div>
        <Text weight="semibold">New disagreements ({a.newDisagreements.length})</Text>
        {a.newDisagreements.length === 0 ? (
          <Text as="p" className={styles.none}>
            None.
          </Text>
        ) : (
          <ul className={styles.list} aria-label="New disagreements">
            {a.newDisagreements.map((d) => (
              <li key={d.priorityId}>{d.title}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <Text weight="semibold">Resolved disagreements ({a.resolvedDisagreements.length})</Text>
        {a.resolvedDisagreements.length === 0 ? (
          <Text as="p" className={styles.none}>
            None.
          </Text>
        ) : (
          <ul className={styles.list} aria-label="Resolved disagreements">
            {a.resolvedDisagreements.map((d) => (
              <li key={d.priorityId}>{d.title}</li>
            ))}
          </ul>
        )}
      </div>
      <ChangeTable<Row>
        title="Alignment per priority"
        first="Business priority"
        rows={a.priorities}
        rowKey={(p) => p.priorityId}
        rowName={(p) => p.title}
        columns={[
          { label: "Alignment index", change: (p) => p.alignmentIndex, as: f.ratio },
          { label: "Mean importance", change: (p) => p.meanImportance, as: f.index },
        ]}
      />
    </CompareSection>
  );
}

export function MissedCheckIns({ diff, format }: CompareSectionsProps) {
  const styles = useStyles();
  const c = diff.checkIns;
  return (
    <CompareSection
      title="Missed check-ins"
      count={c.missed.length}
      description={`${format.month(c.period)}: ${c.submitted.to ?? 0} of ${c.expected.to ?? 0} check-ins due were given (${c.submitted.from ?? 0} of ${c.expected.from ?? 0} the month compared with).`}
    >
      <ul className={styles.list} aria-label="Missed check-ins">
        {c.missed.map((m) => (
          <li key={m.initiativeId}>
            <strong>{m.title}</strong> — {m.outcomeOwnerName}
            {m.missedBefore ? " (missed the month before too)" : ""}
          </li>
        ))}
      </ul>
    </CompareSection>
  );
}
