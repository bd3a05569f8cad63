import { lazy, Suspense, useState } from "react";
import { Button } from "@fluentui/react-components";
import { NoteEditRegular } from "@fluentui/react-icons";
import type { StatusUpdateItem } from "./types";

// The form and the zod schemas it validates with load only when someone opens it.
const StatusUpdateDialog = lazy(() => import("./StatusUpdateDialog"));

export interface StatusUpdateButtonProps {
  initiativeId: string;
  title: string;
  period: string;
  existing?: StatusUpdateItem;
  onChanged: () => void;
  /** The button's accessible name, when it must say which initiative (in a list). */
  label?: string;
}

/** "Record status update": opens the monthly check-in form. Render it only for who may edit. */
export function StatusUpdateButton({ label, ...props }: StatusUpdateButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<NoteEditRegular />} onClick={() => setOpen(true)} aria-label={label}>
        Record status update
      </Button>
      {open && (
        <Suspense fallback={null}>
          <StatusUpdateDialog {...props} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
