import { useState, type FormEvent } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { asApiError, useApi } from "../../api/hooks";
import { useFormat } from "../../format";
import { supersedeSnapshot } from "../../snapshots/mutations";
import type { SnapshotMeta } from "../../snapshots/types";

const maxReason = 2000;

export interface SupersedeDialogProps {
  snapshot: SnapshotMeta;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The new draft version that will supersede the published one. */
  onSuperseded: (correction: SnapshotMeta) => void;
}

/** Starts the correction of a published month: a new draft version, with the reason the board will read. */
export function SupersedeDialog({ open, onOpenChange, ...props }: SupersedeDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        {open && <SupersedeForm {...props} onCancel={() => onOpenChange(false)} />}
      </DialogSurface>
    </Dialog>
  );
}

function SupersedeForm({
  snapshot,
  onSuperseded,
  onCancel,
}: Omit<SupersedeDialogProps, "open" | "onOpenChange"> & { onCancel: () => void }) {
  const format = useFormat();
  const client = useApi();
  const [reason, setReason] = useState("");
  const [invalid, setInvalid] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const month = format.month(snapshot.period);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    const problem =
      text === ""
        ? "Say what is being corrected: the board reads this reason beside both versions."
        : text.length > maxReason
          ? `At most ${maxReason} characters (${text.length} now).`
          : undefined;
    setInvalid(problem);
    if (problem) return;
    setBusy(true);
    setFailure(undefined);
    try {
      onSuperseded(await supersedeSnapshot(client, snapshot.id, text));
    } catch (e) {
      const error = asApiError(e);
      setFailure(error.detail ?? error.title);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DialogBody>
        <DialogTitle>Correct the snapshot of {month}</DialogTitle>
        <DialogContent>
          <Text as="p">
            A correction is a new draft version of {month}, generated from today's data. When it is published,
            version {snapshot.version} is marked superseded with your reason, and the board reads the new one.
            Version {snapshot.version} itself is kept unchanged.
          </Text>
          <Field
            label="Reason for the correction"
            required
            validationState={invalid ? "error" : "none"}
            validationMessage={invalid}
          >
            <Textarea value={reason} onChange={(_, data) => setReason(data.value)} rows={4} disabled={busy} />
          </Field>
          {failure && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>The correction was not started.</MessageBarTitle> {failure}
              </MessageBarBody>
            </MessageBar>
          )}
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button
            appearance="primary"
            type="submit"
            disabled={busy}
            icon={busy ? <Spinner size="tiny" /> : undefined}
          >
            Start correction
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
