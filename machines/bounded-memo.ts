/**
 * A pure function that keeps its results by key. Once `limit` results are kept it forgets them all and starts
 * again, so memory stays bounded however many different arguments it sees. Results are shared between callers
 * and must not be changed.
 */
export function boundedMemo<Argument, Result>(
  keyOf: (argument: Argument) => string,
  compute: (argument: Argument) => Result,
  limit = 10_000,
): (argument: Argument) => Result {
  const results = new Map<string, Result>();
  return (argument) => {
    const key = keyOf(argument);
    if (results.has(key)) return results.get(key) as Result;
    const result = compute(argument);
    if (results.size >= limit) results.clear();
    results.set(key, result);
    return result;
  };
}
