import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { FieldChange } from "./useConflictSave";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  cell: { whiteSpace: "pre-wrap", wordBreak: "break-word" },
});

const shown = (v: string) => (v === "" ? "—" : v);

/** Someone else saved first: what changed meanwhile, field by field, and the user's two ways on. */
export function ConflictView({
  changes,
  busy,
  onApply,
  onDiscard,
}: {
  changes: readonly FieldChange[];
  busy?: boolean;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="alert">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Someone else saved a change meanwhile.</MessageBarTitle> Nothing of yours is saved yet. Compare,
          then apply your change on top of theirs or discard yours.
        </MessageBarBody>
      </MessageBar>
      <Table aria-label="Changes made meanwhile" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Field</TableHeaderCell>
            <TableHeaderCell>When you opened it</TableHeaderCell>
            <TableHeaderCell>Now</TableHeaderCell>
            <TableHeaderCell>Yours</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {changes.map((c) => (
            <TableRow key={c.key}>
              <TableCell>{c.label}</TableCell>
              <TableCell className={styles.cell}>{shown(c.before)}</TableCell>
              <TableCell className={styles.cell}>{shown(c.now)}</TableCell>
              <TableCell className={styles.cell}>{shown(c.mine)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onApply} disabled={busy}>
          Apply my change on top
        </Button>
        <Button onClick={onDiscard} disabled={busy}>
          Discard mine
        </Button>
      </div>
    </div>
  );
}
