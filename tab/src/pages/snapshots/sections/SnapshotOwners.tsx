import { useMemo } from "react";
import type { OwnerRow } from "../../../api/types";
import { DataTable } from "../../../components/DataTable";
import { Section } from "../../../components/Section";
import type { Formatters } from "../../../format";
import type { SnapshotDocument } from "../../../snapshots/types";
import { ownerColumns } from "../../board/sections/Owners";

/** Per executive: what they own, its money and its risks, as the board view froze it. */
export function SnapshotOwners({
  document,
  format,
  pageSize,
}: {
  document: SnapshotDocument;
  format: Formatters;
  pageSize: number;
}) {
  const columns = useMemo(() => ownerColumns(format, document.currency), [format, document.currency]);
  return (
    <Section
      title="Owners"
      wide
      description="Each executive's initiatives (as outcome or risk owner), their investment and value to date, and the open risks they own."
    >
      <DataTable<OwnerRow>
        title="Owners"
        columns={columns}
        rows={document.board.owners}
        rowKey={(o) => o.ownerId}
        pageSize={pageSize}
        minWidth={1000}
        empty="No owner was recorded."
      />
    </Section>
  );
}
