import { lazy, Suspense, useState } from "react";
import { Button } from "@fluentui/react-components";
import { EditRegular } from "@fluentui/react-icons";
import type { InitiativeDetail } from "../api/types";

// The form and the zod schemas it validates with load only when someone opens it.
const EditInitiativeDialog = lazy(() => import("./EditInitiativeDialog"));

/** "Edit details" of an initiative: render it only for who may edit it. */
export function EditInitiativeButton({
  initiative,
  owners,
  onChanged,
}: {
  initiative: InitiativeDetail;
  owners: readonly { id: string; displayName: string }[];
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<EditRegular />} onClick={() => setOpen(true)}>
        Edit details
      </Button>
      {open && (
        <Suspense fallback={null}>
          <EditInitiativeDialog
            initiative={initiative}
            owners={owners}
            open={open}
            onOpenChange={setOpen}
            onChanged={onChanged}
          />
        </Suspense>
      )}
    </>
  );
}
