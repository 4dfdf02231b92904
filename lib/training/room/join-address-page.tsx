import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { ReactElement } from "react";
import { PageShell } from "../../ui/page-shell";
import { TrainingUnavailable } from "../training-unavailable";
import { TooManyCodes } from "./too-many-codes";
import { otherLocale } from "@/lib/i18n/locales";
import { loadJoinAddress, type loadJoinPage } from "@/lib/training/room/room-pages.server";
import type { Locale } from "@/machines/locale";

type JoinPage = Awaited<ReturnType<typeof loadJoinPage>>;
type Params = Promise<{ locale: string; code: string }>;
type Found = Extract<JoinPage, { found: unknown }>["found"];

/** The page a join-code address shows instead of the room: wait after too many unknown codes, or the database is away. */
function JoinPageRefusal({ page, locale, alternateHref }: { page: JoinPage; locale: Locale; alternateHref: string }) {
  return (
    <PageShell locale={locale} alternateHref={alternateHref}>
      {typeof page === "object" && "throttled" in page ? (
        <TooManyCodes locale={locale} seconds={page.throttled} />
      ) : (
        <TrainingUnavailable locale={locale} />
      )}
    </PageShell>
  );
}

/**
 * A page addressed by a join code (a participant's or the projector's, each with its own `pathOf`): 404 for a code
 * of no session, a redirect to the code as the room writes it, the refusal page, or the room that was found.
 */
export async function openJoinAddress(
  params: Params,
  pathOf: (locale: Locale, code: string) => string,
): Promise<{ locale: Locale; code: string; alternateHref: string } & ({ found: Found } | { refusal: ReactElement })> {
  const { locale, rawCode, code, page } = await loadJoinAddress(params);
  setRequestLocale(locale);
  if (!code || page === "not_found") notFound();
  if (code !== rawCode) redirect(pathOf(locale, code));
  const alternateHref = pathOf(otherLocale(locale), code);
  if (typeof page !== "object" || !("found" in page)) {
    return { locale, code, alternateHref, refusal: <JoinPageRefusal page={page} locale={locale} alternateHref={alternateHref} /> };
  }
  return { locale, code, alternateHref, found: page.found };
}

/** A join-code page's title: the case's. */
export async function joinAddressMetadata(params: Params): Promise<Metadata> {
  const { locale, page } = await loadJoinAddress(params);
  return typeof page === "object" && "found" in page ? { title: page.found.scenario.title[locale] } : {};
}
