import { lazy, Suspense, useState } from "react";
import { Button } from "@fluentui/react-components";
import { ArrowForwardRegular } from "@fluentui/react-icons";
import type { GateDialogProps } from "./GateDialog";

// The form and the zod schemas it validates with load only when someone opens it.
const GateDialog = lazy(() => import("./GateDialog"));

/** "Move stage…": opens the stage gate dialog. */
export function GateButton(props: Omit<GateDialogProps, "open" | "onOpenChange">) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ArrowForwardRegular />} onClick={() => setOpen(true)}>
        Move stage…
      </Button>
      {open && (
        <Suspense fallback={null}>
          <GateDialog {...props} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
