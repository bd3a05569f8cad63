import { Button, DialogActions } from "@fluentui/react-components";

/** The footer every update dialog shares: submit (busy while saving) and cancel. */
export function SubmitActions({
  label,
  busyLabel = "Saving…",
  saving,
  disabled = false,
  onCancel,
}: {
  label: string;
  busyLabel?: string;
  saving: boolean;
  disabled?: boolean;
  onCancel: () => void;
}) {
  return (
    <DialogActions>
      <Button type="submit" appearance="primary" disabled={saving || disabled}>
        {saving ? busyLabel : label}
      </Button>
      <Button type="button" onClick={onCancel}>
        Cancel
      </Button>
    </DialogActions>
  );
}
