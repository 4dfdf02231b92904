"use client";

import { useEffect } from "react";

/** Installs the service worker that keeps the journey working offline; a browser without one works as before. */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = () =>
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
        // Without it the site works online; nothing to tell the worker.
      });
    // After the page has loaded: the worker's downloads must not compete with the page's own.
    if (document.readyState === "complete") void register();
    else window.addEventListener("load", () => void register(), { once: true });
  }, []);
  return null;
}
