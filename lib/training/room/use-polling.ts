import { useEffect, useRef } from "react";

/**
 * Asks `url` every `intervalMs` while `enabled`, and hands each answer to `onAnswer` (the latest one given).
 * A request that fails is tried again at the next turn.
 */
export function usePolling(url: string, intervalMs: number, onAnswer: (response: Response) => Promise<void>, enabled = true): void {
  const handler = useRef(onAnswer);
  useEffect(() => {
    handler.current = onAnswer;
  });

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(url, { cache: "no-store" });
        if (!stopped) await handler.current(response);
      } catch {
        // A missed answer: the next turn tries again.
      }
      if (!stopped) timer = setTimeout(poll, intervalMs);
    };
    timer = setTimeout(poll, intervalMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [url, intervalMs, enabled]);
}
