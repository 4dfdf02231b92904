"use client";

import { NextIntlClientProvider, useTranslations, type Messages } from "next-intl";
import { useEffect, useSyncExternalStore } from "react";
import { JourneyPageView } from "./journey-page-view";
import { journeyPageAt, type JourneyPage } from "./journey-pages";
import { journeyPageTitle } from "./page-title";
import { readPostedAnswer, type PostedAnswer } from "./posted-answer";
import { DANISH_TIME_ZONE, todayInDenmark } from "../dates";
import { formText } from "../http/request-fields";
import { otherLocale, startPath } from "../i18n/locales";
import { loadSavedDirectory } from "../offline/saved-directory";
import { NotOffline } from "../offline/not-offline";
import { resolveFromSnapshot } from "../directory/snapshot-lookup";
import type { DirectorySnapshot } from "../directory/directory-snapshot";
import { bodiesToResolve } from "../result/result-content";
import { PageShell } from "../ui/page-shell";
import { withErrorPrefix, withSiteName } from "../ui/title";
import { DEFAULT_LOCALE, type Locale } from "@/machines/locale";

// The journey as the browser shows it, loaded when the worker first touches a page of the journey (or at once on
// the page the service worker shows offline): the statechart, the views and the texts. Each address is read as the
// server reads it (journey-pages.ts), so a page shown here equals the page the server renders for the address.

/** An address the browser shows, and whether its question was sent without an answer. */
export type Shown = { address: string; missingAnswer: boolean; arrived: boolean };

const readAddress = (address: string) => {
  const url = new URL(address, "http://journey.invalid");
  return journeyPageAt(url.pathname, url.search);
};

/** Where an address leads: a page the browser shows (after the redirect an outdated address gets), or the server. */
export function settle(address: string): { shows: string } | { elsewhere: string } {
  const at = readAddress(address);
  if (at?.page.kind === "redirect") return settle(at.page.to);
  return at && at.page.kind !== "not-found" ? { shows: address } : { elsewhere: address };
}

/** A question's form as the server reads it without JavaScript. */
export const readQuestionForm = (form: FormData): PostedAnswer => readPostedAnswer((name) => formText(form, name));

/**
 * The directory, asked for once per page when the journey is first shown, so that the result need not wait for it;
 * the request carries nothing about the person. Undefined until it has come (or failed: then null).
 */
const directory = (() => {
  let copy: { snapshot: DirectorySnapshot | null } | undefined;
  let asked = false;
  const listeners = new Set<() => void>();
  return {
    ask: () => {
      if (asked) return;
      asked = true;
      void loadSavedDirectory().then((snapshot) => {
        copy = { snapshot };
        for (const listener of listeners) listener();
      });
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    read: () => copy,
  };
})();

type Props = {
  shown: Shown;
  messages: Messages;
  /** The page the service worker shows offline; elsewhere, the browser says whether it is offline. */
  offline: boolean;
};

/** A page of the journey in the browser, with its texts. */
export function BrowserJourney({ shown, messages, offline }: Props) {
  const at = readAddress(shown.address);
  const locale = at?.locale ?? DEFAULT_LOCALE;
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={DANISH_TIME_ZONE}>
      {at && at.page.kind !== "redirect" && at.page.kind !== "not-found" ? (
        <PageAt at={{ ...at, page: at.page }} shown={shown} offline={offline} />
      ) : (
        <NotOffline locale={locale} />
      )}
    </NextIntlClientProvider>
  );
}

type ShownPage = Exclude<JourneyPage, { kind: "redirect" | "not-found" }>;
type At = NonNullable<ReturnType<typeof readAddress>> & { page: ShownPage };

const subscribeToNetwork = (changed: () => void) => {
  window.addEventListener("online", changed);
  window.addEventListener("offline", changed);
  return () => {
    window.removeEventListener("online", changed);
    window.removeEventListener("offline", changed);
  };
};

function PageAt({ at, shown, offline: offlinePage }: { at: At; shown: Shown; offline: boolean }) {
  const { locale, journey, page } = at;
  const online = useSyncExternalStore(
    subscribeToNetwork,
    () => navigator.onLine,
    () => true,
  );
  const offline = offlinePage || !online;
  const copy = useSyncExternalStore(directory.subscribe, directory.read, () => undefined);
  useEffect(() => directory.ask(), []);
  const waiting = page.kind === "result" && copy === undefined;
  useArrival(at, shown, !waiting);
  if (waiting) return <Opening locale={locale} />;
  const saved = copy?.snapshot;
  const resolved =
    page.kind === "result" && saved
      ? resolveFromSnapshot(saved, bodiesToResolve(page.outcome), journey.answers.municipalityCode, locale)
      : undefined;
  return (
    <JourneyPageView
      // A new address is a new page: its fields are rendered afresh with the answer its address holds.
      key={shown.address}
      locale={locale}
      journey={journey}
      page={page}
      missingAnswer={shown.missingAnswer}
      resolved={resolved}
      today={todayInDenmark()}
      offline={offline ? { ...(saved ? { asOf: saved.asOf } : {}) } : undefined}
    />
  );
}

/** What a page load gives: the page's title, and, after a move within the page, focus on its heading (or its errors). */
function useArrival({ locale, journey, page }: At, { address, missingAnswer, arrived }: Shown, ready: boolean) {
  const t = useTranslations();
  const title = withSiteName(journeyPageTitle(page, locale, t, journey) ?? t("site.name"), t("site.name"));
  useEffect(() => {
    document.title = missingAnswer ? withErrorPrefix(title, t("question.errorPrefix")) : title;
    if (!arrived || !ready) return;
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>(missingAnswer ? ".alert-error" : "main h1")?.focus();
  }, [address, missingAnswer, arrived, ready, title, t]);
}

/** While the directory is on its way, if a result is shown before it has come. */
function Opening({ locale }: { locale: Locale }) {
  const t = useTranslations("offline");
  return (
    <PageShell locale={locale} alternateHref={startPath(otherLocale(locale))}>
      <p role="status">{t("loading")}</p>
    </PageShell>
  );
}
