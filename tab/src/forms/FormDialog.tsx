import type { FormEvent, ReactNode } from "react";
import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SubmitActions } from "./SubmitActions";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/**
 * The frame every update dialog shares: a modal form with its title, its fields one under the
 * other, and the submit / cancel footer (cancel closes). Each dialog brings its fields, its
 * status line (FormStatus) and, after a 412, its ConflictView.
 */
export function FormDialog({
  open,
  onOpenChange,
  title,
  onSubmit,
  submitLabel,
  busyLabel,
  saving,
  submitDisabled,
  surfaceClassName,
  describedBy,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  onSubmit: (event: FormEvent) => void | Promise<void>;
  submitLabel: string;
  /** The submit button's label while saving (default "Saving…"). */
  busyLabel?: string;
  saving: boolean;
  submitDisabled?: boolean;
  surfaceClassName?: string;
  /** The id of what describes the dialog to assistive technology, if not its content. */
  describedBy?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, d) => onOpenChange(d.open)} modalType="modal">
      <DialogSurface className={surfaceClassName} aria-describedby={describedBy}>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>{children}</DialogContent>
            <SubmitActions
              label={submitLabel}
              busyLabel={busyLabel}
              saving={saving}
              disabled={submitDisabled}
              onCancel={() => onOpenChange(false)}
            />
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
