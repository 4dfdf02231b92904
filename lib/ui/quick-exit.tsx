"use client";

import type { MouseEvent } from "react";

const NEUTRAL_SITE = "https://www.dr.dk";

/** Leaves at once and replaces this page in the history, so Back does not return here. */
export function QuickExit({ label, hint }: { label: string; hint: string }) {
  const leave = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    window.location.replace(NEUTRAL_SITE);
  };
  return (
    <a href={NEUTRAL_SITE} className="button button-secondary quick-exit" onClick={leave} rel="noreferrer" title={hint}>
      {label}
    </a>
  );
}
