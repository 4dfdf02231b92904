"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/** The Print button needs JavaScript; without it, the page says how to print instead. */
export function PrintButton({ label, withoutJavaScript }: { label: string; withoutJavaScript: string }) {
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  if (!hydrated) return <p className="no-print">{withoutJavaScript}</p>;
  return (
    <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
