"use client";

import { useEffect } from "react";

/** Installs the service worker that keeps the journey working offline; a browser without one works as before. */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // Without it the site works online; nothing to tell the worker.
    });
  }, []);
  return null;
}
