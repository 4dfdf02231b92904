"use client";

import { useEffect } from "react";

/**
 * Moves focus to the element `selector` names once the page shows it, as a page load with its errors would for a
 * screen reader: where a form comes back from the server through the router, no page load moves focus.
 */
export function FocusOnArrival({ selector }: { selector: string }) {
  useEffect(() => document.querySelector<HTMLElement>(selector)?.focus(), [selector]);
  return null;
}
