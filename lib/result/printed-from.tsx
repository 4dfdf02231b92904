"use client";

import { useHydrated } from "../ui/use-hydrated";

/** "Printed from Henvis: <the page's address>": the whole address once the page's JavaScript runs, else its path. */
export function PrintedFrom({ label, path }: { label: string; path: string }) {
  const hydrated = useHydrated();
  return (
    <>
      {label}: {hydrated ? window.location.href : path}
    </>
  );
}
