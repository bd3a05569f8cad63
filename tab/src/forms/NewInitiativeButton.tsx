import { lazy, Suspense, useState } from "react";
import { Button } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import type { CreateInitiativeDialogProps } from "./CreateInitiativeDialog";

// The form and the zod schemas it validates with load only when someone opens it.
const CreateInitiativeDialog = lazy(() => import("./CreateInitiativeDialog"));

/** "New initiative": render it only for the portfolio office (the API checks too). */
export function NewInitiativeButton(props: Omit<CreateInitiativeDialogProps, "open" | "onOpenChange">) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button appearance="primary" icon={<AddRegular />} onClick={() => setOpen(true)}>
        New initiative
      </Button>
      {open && (
        <Suspense fallback={null}>
          <CreateInitiativeDialog {...props} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
