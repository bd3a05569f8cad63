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
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { asApiError, useApi } from "../../api/hooks";
import { useFormat } from "../../format";
import { saveNarrative } from "../../snapshots/mutations";
import {
  formOf,
  narrativeErrorsFrom,
  narrativeLimits,
  narrativeOf,
  validateNarrative,
  type NarrativeErrors,
  type NarrativeField,
  type NarrativeForm,
} from "../../snapshots/narrative";
import { api } from "../../snapshots/routes";
import type { SnapshotDetail, SnapshotMeta } from "../../snapshots/types";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  mine: { whiteSpace: "pre-wrap", margin: 0, fontFamily: "inherit", maxHeight: "160px", overflow: "auto" },
});

export interface NarrativeDialogProps {
  /** The draft as the page last loaded it (its ETag goes with the change). */
  snapshot: SnapshotMeta;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: (snapshot: SnapshotMeta) => void;
  /** The draft changed on the server meanwhile: the page should load it again. */
  onChanged: () => void;
}

/** Edits the narrative the board reads at the top of the month's snapshot. */
export function NarrativeDialog({ open, onOpenChange, ...props }: NarrativeDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        {open && <NarrativeEditor {...props} onCancel={() => onOpenChange(false)} />}
      </DialogSurface>
    </Dialog>
  );
}

interface Conflict {
  /** What the user had typed, kept so nothing they wrote is lost. */
  mine: NarrativeForm;
  updatedAt: string;
  /** The draft was published meanwhile: it cannot be edited any more. */
  published: boolean;
}

const labels: Record<NarrativeField, string> = {
  highlights: "Highlights",
  decisionsRequested: "Decisions requested",
  commentary: "Commentary",
};

function NarrativeEditor({
  snapshot,
  onSaved,
  onChanged,
  onCancel,
}: Omit<NarrativeDialogProps, "open" | "onOpenChange"> & { onCancel: () => void }) {
  const styles = useStyles();
  const format = useFormat();
  const client = useApi();
  const [base, setBase] = useState(snapshot);
  const [form, setForm] = useState(() => formOf(snapshot.narrative));
  const [errors, setErrors] = useState<NarrativeErrors>({});
  const [failure, setFailure] = useState<string[]>();
  const [conflict, setConflict] = useState<Conflict>();
  const [saving, setSaving] = useState(false);

  const set = (field: NarrativeField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  /** Someone else changed the draft: show theirs, keep ours to copy from. */
  const reloadAfterConflict = async (mine: NarrativeForm) => {
    const latest = await client.get<SnapshotDetail<unknown>>(api.get(base.id, ["summary"]));
    setBase(latest.snapshot);
    setForm(formOf(latest.snapshot.narrative));
    setConflict({
      mine,
      updatedAt: latest.snapshot.updatedAt,
      published: latest.snapshot.status !== "draft",
    });
    onChanged();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateNarrative(form);
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const saved = await saveNarrative(client, base, narrativeOf(form));
      onSaved(saved);
    } catch (e) {
      const error = asApiError(e);
      if (error.status === 412) {
        try {
          await reloadAfterConflict(form);
        } catch (reloadError) {
          setFailure([
            `The draft changed, and its latest version could not be loaded: ${asApiError(reloadError).message}`,
          ]);
        }
      } else if (error.status === 400 && error.errors.length > 0) {
        const mapped = narrativeErrorsFrom(error.errors);
        setErrors(mapped.fields);
        if (mapped.other.length > 0) setFailure(mapped.other);
      } else if (error.status === 409) {
        setConflict({ mine: form, updatedAt: base.updatedAt, published: true });
        onChanged();
      } else {
        setFailure([error.detail ?? error.title]);
      }
    } finally {
      setSaving(false);
    }
  };

  const field = (name: NarrativeField, hint: string, rows: number) => (
    <Field
      label={labels[name]}
      hint={hint}
      validationState={errors[name] ? "error" : "none"}
      validationMessage={errors[name]}
    >
      <Textarea
        value={form[name]}
        onChange={(_, data) => set(name, data.value)}
        rows={rows}
        resize="vertical"
        disabled={saving || conflict?.published}
      />
    </Field>
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <DialogBody>
        <DialogTitle>Narrative for the board</DialogTitle>
        <DialogContent className={styles.form}>
          <Text>
            The board reads this at the top of the snapshot. It is frozen with the figures when the snapshot
            is published.
          </Text>
          {conflict && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>
                  {conflict.published
                    ? "This snapshot was published while you were editing."
                    : "This draft changed while you were editing it."}
                </MessageBarTitle>{" "}
                {conflict.published
                  ? "A published snapshot never changes, so your text was not saved. It is below to copy from."
                  : `Someone saved it at ${format.time(conflict.updatedAt)} (or refreshed its figures). The form now shows the latest narrative; your text was not saved and is below to copy from. Save again to replace the latest narrative.`}
                <details>
                  <summary>Your unsaved text</summary>
                  <pre className={styles.mine}>
                    {[conflict.mine.highlights, conflict.mine.decisionsRequested, conflict.mine.commentary]
                      .filter(Boolean)
                      .join("\n\n")}
                  </pre>
                </details>
              </MessageBarBody>
            </MessageBar>
          )}
          {failure && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>The narrative was not saved.</MessageBarTitle> {failure.join(" ")}
              </MessageBarBody>
            </MessageBar>
          )}
          {field(
            "highlights",
            `One per line; at most ${narrativeLimits.lines} lines of ${narrativeLimits.lineLength} characters.`,
            4,
          )}
          {field(
            "decisionsRequested",
            `What the board is asked to decide, one per line; at most ${narrativeLimits.lines}.`,
            3,
          )}
          {field("commentary", `Free text; at most ${narrativeLimits.commentary} characters.`, 5)}
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={onCancel} disabled={saving}>
            {conflict?.published ? "Close" : "Cancel"}
          </Button>
          {!conflict?.published && (
            <Button
              appearance="primary"
              type="submit"
              disabled={saving}
              icon={saving ? <Spinner size="tiny" /> : undefined}
            >
              Save narrative
            </Button>
          )}
        </DialogActions>
      </DialogBody>
    </form>
  );
}
