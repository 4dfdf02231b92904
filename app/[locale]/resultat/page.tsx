import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContactCard, type ContactLabels } from "@/app/_components/contact-card";
import { PageShell } from "@/app/_components/page-shell";
import { TextList } from "@/app/_components/text-list";
import { PrintButton } from "@/app/_components/print-button";
import { ResumeNotice } from "@/app/_components/resume-notice";
import { SourceLinks } from "@/app/_components/source-links";
import { formatDate, todayInDenmark } from "@/lib/dates";
import { getDb } from "@/lib/db.server";
import { fixedContact } from "@/lib/directory/always-available";
import type { Contact } from "@/lib/directory/contact";
import { resolveContacts } from "@/lib/directory/resolve-contacts.server";
import { otherLocale } from "@/lib/i18n/locales";
import { legalBasisFor } from "@/lib/legal/legal-basis";
import { readPageState, type PageSearchParams } from "@/lib/questionnaire/page-state";
import { checkPath, nextPath, resultPath, startPath } from "@/lib/questionnaire/paths";
import { explainRoute } from "@/machines/reasons";
import type { BodyKey } from "@/machines/vocabulary";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, journey } = await readPageState(params, searchParams);
  const t = await getTranslations({ locale, namespace: "result" });
  const emergency = journey.replay.status === "complete" && journey.replay.outcome.rule === "R0";
  return { title: emergency ? t("emergencyTitle") : t("title") };
}

export default async function ResultPage({ params, searchParams }: Props) {
  const { locale, journey, intact } = await readPageState(params, searchParams);
  setRequestLocale(locale);
  if (!intact) return <ResumeNotice locale={locale} journey={journey} />;
  if (journey.replay.status !== "complete") redirect(nextPath(locale, journey));

  const { outcome } = journey.replay;
  const [t, tBodies] = await Promise.all([
    getTranslations({ locale, namespace: "result" }),
    getTranslations({ locale, namespace: "bodies" }),
  ]);
  const { contacts, directory } = await resolveContacts({
    db: getDb,
    bodies: [outcome.primary, ...outcome.also],
    municipalityCode: journey.answers.municipalityCode,
    locale,
  });
  const reasons = explainRoute(journey.answers, outcome, locale);
  const legalBasis = legalBasisFor(outcome.duties, locale);
  const always = (["emergency", "police", "hotline"] as const).map((key) => fixedContact(key, locale));
  const labels: ContactLabels = {
    phone: t("phone"),
    email: t("email"),
    web: t("web"),
    hours: t("hours"),
    hoursUnknown: t("hoursUnknown"),
    source: t("source"),
    verified: t("verified"),
    fallback: t("fallback"),
  };
  const emergency = outcome.rule === "R0";

  const bodySection = (body: BodyKey) => (
    <section key={body} className="body-section">
      <h3>{tBodies(body)}</h3>
      {contacts
        .filter((contact) => contact.body === body)
        .map((contact: Contact, index) => (
          <ContactCard key={`${body}-${index}`} contact={contact} locale={locale} labels={labels} />
        ))}
    </section>
  );

  return (
    <PageShell locale={locale} alternateHref={resultPath(otherLocale(locale), journey.answers)}>
      <p className="print-only">
        <strong>{t("printTitle")}</strong> · {t("printDate")}: {formatDate(todayInDenmark(), locale)}
      </p>
      <h1>{emergency ? t("emergencyTitle") : t("title")}</h1>
      {emergency && (
        <>
          <p className="font-lead">{t("emergencyLead")}</p>
          <p>
            <a className="button button-primary" href="tel:112">
              112
            </a>
          </p>
          <p>{t("emergencyAfter")}</p>
        </>
      )}
      {directory === "unavailable" && (
        <div className="alert alert-warning" role="status">
          <div className="alert-body">
            <p className="alert-text">{t("directoryUnavailable")}</p>
          </div>
        </div>
      )}
      {!emergency && (
        <>
          <h2>{t("primaryHeading")}</h2>
          {bodySection(outcome.primary)}
          {outcome.also.length > 0 && <h2>{t("alsoHeading")}</h2>}
          {outcome.also.map(bodySection)}
        </>
      )}
      <h2>{t("whyHeading")}</h2>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <h2>{t("dutiesHeading")}</h2>
      {legalBasis.length === 0 && <p>{t("noDuties")}</p>}
      {legalBasis.map((basis) => (
        <section key={basis.id} className="legal-basis">
          <h3>{basis.title}</h3>
          <p>{basis.summary}</p>
          <p className="muted">
            {t("citation")}: {basis.citation} ({formatDate(basis.asOf, locale)})
          </p>
          {basis.caveat && (
            <p className="muted">
              {t("caveat")}: {basis.caveat}
            </p>
          )}
          <p className="muted no-print">
            {t("source")}: <SourceLinks source={basis.source} />
          </p>
        </section>
      ))}
      <div className="no-print">
        <h2>{t("noteHeading")}</h2>
        <TextList items={t.raw("note")} />
        <h2>{t("nextHeading")}</h2>
        <TextList items={t.raw("next")} />
      </div>
      <h2>{t("alwaysHeading")}</h2>
      {always.map((contact) => (
        <ContactCard key={contact.body} contact={contact} locale={locale} labels={labels} />
      ))}
      <div className="print-only">
        <h2>{t("printNotes")}</h2>
        {[1, 2, 3, 4].map((line) => (
          <div key={line} className="note-lines" />
        ))}
      </div>
      <p className="muted">
        {t("ruleLabel")}: {outcome.rule}
      </p>
      <div className="no-print">
        <PrintButton label={t("print")} withoutJavaScript={t("printWithoutJavaScript")} />
        <p>
          <a href={checkPath(locale, journey.answers)}>{t("changeAnswers")}</a> · <a href={startPath(locale)}>{t("startOver")}</a>
        </p>
      </div>
    </PageShell>
  );
}
