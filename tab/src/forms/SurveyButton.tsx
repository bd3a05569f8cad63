import { lazy, Suspense, useState } from "react";
import { Button } from "@fluentui/react-components";
import { ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import type { SurveyPriority } from "./SurveyDialog";

// The form and the zod schemas it validates with load only when someone opens it.
const SurveyDialog = lazy(() => import("./SurveyDialog"));

/** "Answer the survey" of one cycle: render it only for executives (the API answers only theirs). */
export function SurveyButton({
  cycle,
  priorities,
  executiveId,
  onChanged,
  label = "Answer the survey",
}: {
  cycle: string;
  priorities: readonly SurveyPriority[];
  executiveId: string;
  onChanged: () => void;
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<ClipboardTaskListLtrRegular />}
        onClick={() => setOpen(true)}
        disabled={priorities.length === 0}
      >
        {label}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <SurveyDialog
            cycle={cycle}
            priorities={priorities}
            executiveId={executiveId}
            open={open}
            onOpenChange={setOpen}
            onChanged={onChanged}
          />
        </Suspense>
      )}
    </>
  );
}
