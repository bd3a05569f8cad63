import { Badge, makeStyles } from "@fluentui/react-components";
import { statusColors, statusLabels } from "../../snapshots/labels";
import type { SnapshotStatus } from "../../snapshots/types";

const useStyles = makeStyles({ badge: { whiteSpace: "nowrap", flexShrink: 0 } });

/** A snapshot's status in words; a draft says plainly that the board does not see it. */
export function SnapshotStatusBadge({ status }: { status: SnapshotStatus }) {
  return (
    <Badge
      appearance={status === "published" ? "filled" : "tint"}
      color={statusColors[status]}
      shape="rounded"
      className={useStyles().badge}
    >
      {status === "draft" ? "Draft · not visible to the board" : statusLabels[status]}
    </Badge>
  );
}
