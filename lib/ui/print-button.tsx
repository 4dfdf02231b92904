"use client";

import { useSyncExternalStore } from "react";
import { useHydrated } from "./use-hydrated";

type OnTouch = { label: string; withoutJavaScript: string };

const COARSE_POINTER = "(pointer: coarse)";

const subscribeToPointer = (onChange: () => void) => {
  const query = window.matchMedia(COARSE_POINTER);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/** True on a touch screen, where there is no Ctrl+P and sharing the page is the usual way to keep it. */
const useTouchScreen = () =>
  useSyncExternalStore(
    subscribeToPointer,
    () => window.matchMedia(COARSE_POINTER).matches,
    () => false,
  );

/** The device's share sheet where there is one (a phone), else the print dialogue; closing the sheet is no error. */
async function shareOrPrint() {
  if (typeof navigator.share !== "function") return window.print();
  try {
    await navigator.share({ title: document.title, url: window.location.href });
  } catch (error) {
    if (!(error instanceof DOMException && error.name === "AbortError")) window.print();
  }
}

/**
 * The Print button needs JavaScript; without it, the page says how to print instead. With `onTouch`, a touch screen
 * gets "share or print" and its own hint, chosen by CSS when there is no JavaScript.
 */
export function PrintButton({ label, withoutJavaScript, onTouch }: { label: string; withoutJavaScript: string; onTouch?: OnTouch }) {
  const hydrated = useHydrated();
  const touch = useTouchScreen() && onTouch !== undefined;
  if (!hydrated) {
    if (!onTouch) return <p className="no-print">{withoutJavaScript}</p>;
    return (
      <>
        <p className="no-print on-fine-pointer">{withoutJavaScript}</p>
        <p className="no-print on-touch-screen">{onTouch.withoutJavaScript}</p>
      </>
    );
  }
  return (
    <button type="button" className="button button-secondary no-print" onClick={() => (touch ? void shareOrPrint() : window.print())}>
      {touch ? onTouch.label : label}
    </button>
  );
}
