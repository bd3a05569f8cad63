import {
  Badge,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ShieldCheckmarkRegular, ShieldDismissRegular } from "@fluentui/react-icons";
import { useApiGet } from "../../api/hooks";
import { useFormat } from "../../format";
import { problemLabels, problemMeanings } from "../../snapshots/labels";
import { api, snapshotHref } from "../../snapshots/routes";
import type { SnapshotVerification } from "../../snapshots/types";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
  problems: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
});

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * Whether the published snapshots are still what was published: GET /api/snapshots/verify re-hashes
 * every stored document and checks each link of the chain. A failure names the snapshot and says
 * what it means for the record.
 */
export function ChainBadge() {
  const styles = useStyles();
  const format = useFormat();
  const { data, error, loading } = useApiGet<SnapshotVerification>(api.verify());

  if (loading) return <Spinner size="tiny" labelPosition="after" label="Verifying the snapshot chain…" />;
  if (error || !data) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>The snapshot chain could not be verified just now.</MessageBarTitle>{" "}
          {error?.detail ?? error?.title ?? ""} Each snapshot still shows whether its own document verifies.
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (data.intact) {
    return (
      <div className={styles.root} role="status" aria-label="Snapshot chain">
        <Badge
          appearance="tint"
          color={data.checked === 0 ? "informative" : "success"}
          shape="rounded"
          size="large"
          icon={<ShieldCheckmarkRegular />}
        >
          {data.checked === 0
            ? "Chain verified · no published snapshot yet"
            : `Chain verified · ${format.number(data.checked)} ${plural(data.checked, "snapshot", "snapshots")}`}
        </Badge>
        {data.checked > 0 && (
          <Text size={200} className={styles.note}>
            Every published snapshot still hashes (SHA-256) to the value recorded when it was published, and
            each links to the one published before it: none has been altered or removed.
          </Text>
        )}
      </div>
    );
  }
  const failing = new Set(data.problems.map((p) => p.snapshotId)).size;
  return (
    <MessageBar intent="error" layout="multiline" icon={<ShieldDismissRegular />} aria-label="Snapshot chain">
      <MessageBarBody>
        <MessageBarTitle>
          Chain broken · {format.number(failing)} of {format.number(data.checked)}{" "}
          {plural(data.checked, "snapshot fails", "snapshots fail")} verification
        </MessageBarTitle>
        <ul className={styles.problems}>
          {data.problems.map((p) => (
            <li key={`${p.snapshotId}:${p.reason}`}>
              <Link href={snapshotHref(p.snapshotId)}>
                {format.month(p.period)} v{p.version}
              </Link>{" "}
              — <strong>{problemLabels[p.reason]}</strong>: {problemMeanings[p.reason]}.{" "}
              <Text size={200}>({p.detail})</Text>
            </li>
          ))}
        </ul>
        Tell your administrator: the record of these months must be restored from storage before the board
        relies on them.
      </MessageBarBody>
    </MessageBar>
  );
}
