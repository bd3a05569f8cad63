import { lazy, Suspense, useState } from "react";
import { Button } from "@fluentui/react-components";
import { AddRegular, EditRegular } from "@fluentui/react-icons";
import type { RiskItem } from "../api/types";

// The form and the zod schemas it validates with load only when someone opens it.
const RiskDialog = lazy(() => import("./RiskDialog"));

/** "Add risk" (no risk) or "Edit" one risk: render it only for who may. */
export function RiskButton({
  initiativeId,
  risk,
  onChanged,
}: {
  initiativeId: string;
  risk?: RiskItem;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {risk ? (
        <Button
          size="small"
          icon={<EditRegular />}
          onClick={() => setOpen(true)}
          aria-label={`Edit risk ${risk.title}`}
        >
          Edit
        </Button>
      ) : (
        <Button icon={<AddRegular />} onClick={() => setOpen(true)}>
          Add risk
        </Button>
      )}
      {open && (
        <Suspense fallback={null}>
          <RiskDialog
            initiativeId={initiativeId}
            risk={risk}
            open={open}
            onOpenChange={setOpen}
            onChanged={onChanged}
          />
        </Suspense>
      )}
    </>
  );
}
