import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { goToStage } from "@/lib/training/room/room-actions";
import { PageShell } from "@/lib/ui/page-shell";
import { RoomJoin } from "@/lib/training/room/room-join";
import { RoomReveal } from "@/lib/training/room/room-reveal";
import { RoomVoteCount } from "@/lib/training/room/room-vote-count";
import { TrainingUnavailable } from "@/lib/training/training-unavailable";
import { formatDateTime } from "@/lib/dates";
import { localeOrDefault, otherLocale } from "@/lib/i18n/locales";
import { roomControlPath, roomProjectorPath, roomSummaryCsvPath, roomSummaryPath } from "@/lib/training/paths";
import { serverOrigin } from "@/lib/security/same-origin";
import { controlTokenSchema } from "@/lib/training/room/room-input";
import { loadControlPage } from "@/lib/training/room/room-pages.server";
import { roomStages, VOTING_STAGE, type RoomStage } from "@/lib/training/room/room-stages";

type Props = { params: Promise<{ locale: string; token: string }> };

async function load(params: Props["params"]) {
  const { locale: rawLocale, token } = await params;
  const locale = localeOrDefault(rawLocale);
  const parsed = controlTokenSchema.safeParse(token);
  return { locale, token, page: parsed.success ? await loadControlPage(parsed.data) : ("not_found" as const) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await load(params);
  return typeof page === "object" ? { title: page.found.scenario.title[locale] } : {};
}

export default async function RoomControlPage({ params }: Props) {
  const { locale, token, page } = await load(params);
  setRequestLocale(locale);
  if (page === "not_found") notFound();
  const alternateHref = roomControlPath(otherLocale(locale), token);
  if (page === "unavailable") {
    return (
      <PageShell locale={locale} alternateHref={alternateHref}>
        <TrainingUnavailable locale={locale} />
      </PageShell>
    );
  }

  const { session, scenario, tally } = page.found;
  const [t, tSummary, requestHeaders] = await Promise.all([
    getTranslations({ locale, namespace: "trainingRoom.control" }),
    getTranslations({ locale, namespace: "trainingRoom.summary" }),
    headers(),
  ]);
  const stages = roomStages(scenario);
  const stage = Math.min(session.stage, stages.length - 1);
  const next = stages[stage + 1];
  const votingOpen = stage === VOTING_STAGE;

  return (
    <PageShell locale={locale} alternateHref={alternateHref}>
      <h1>{scenario.title[locale]}</h1>
      <p className="muted">{t("privateNote", { expires: formatDateTime(session.expiresAt, locale) })}</p>
      <p className="room-projector-link">
        {/* No referrer: the projector's window never learns this page's address, which holds the control token. */}
        <a href={roomProjectorPath(locale, session.code)} target="_blank" rel="noreferrer" aria-describedby="projector-hint">
          {t("projectorLink")}
        </a>{" "}
        <span id="projector-hint">{t("projectorHint")}</span>
      </p>
      <div className="room-columns">
        <div>
          {/* Once the vote is closed, the reveal takes the code's place. */}
          {votingOpen && (
            <RoomJoin locale={locale} code={session.code} origin={serverOrigin(requestHeaders, "http:") ?? ""} withQr={false} />
          )}
          <section aria-labelledby="case-heading">
            <h2 id="case-heading">{t("narrativeHeading")}</h2>
            <p>{scenario.narrative[locale]}</p>
          </section>
        </div>
        <div>
          <RoomVoteCount locale={locale} code={session.code} stage={session.stage} open={votingOpen} tally={tally} />
          {votingOpen && (
            <noscript>
              <p>
                <a href={roomControlPath(locale, token)}>{t("refresh")}</a>
              </p>
            </noscript>
          )}
          <section id="styring" aria-labelledby="controls-heading">
            <h2 id="controls-heading" className="sr-only">
              {t("controlsHeading")}
            </h2>
            <p className="muted">{t("progress", { number: stage + 1, total: stages.length })}</p>
            <form action={goToStage} className="room-controls">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="token" value={token} />
              {stage > VOTING_STAGE && (
                <button type="submit" name="stage" value={stage - 1} className="button button-secondary">
                  {stage - 1 === VOTING_STAGE ? t("reopenVote") : t("back")}
                </button>
              )}
              {next && (
                <button type="submit" name="stage" value={stage + 1} className="button button-primary">
                  {votingOpen ? t("closeVote") : nextLabel(t, next)}
                </button>
              )}
            </form>
          </section>
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading">{tSummary("heading")}</h2>
            <p>{tSummary("lead")}</p>
            <ul className="training-tools">
              <li>
                <a href={roomSummaryPath(locale, token)}>{tSummary("pageLink")}</a>
              </li>
              <li>
                <a href={roomSummaryCsvPath(locale, token)}>{tSummary("csvLink")}</a>
              </li>
            </ul>
          </section>
        </div>
      </div>
      <RoomReveal scenario={scenario} shown={stages.slice(0, stage + 1)} tally={tally} locale={locale} />
    </PageShell>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"trainingRoom.control">>>;

function nextLabel(t: Translate, next: RoomStage): string {
  return next.kind === "voting" || next.kind === "closed" ? t("closeVote") : t(`next.${next.kind}`);
}
