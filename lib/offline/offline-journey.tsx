"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore } from "react";
import { JourneyPageView } from "./journey-page-view";
import { PageShell } from "../ui/page-shell";
import { ContactList } from "../result/contact-list";
import { contactLine } from "@/lib/result/contact-line";
import { bodiesToResolve } from "@/lib/result/result-content";
import { loadSavedDirectory } from "./saved-directory";
import { todayInDenmark } from "@/lib/dates";
import { fixedContact } from "@/lib/directory/always-available";
import type { DirectorySnapshot } from "@/lib/directory/directory-snapshot";
import { lookupInSnapshot } from "@/lib/directory/snapshot-lookup";
import { resolveFromDirectory } from "@/lib/directory/resolve-contacts";
import { localeOrDefault, otherLocale, startPath } from "@/lib/i18n/locales";
import type { Journey } from "@/lib/journey/journey";
import { journeyPageAt, type JourneyPage } from "@/lib/journey/journey-pages";
import { journeyPageTitle } from "@/lib/journey/page-title";
import { withSiteName } from "@/lib/ui/title";
import { offlinePath } from "@/lib/offline/paths";
import type { Locale } from "@/machines/locale";

const addressNeverChanges = () => () => {};
const currentAddress = () => `${window.location.pathname}${window.location.search}`;

type Saved = { state: "loading" } | { state: "done"; directory: DirectorySnapshot | null };

/** The journey's pages, rendered in the browser from the address: what the service worker shows offline. */
export function OfflineJourney({ locale }: { locale: Locale }) {
  // Null while rendering on the server and hydrating: the address is only known in the browser.
  const address = useSyncExternalStore(addressNeverChanges, currentAddress, () => null);
  const [saved, setSaved] = useState<Saved>({ state: "loading" });
  const url = address === null ? undefined : new URL(address, "http://offline.invalid");
  const at = url && journeyPageAt(url.pathname, url.search);
  const title = usePageTitle(address === null ? undefined : (at ?? { page: { kind: "not-found" } }));
  const redirectTo = at?.page.kind === "redirect" ? at.page.to : undefined;

  useEffect(() => {
    if (redirectTo) window.location.replace(redirectTo);
  }, [redirectTo]);
  useEffect(() => {
    if (at?.page.kind !== "result") return;
    let current = true;
    void loadSavedDirectory().then((directory) => current && setSaved({ state: "done", directory }));
    return () => {
      current = false;
    };
  }, [at?.page.kind]);
  // The page's own title is the offline page's, which Next.js may write again after this effect has run.
  useEffect(() => {
    if (!title) return;
    const keepTitle = () => {
      if (document.title !== title) document.title = title;
    };
    keepTitle();
    const observer = new MutationObserver(keepTitle);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);

  if (address === null || redirectTo || (at?.page.kind === "result" && saved.state === "loading")) return <Opening locale={locale} />;
  if (!at || at.page.kind === "not-found" || at.page.kind === "redirect") return <NotOffline locale={locale} />;
  const { page, journey } = at;
  const directory = saved.state === "done" ? saved.directory : null;
  const resolved =
    page.kind === "result" && directory
      ? resolveFromDirectory(
          lookupInSnapshot(directory, journey.answers.municipalityCode, at.locale),
          bodiesToResolve(page.outcome),
          journey.answers.municipalityCode,
        )
      : undefined;
  return (
    <JourneyPageView
      locale={at.locale}
      journey={journey}
      page={page}
      resolved={resolved}
      today={todayInDenmark()}
      offline={{ ...(directory ? { asOf: directory.asOf } : {}) }}
    />
  );
}

/** The page's title, as the server's pages name theirs; undefined until the address is known. */
function usePageTitle(at: { page: JourneyPage; journey?: Journey } | undefined): string | undefined {
  const t = useTranslations();
  const locale = localeOrDefault(useLocale());
  if (!at) return undefined;
  return withSiteName(journeyPageTitle(at.page, locale, t, at.journey) ?? t("offline.unavailableTitle"), t("site.name"));
}

function Opening({ locale }: { locale: Locale }) {
  const t = useTranslations("offline");
  return (
    <PageShell locale={locale} alternateHref={offlinePath(otherLocale(locale))}>
      <p role="status">{t("loading")}</p>
      <noscript>
        <p>{t("needsJavaScript")}</p>
      </noscript>
    </PageShell>
  );
}

/** Any other page of the site, which needs the network. */
function NotOffline({ locale }: { locale: Locale }) {
  const t = useTranslations("offline");
  const tResult = useTranslations("result");
  const always = (["emergency", "police", "hotline"] as const).map((key) => fixedContact(key, locale));
  return (
    <PageShell locale={locale} alternateHref={offlinePath(otherLocale(locale))}>
      <h1>{t("unavailableTitle")}</h1>
      <p>{t("unavailableBody")}</p>
      <p>
        <a className="button button-primary" href={startPath(locale)}>
          {t("startOver")}
        </a>
      </p>
      <h2>{tResult("alwaysHeading")}</h2>
      <ContactList
        fallbackLabel={tResult("fallback")}
        today={todayInDenmark()}
        oldSource={(year) => tResult("oldSource", { year })}
        notRecentlyChecked={tResult("notRecentlyChecked")}
        items={always.map((contact) => contactLine({ key: contact.body, body: contact.body, name: contact.name, contact, locale }))}
      />
    </PageShell>
  );
}
