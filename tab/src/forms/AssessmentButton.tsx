import { lazy, Suspense, useState } from "react";
import { Button } from "@fluentui/react-components";
import { AddRegular, EditRegular } from "@fluentui/react-icons";
import type { AssessmentItem } from "../api/types";

// The form and the zod schemas it validates with load only when someone opens it.
const AssessmentDialog = lazy(() => import("./AssessmentDialog"));

/**
 * "Record assessment" (with the month proposed) or, given an assessment, "Edit assessment": render
 * it only for the portfolio office (the API checks too).
 */
export function AssessmentButton(
  props: { onChanged: () => void } & (
    { period: string; assessment?: undefined } | { assessment: AssessmentItem; period?: undefined }
  ),
) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={props.assessment ? <EditRegular /> : <AddRegular />} onClick={() => setOpen(true)}>
        {props.assessment ? "Edit assessment" : "Record assessment"}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <AssessmentDialog {...props} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
