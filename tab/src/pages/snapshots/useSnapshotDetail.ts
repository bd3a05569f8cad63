import { useState } from "react";
import { useApiGet } from "../../api/hooks";
import { api } from "../../snapshots/routes";
import type { SnapshotDetail } from "../../snapshots/types";

/**
 * GET `path`, keeping the last answer for the same path on screen while a reload runs, so saving
 * the narrative or publishing does not flash the page empty.
 */
export function useKeptApiGet<T>(path: string) {
  const resource = useApiGet<T>(path);
  const [last, setLast] = useState<{ path: string; data: T }>();
  if (resource.data !== undefined && resource.data !== last?.data) setLast({ path, data: resource.data });
  const kept = last?.path === path ? last.data : undefined;
  return {
    data: resource.data ?? (resource.error ? undefined : kept),
    error: resource.error,
    refreshing: resource.loading && kept !== undefined,
    reload: resource.reload,
  };
}

/** GET /api/snapshots/{id}, with the sections in `include` (all when absent). */
export const useSnapshotDetail = <D>(id: string, include?: readonly string[]) =>
  useKeptApiGet<SnapshotDetail<D>>(api.get(id, include));
