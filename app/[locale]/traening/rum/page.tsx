import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { startRoom } from "@/app/_actions/training-room";
import { PageShell } from "@/app/_components/page-shell";
import { RoomUnavailable } from "@/app/_components/training-room/room-unavailable";
import { localeOrDefault, otherLocale } from "@/lib/i18n/locales";
import { joinPath, ROOM_START_ERROR_PARAM, roomStartPath } from "@/lib/questionnaire/paths";
import { loadLibrary } from "@/lib/training/room-pages.server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, search] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale: localeOrDefault(locale), namespace: "trainingRoom" });
  return { title: `${search[ROOM_START_ERROR_PARAM] ? t("errorPrefix") : ""}${t("start.title")}` };
}

export default async function RoomStartPage({ params, searchParams }: Props) {
  const [{ locale: rawLocale }, search] = await Promise.all([params, searchParams]);
  const locale = localeOrDefault(rawLocale);
  setRequestLocale(locale);
  const alternateHref = roomStartPath(otherLocale(locale));
  const library = await loadLibrary();
  if (library === "unavailable") {
    return (
      <PageShell locale={locale} alternateHref={alternateHref}>
        <RoomUnavailable locale={locale} />
      </PageShell>
    );
  }
  const t = await getTranslations({ locale, namespace: "trainingRoom" });
  const error = search[ROOM_START_ERROR_PARAM];
  const missingCase = error === "mangler-case";
  const problem = missingCase
    ? t("start.errorChooseScenario")
    : error === "travlt"
      ? t("start.tooMany")
      : error
        ? t("unavailableBody")
        : undefined;

  return (
    <PageShell locale={locale} alternateHref={alternateHref}>
      {problem && (
        <div className="alert alert-error" role="alert" aria-labelledby="start-problem">
          <div className="alert-body">
            <h2 className="alert-heading" id="start-problem">
              {t("errorSummaryTitle")}
            </h2>
            <p className="alert-text">{missingCase ? <a href="#scenario-0">{problem}</a> : problem}</p>
          </div>
        </div>
      )}
      <h1>{t("start.title")}</h1>
      <p>{t("start.lead")}</p>
      {library.length === 0 ? (
        <p>{t("start.noScenarios")}</p>
      ) : (
        <form action={startRoom}>
          <input type="hidden" name="locale" value={locale} />
          <div className={missingCase ? "form-group form-error" : "form-group"}>
            <fieldset aria-describedby={missingCase ? "scenario-error" : undefined}>
              <legend className="form-label">
                <h2>{t("start.scenarioLegend")}</h2>
              </legend>
              {missingCase && (
                <span className="form-error-message" id="scenario-error">
                  <span className="sr-only">{t("errorPrefix")}</span>
                  {t("start.errorChooseScenario")}
                </span>
              )}
              {library.map((scenario, index) => (
                <div className="form-group-radio" key={scenario.slug}>
                  <input
                    type="radio"
                    className="form-radio"
                    id={`scenario-${index}`}
                    name="scenario"
                    value={scenario.slug}
                    aria-describedby={`scenario-${index}-hint`}
                  />
                  <label className="form-label" htmlFor={`scenario-${index}`}>
                    {scenario.title[locale]}
                  </label>
                  <span className="form-hint" id={`scenario-${index}-hint`}>
                    {scenario.teaser[locale]}
                  </span>
                </div>
              ))}
            </fieldset>
          </div>
          <p>{t("start.privateLink")}</p>
          <p>{t("start.deleted")}</p>
          <button type="submit" className="button button-primary">
            {t("start.submit")}
          </button>
        </form>
      )}
      <p>
        {t("start.joinPrompt")} <a href={joinPath(locale)}>{t("start.joinLink")}</a>
      </p>
    </PageShell>
  );
}
