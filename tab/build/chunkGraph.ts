import type { Rolldown } from "vite";

/** The bundle's JavaScript chunks by file name. */
export function chunksOf(bundle: Rolldown.OutputBundle): Map<string, Rolldown.OutputChunk> {
  return new Map(
    Object.values(bundle)
      .filter((f) => f.type === "chunk")
      .map((c) => [c.fileName, c]),
  );
}

/**
 * The chunks a page loads from `start`: their static imports, and with `lazy` also what they load
 * with `import()`. Includes the start chunks themselves.
 */
export function reachableChunks(
  chunks: ReadonlyMap<string, Rolldown.OutputChunk>,
  start: Iterable<string>,
  { lazy }: { lazy: boolean },
): Set<string> {
  const reached = new Set<string>();
  const reach = (fileName: string) => {
    if (reached.has(fileName)) return;
    reached.add(fileName);
    const chunk = chunks.get(fileName);
    chunk?.imports.forEach(reach);
    if (lazy) chunk?.dynamicImports.forEach(reach);
  };
  for (const fileName of start) reach(fileName);
  return reached;
}
