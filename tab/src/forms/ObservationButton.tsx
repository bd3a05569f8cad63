import { lazy, Suspense, useState } from "react";
import { Button } from "@fluentui/react-components";
import { DataBarVerticalAddRegular } from "@fluentui/react-icons";
import type { MetricItem } from "../api/types";

// The form and the zod schemas it validates with load only when someone opens it.
const ObservationDialog = lazy(() => import("./ObservationDialog"));

/** "Record observation" of one metric: render it only for who may edit the initiative. */
export function ObservationButton({ metric, period, onChanged }: { metric: MetricItem; period: string; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<DataBarVerticalAddRegular />} onClick={() => setOpen(true)} aria-label={`Record observation of ${metric.name}`}>
        Record observation
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ObservationDialog metric={metric} period={period} open={open} onOpenChange={setOpen} onChanged={onChanged} />
        </Suspense>
      )}
    </>
  );
}
