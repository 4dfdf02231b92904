import { PageShell } from "../../ui/page-shell";
import { TrainingUnavailable } from "../training-unavailable";
import { TooManyCodes } from "./too-many-codes";
import type { loadJoinPage } from "@/lib/training/room/room-pages.server";
import type { Locale } from "@/machines/locale";

type JoinPage = Awaited<ReturnType<typeof loadJoinPage>>;

/** The page a join-code address shows instead of the room: wait after too many unknown codes, or the database is away. */
export function JoinPageRefusal({ page, locale, alternateHref }: { page: JoinPage; locale: Locale; alternateHref: string }) {
  if (typeof page === "object" && "throttled" in page) {
    return (
      <PageShell locale={locale} alternateHref={alternateHref}>
        <TooManyCodes locale={locale} seconds={page.throttled} />
      </PageShell>
    );
  }
  if (page === "unavailable") {
    return (
      <PageShell locale={locale} alternateHref={alternateHref}>
        <TrainingUnavailable locale={locale} />
      </PageShell>
    );
  }
  return null;
}
