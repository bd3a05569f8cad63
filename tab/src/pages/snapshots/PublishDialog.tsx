import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { DecisionRight } from "@domain/schemas/governance";
import { asApiError, useApi, useApiGet } from "../../api/hooks";
import type { ItemList } from "../../api/types";
import { useFormat } from "../../format";
import { publishSnapshot } from "../../snapshots/mutations";
import { api } from "../../snapshots/routes";
import type { SnapshotMeta } from "../../snapshots/types";

export interface PublishDialogProps {
  snapshot: SnapshotMeta;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPublished: (snapshot: SnapshotMeta) => void;
  /** The draft changed on the server: the page loads it again. */
  onChanged: () => void;
  /** The signed-in user's id, and names the snapshot knows. */
  userId: string;
  nameOf: (personId: string) => string;
}

type Outcome = { kind: "forbidden" | "stale" | "conflict" | "error"; text: string };

/**
 * Confirms publishing: the board sees the month from then on and it never changes again. Who may
 * publish is a decision right; the dialog says who it names, and a refusal (403) says it again.
 */
export function PublishDialog({ open, onOpenChange, ...props }: PublishDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        {open && <PublishConfirm {...props} onCancel={() => onOpenChange(false)} />}
      </DialogSurface>
    </Dialog>
  );
}

function PublishConfirm({
  snapshot,
  onPublished,
  onChanged,
  userId,
  nameOf,
  onCancel,
}: Omit<PublishDialogProps, "open" | "onOpenChange"> & { onCancel: () => void }) {
  const format = useFormat();
  const client = useApi();
  const rights = useApiGet<ItemList<DecisionRight>>(api.decisionRights());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const accountableId = rights.data?.items.find((r) => r.decisionType === "publish-snapshot")?.accountableId;
  const accountable = accountableId === undefined ? undefined : nameOf(accountableId);
  const month = format.month(snapshot.period);
  const rightsSentence = accountable
    ? `Per the decision rights, ${accountable} is Accountable for publishing board snapshots, and only they may publish, as a Portfolio manager.`
    : undefined;

  const publish = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      onPublished(await publishSnapshot(client, snapshot));
    } catch (e) {
      const error = asApiError(e);
      if (error.status === 403)
        setOutcome({
          kind: "forbidden",
          text: [error.detail ?? error.title, rightsSentence].filter(Boolean).join(". "),
        });
      else if (error.status === 412) {
        setOutcome({
          kind: "stale",
          text: "The draft changed since you opened it (its figures were refreshed or its narrative edited). The page now shows the latest version: review it, then publish again.",
        });
        onChanged();
      } else if (error.status === 409) setOutcome({ kind: "conflict", text: error.detail ?? error.title });
      else setOutcome({ kind: "error", text: error.detail ?? error.title });
    } finally {
      setBusy(false);
    }
  };

  const titles: Record<Outcome["kind"], string> = {
    forbidden: "You may not publish this snapshot.",
    stale: "Not published: the draft changed.",
    conflict: "Not published.",
    error: "Not published.",
  };

  return (
    <DialogBody>
      <DialogTitle>Publish the snapshot of {month}?</DialogTitle>
      <DialogContent>
        <Text as="p">
          The board sees version {snapshot.version} of {month} from now on. Once published it is frozen: its
          content is hashed (SHA-256) into the chain of published snapshots and nobody can edit it. A
          correction is published as a new version that supersedes it.
        </Text>
        {rights.loading ? (
          <Spinner size="tiny" labelPosition="after" label="Reading the decision rights…" />
        ) : (
          rightsSentence && (
            <Text as="p">
              {rightsSentence}
              {accountableId !== userId && " That is not you, so the service will refuse."}
            </Text>
          )
        )}
        {outcome && (
          <MessageBar intent={outcome.kind === "stale" ? "warning" : "error"} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{titles[outcome.kind]}</MessageBarTitle> {outcome.text}
            </MessageBarBody>
          </MessageBar>
        )}
      </DialogContent>
      <DialogActions>
        <Button appearance="secondary" onClick={onCancel} disabled={busy}>
          {outcome ? "Close" : "Cancel"}
        </Button>
        {outcome?.kind !== "stale" && outcome?.kind !== "forbidden" && (
          <Button
            appearance="primary"
            onClick={() => void publish()}
            disabled={busy}
            icon={busy ? <Spinner size="tiny" /> : undefined}
          >
            Publish
          </Button>
        )}
      </DialogActions>
    </DialogBody>
  );
}
