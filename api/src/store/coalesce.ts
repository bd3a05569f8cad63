/**
 * Shares one call per key among concurrent callers without ever answering a caller with a result
 * that started before the caller asked: a caller that arrives while a call is on its way waits for
 * the next call, which starts when that one settles. So at most one call is in flight and one is
 * waiting per key, and every answer reflects a read made after its caller arrived.
 */
export function coalesce<T>(call: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  const waiting = new Map<string, Promise<T>>();
  const start = (key: string): Promise<T> => {
    const running = call(key);
    inFlight.set(key, running);
    const clear = () => {
      if (inFlight.get(key) === running) inFlight.delete(key);
    };
    running.then(clear, clear);
    return running;
  };
  return (key) => {
    const running = inFlight.get(key);
    if (!running) return start(key);
    let next = waiting.get(key);
    if (!next) {
      const after = () => {
        waiting.delete(key);
        return start(key);
      };
      next = running.then(after, after);
      waiting.set(key, next);
    }
    return next;
  };
}
