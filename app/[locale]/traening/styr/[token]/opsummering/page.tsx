import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { RoomSummaryView } from "@/lib/training/room/room-summary-view";
import { TrainingUnavailable } from "@/lib/training/training-unavailable";
import { localeOrDefault, otherLocale } from "@/lib/i18n/locales";
import { roomControlPath, roomSummaryCsvPath, roomSummaryPath } from "@/lib/training/paths";
import { loadSummaryPage } from "@/lib/training/room/room-pages.server";
import { roomSummary } from "@/lib/training/room/room-summary";

type Props = { params: Promise<{ locale: string; token: string }> };

async function load(params: Props["params"]) {
  const { locale: rawLocale, token } = await params;
  return { locale: localeOrDefault(rawLocale), token, page: await loadSummaryPage(token) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await load(params);
  if (typeof page !== "object") return {};
  const t = await getTranslations({ locale, namespace: "trainingRoom.summary" });
  // The address holds the control token. Unlike the control page, this page posts no form, which a browser
  // would send with "Origin: null" (lib/security/headers.ts): it can send no referrer at all.
  return { title: t("pageTitle", { case: page.found.scenario.title[locale] }), referrer: "no-referrer" };
}

/** A group session's summary, to print or keep before the session and its counts are deleted. */
export default async function RoomSummaryPage({ params }: Props) {
  const { locale, token, page } = await load(params);
  setRequestLocale(locale);
  if (page === "not_found") notFound();
  const alternateHref = roomSummaryPath(otherLocale(locale), token);
  if (page === "unavailable") {
    return (
      <PageShell locale={locale} alternateHref={alternateHref}>
        <TrainingUnavailable locale={locale} />
      </PageShell>
    );
  }

  const { session, scenario, outcome, tallies } = page.found;
  return (
    <PageShell locale={locale} alternateHref={alternateHref}>
      <RoomSummaryView
        summary={roomSummary({ scenario, outcome, tallies, locale })}
        scenario={scenario}
        expiresAt={session.expiresAt}
        links={{ control: roomControlPath(locale, token), csv: roomSummaryCsvPath(locale, token) }}
        locale={locale}
      />
    </PageShell>
  );
}
