import { lazy, Suspense, useState } from "react";
import { Button } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";

// The form and the zod schemas it validates with load only when someone opens it.
const AssessmentDialog = lazy(() => import("./AssessmentDialog"));

/** "Record assessment": render it only for the portfolio office (the API checks too). */
export function AssessmentButton({ period, onChanged }: { period: string; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<AddRegular />} onClick={() => setOpen(true)}>
        Record assessment
      </Button>
      {open && (
        <Suspense fallback={null}>
          <AssessmentDialog period={period} open={open} onOpenChange={setOpen} onChanged={onChanged} />
        </Suspense>
      )}
    </>
  );
}
