import { titledBy } from "@/lib/ui/page-metadata";
import { Fragment } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { BEFORE_THE_SIGNS, HOTLINE, JUDGING, POLICE, SIGN_GROUPS, sourcesOf, type Source, type SourcedText } from "@/lib/journey/signs";
import { otherLocale, startPath } from "@/lib/i18n/locales";
import { isAskable } from "@/lib/journey/journey";
import { readPageState, type PageSearchParams } from "@/lib/journey/page-state";
import { signsPath, stepPath } from "@/lib/journey/paths";
import type { Locale } from "@/machines/locale";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export const generateMetadata = titledBy("signs.title");

/** The public pages a section rests on, each with the date it shows, if any. */
function Sources({
  texts,
  locale,
  label,
  asOf,
}: {
  texts: readonly SourcedText[];
  locale: Locale;
  label: string;
  asOf: (date: string) => string;
}) {
  return (
    <p className="muted sources">
      {label}:{" "}
      {sourcesOf(texts, locale).map((source: Source, index) => (
        <Fragment key={source.url}>
          {index > 0 && "; "}
          <a href={source.url} hrefLang={source.lang} lang={source.lang === locale ? undefined : source.lang}>
            {source.title}
          </a>
          {source.asOf && ` (${asOf(source.asOf)})`}
        </Fragment>
      ))}
    </p>
  );
}

export default async function SignsPage({ params, searchParams }: Props) {
  const { locale, journey, intact } = await readPageState(params, searchParams);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "signs" });
  // Opened from the concern question, the page leads back there with the answers given so far.
  const fromQuestion = intact && isAskable(journey, "concern");
  const sources = (texts: readonly SourcedText[]) => (
    <Sources texts={texts} locale={locale} label={t("sources")} asOf={(date) => t("asOf", { date })} />
  );

  return (
    <PageShell locale={locale} alternateHref={signsPath(otherLocale(locale), fromQuestion ? journey.answers : undefined)}>
      <a className="back-link" href={fromQuestion ? stepPath(locale, "concern", journey.answers) : startPath(locale)}>
        {fromQuestion ? t("backToQuestion") : t("toQuestions")}
      </a>
      <h1>{t("title")}</h1>
      <p className="font-lead">{t("lead")}</p>
      <div className="alert alert-info">
        <div className="alert-body">
          {BEFORE_THE_SIGNS.map((entry) => (
            <p className="alert-text" key={entry.text.da}>
              {entry.text[locale]}
            </p>
          ))}
          {sources(BEFORE_THE_SIGNS)}
        </div>
      </div>

      <h2>{t("signsHeading")}</h2>
      {SIGN_GROUPS.map((group) => (
        <section key={group.heading.da}>
          <h3>{group.heading[locale]}</h3>
          <ul>
            {group.signs.map((sign) => (
              <li key={sign.text.da}>{sign.text[locale]}</li>
            ))}
          </ul>
          {sources(group.signs)}
        </section>
      ))}

      <h2>{t("judgingHeading")}</h2>
      {JUDGING.map((entry) => (
        <p key={entry.text.da}>{entry.text[locale]}</p>
      ))}
      {sources(JUDGING)}

      <h2>{t("adviceHeading")}</h2>
      <div className="contact-card">
        <h3>{HOTLINE.name[locale]}</h3>
        <p>{HOTLINE.advice.text[locale]}</p>
        <dl>
          <dt>{t("phone")}</dt>
          <dd>
            <a href={HOTLINE.telHref}>{HOTLINE.phone}</a>
          </dd>
        </dl>
        <p>{HOTLINE.hours[locale]}</p>
      </div>
      <p>{POLICE.text[locale]}</p>
      {sources([HOTLINE.advice, POLICE])}
    </PageShell>
  );
}
