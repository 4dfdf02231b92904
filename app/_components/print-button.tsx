"use client";

import { useHydrated } from "./use-hydrated";

/** The Print button needs JavaScript; without it, the page says how to print instead. */
export function PrintButton({ label, withoutJavaScript }: { label: string; withoutJavaScript: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return <p className="no-print">{withoutJavaScript}</p>;
  return (
    <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
