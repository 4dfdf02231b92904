"use client";

import type { Messages } from "next-intl";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import type * as BrowserJourneyModule from "./browser-journey";
import type { Shown } from "./browser-journey";
import { isShownInBrowser } from "./routes";
import { QUESTION_FIELDS } from "./journey-place";
import type { Locale } from "@/machines/locale";

type Engine = { journey: typeof BrowserJourneyModule; messages: Messages };

const MESSAGES: Record<Locale, () => Promise<{ default: Messages }>> = {
  da: () => import("@/messages/da.json"),
  en: () => import("@/messages/en.json"),
};

const loadEngine = async (locale: Locale): Promise<Engine> => {
  const [journey, messages] = await Promise.all([import("./browser-journey"), MESSAGES[locale]()]);
  return { journey, messages: messages.default };
};

const currentAddress = () => `${window.location.pathname}${window.location.search}`;

/**
 * Writes the journey's own history entries past Next.js's router, which leaves entries without its state to the
 * page: through its router, each step would render the whole page again and fetch its icons again.
 */
const writeHistory = (how: "pushState" | "replaceState", address: string) => History.prototype[how].call(window.history, null, "", address);

/** Runs `task` when the browser has nothing else to do (Safari has no requestIdleCallback: a moment after load). */
function whenIdle(task: () => void): { cancel: () => void } {
  if ("requestIdleCallback" in window) {
    const id = window.requestIdleCallback(task, { timeout: 3000 });
    return { cancel: () => window.cancelIdleCallback(id) };
  }
  const id = setTimeout(task, 1000);
  return { cancel: () => clearTimeout(id) };
}

const INTENT = ["pointerdown", "keydown", "focusin"] as const;

type Props = {
  locale: Locale;
  /** The page the service worker shows offline: it shows the address's page at once, without moving focus. */
  offline?: boolean;
  /** The start page: the browser fetches the journey's code once it is idle, so that Start shows the first question at once. */
  loadWhenIdle?: boolean;
  /** The server's page, shown until the worker moves on in the journey (and without JavaScript). */
  children: ReactNode;
};

/**
 * The worker's journey in the browser. The server's page shows first; once the worker touches it, the browser loads
 * the statechart, the views and the texts, and from then on an answer, a Back link or the browser's Back and Forward
 * show the next page here, at the same address the server would give it (history.pushState), with no request.
 */
export function JourneyInBrowser({ locale, offline = false, loadWhenIdle = false, children }: Props) {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const loading = useRef<Promise<Engine>>(null);
  const shownAddress = useRef<string>(null);
  // The server's page and its title, shown again when Back returns to it.
  const serversPage = useRef<{ address: string; title: string }>(null);

  const ensureEngine = useCallback(
    () =>
      (loading.current ??= loadEngine(locale).then(
        (loaded) => {
          setEngine(loaded);
          return loaded;
        },
        (error: unknown) => {
          // Asked again next time: the network may be back.
          loading.current = null;
          throw error;
        },
      )),
    [locale],
  );

  const show = useCallback(
    async (address: string, history: "push" | "replace" | "none", missingAnswer = false) => {
      const engine = await ensureEngine().catch(() => undefined);
      if (!engine) return window.location.assign(address);
      const settled = engine.journey.settle(address);
      if ("elsewhere" in settled && !offline) return window.location.assign(settled.elsewhere);
      const to = "shows" in settled ? settled.shows : settled.elsewhere;
      serversPage.current ??= { address: currentAddress(), title: document.title };
      shownAddress.current = to;
      // The page first, then its address: whoever reads the address finds its page there.
      flushSync(() => setShown({ address: to, missingAnswer, arrived: history !== "replace" }));
      if (history === "push") writeHistory("pushState", to);
      else if (history === "replace" || to !== address) writeHistory("replaceState", to);
    },
    [ensureEngine, offline],
  );

  useEffect(() => {
    shownAddress.current ??= currentAddress();
    if (offline) void ensureEngine().then(() => show(currentAddress(), "replace"));
    const warm = () => void ensureEngine().catch(() => undefined);
    const idle = loadWhenIdle ? whenIdle(warm) : undefined;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute("download")) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin || !isShownInBrowser(url, locale)) return;
      event.preventDefault();
      void show(`${url.pathname}${url.search}`, "push");
    };
    // On the window, before React's own handling of the form's action at the document: the server is not asked.
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.elements.namedItem(QUESTION_FIELDS.step)) return;
      event.preventDefault();
      event.stopPropagation();
      const fields = new FormData(form);
      void ensureEngine().then(
        ({ journey }) => {
          const posted = journey.readQuestionForm(fields);
          if (posted.kind === "missing") return show(currentAddress(), "none", true);
          if (posted.kind === "answered") writeHistory("replaceState", posted.thisPage);
          return show(posted.next, "push");
        },
        // Without the journey's code, the form goes to the server as it does without JavaScript.
        () => form.submit(),
      );
    };
    const onPopState = () => {
      const address = currentAddress();
      if (address === shownAddress.current) return;
      if (isShownInBrowser(new URL(window.location.href), locale)) return void show(address, "none");
      if (address !== serversPage.current?.address) return window.location.reload();
      shownAddress.current = address;
      document.title = serversPage.current.title;
      setShown(null);
    };
    for (const type of INTENT) document.addEventListener(type, warm, { once: true, passive: true });
    window.addEventListener("click", onClick, true);
    window.addEventListener("submit", onSubmit, true);
    window.addEventListener("popstate", onPopState);
    return () => {
      idle?.cancel();
      for (const type of INTENT) document.removeEventListener(type, warm);
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("submit", onSubmit, true);
      window.removeEventListener("popstate", onPopState);
    };
  }, [ensureEngine, show, locale, offline, loadWhenIdle]);

  if (!engine || !shown) return children;
  return <engine.journey.BrowserJourney shown={shown} messages={engine.messages} offline={offline} />;
}
