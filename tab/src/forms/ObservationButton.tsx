import { lazy, Suspense, useState } from "react";
import { Button } from "@fluentui/react-components";
import { ClipboardPasteRegular, DataBarVerticalAddRegular } from "@fluentui/react-icons";
import type { MetricItem } from "../api/types";

// The form and the zod schemas it validates with load only when someone opens it.
const ObservationDialog = lazy(() => import("./ObservationDialog"));
const ObservationSeriesDialog = lazy(() => import("./ObservationSeriesDialog"));

/** "Record observation" of one metric: render it only for who may edit the initiative. */
export function ObservationButton({
  metric,
  period,
  onChanged,
}: {
  metric: MetricItem;
  period: string;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<DataBarVerticalAddRegular />}
        onClick={() => setOpen(true)}
        aria-label={`Record observation of ${metric.name}`}
      >
        Record observation
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ObservationDialog
            metric={metric}
            period={period}
            open={open}
            onOpenChange={setOpen}
            onChanged={onChanged}
          />
        </Suspense>
      )}
    </>
  );
}

/** "Paste series" of one metric (several months at once): render it only for who may edit the initiative. */
export function ObservationSeriesButton({
  metric,
  onChanged,
}: {
  metric: MetricItem;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<ClipboardPasteRegular />}
        onClick={() => setOpen(true)}
        aria-label={`Paste a series of ${metric.name}`}
      >
        Paste series
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ObservationSeriesDialog metric={metric} open={open} onOpenChange={setOpen} onChanged={onChanged} />
        </Suspense>
      )}
    </>
  );
}
