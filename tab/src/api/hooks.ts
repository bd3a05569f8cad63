import { createContext, useCallback, useContext, useEffect, useEffectEvent, useRef, useState } from "react";
import { ApiError, isAbortError, withQuery, type ApiClient } from "./client";
import type { Page } from "./types";

/**
 * Data hooks over the API client, with plain React state: each gives loading / error / data,
 * aborts its request when the component unmounts or asks for something else, and ignores
 * answers that arrive for a request it no longer wants.
 */

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi() must be used inside a signed-in session");
  return api;
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError({ status: 0, title: "Something went wrong", detail: String(error) });
}

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Fetches again (after an error, or to refresh). */
  reload: () => void;
}

/**
 * Runs `load` for `key` (null: nothing yet) and keeps its answer. A new key replaces the previous
 * answer and aborts the request still running for the old one.
 */
export function useResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [attempt, setAttempt] = useState(0);
  const requestKey = key === null ? null : `${attempt} ${key}`;
  const [answer, setAnswer] = useState<{ key: string; data?: T; error?: ApiError }>();
  const start = useEffectEvent(load);

  useEffect(() => {
    if (requestKey === null) return;
    const controller = new AbortController();
    start(controller.signal).then(
      (data) => setAnswer({ key: requestKey, data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setAnswer({ key: requestKey, error: asApiError(error) });
      },
    );
    return () => controller.abort();
  }, [requestKey]);

  const current = answer?.key === requestKey ? answer : undefined;
  return {
    data: current?.data,
    error: current?.error,
    loading: requestKey !== null && current === undefined,
    reload: useCallback(() => setAttempt((n) => n + 1), []),
  };
}

/** GET `path` from the API (null: fetch nothing yet). */
export function useApiGet<T>(path: string | null): Resource<T> {
  const api = useApi();
  return useResource(path, (signal) => api.get<T>(path ?? "", signal));
}

export interface PagedResource<T> {
  items: T[];
  /** True while the first page loads. */
  loading: boolean;
  /** The first page failed; nothing to show. */
  error: ApiError | undefined;
  /** When the first page arrived. */
  loadedAt: Date | undefined;
  /** The size of the whole list, when the endpoint says. */
  total: number | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  /** A later page failed; the items so far stay. */
  moreError: ApiError | undefined;
  loadMore: () => void;
  reload: () => void;
}

interface PagedState<T> {
  key: string;
  items: T[];
  continuationToken: string | null;
  total?: number;
  loadedAt?: Date;
  error?: ApiError;
  loadingMore: boolean;
  moreError?: ApiError;
}

/**
 * A list endpoint answering `{ items, continuationToken, total? }`: loads the first page of `path`, and
 * `loadMore()` appends the next one. A new path starts over.
 */
export function usePagedList<T>(path: string): PagedResource<T> {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  const key = `${attempt} ${path}`;
  const [state, setState] = useState<PagedState<T>>();
  const more = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    api.get<Page<T>>(path, controller.signal).then(
      (page) =>
        setState({
          key,
          items: page.items,
          continuationToken: page.continuationToken,
          total: page.total,
          loadedAt: new Date(),
          loadingMore: false,
        }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ key, items: [], continuationToken: null, error: asApiError(error), loadingMore: false });
      },
    );
    return () => {
      controller.abort();
      more.current?.abort();
    };
  }, [api, key, path]);

  const current = state?.key === key ? state : undefined;
  const token = current?.continuationToken ?? null;
  const busy = current?.loadingMore ?? false;

  const loadMore = useCallback(() => {
    if (token === null || busy) return;
    const controller = new AbortController();
    more.current = controller;
    const update = (change: (s: PagedState<T>) => PagedState<T>) =>
      setState((s) => (s && s.key === key ? change(s) : s));
    update((s) => ({ ...s, loadingMore: true, moreError: undefined }));
    api.get<Page<T>>(withQuery(path, { continuationToken: token }), controller.signal).then(
      (page) =>
        update((s) => ({
          ...s,
          items: [...s.items, ...page.items],
          continuationToken: page.continuationToken,
          total: page.total ?? s.total,
          loadingMore: false,
        })),
      (error: unknown) => {
        if (!isAbortError(error)) update((s) => ({ ...s, loadingMore: false, moreError: asApiError(error) }));
      },
    );
  }, [api, key, path, token, busy]);

  return {
    items: current?.items ?? [],
    loading: current === undefined,
    error: current?.error,
    loadedAt: current?.loadedAt,
    total: current?.total,
    hasMore: token !== null,
    loadingMore: busy,
    moreError: current?.moreError,
    loadMore,
    reload: useCallback(() => setAttempt((n) => n + 1), []),
  };
}
