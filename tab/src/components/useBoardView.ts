import { useState } from "react";
import { useApiGet } from "../api/hooks";
import type { BoardView } from "../api/types";
import { boardApiPath, type Slicers } from "../routing/slicers";

/**
 * GET /api/board for the slicers. While a new slicer choice loads, the previous view stays on
 * screen (marked as refreshing) instead of flashing back to placeholders, as Power BI does.
 */
export function useBoardView(slicers: Slicers) {
  const resource = useApiGet<BoardView>(boardApiPath(slicers));
  const [last, setLast] = useState<BoardView>();
  if (resource.data && resource.data !== last) setLast(resource.data);
  const view = resource.data ?? (resource.error ? undefined : last);
  return {
    view,
    error: resource.error,
    /** Nothing to show yet. */
    loading: view === undefined && resource.loading,
    /** An older view is shown while the new one loads. */
    refreshing: resource.loading && view !== undefined,
    reload: resource.reload,
  };
}
