import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AnswersSummary } from "@/app/_components/answers-summary";
import { bodyNamesOnRoute } from "@/app/_components/body-names";
import { PageShell } from "@/app/_components/page-shell";
import { PrintButton } from "@/app/_components/print-button";
import { CallNowCard } from "@/app/_components/result/call-now-card";
import { ContactList } from "@/app/_components/result/contact-list";
import { EmergencyCall } from "@/app/_components/result/emergency-call";
import { SourcesAndChecks } from "@/app/_components/result/sources-and-checks";
import { ResumeNotice } from "@/app/_components/resume-notice";
import { TextList } from "@/app/_components/text-list";
import { formatDate, todayInDenmark } from "@/lib/dates";
import { getDb } from "@/lib/db.server";
import { fixedContact } from "@/lib/directory/always-available";
import { callNow } from "@/lib/directory/call-now";
import { REACHED_THROUGH_OTHERS } from "@/lib/directory/contact";
import type { Area } from "@/lib/directory/resolve-contacts.server";
import { resolveContacts } from "@/lib/directory/resolve-contacts.server";
import { FIRST_STEPS } from "@/lib/guidance/first-steps";
import { otherLocale } from "@/lib/i18n/locales";
import { legalBasisFor } from "@/lib/legal/legal-basis";
import { readPageState, type PageSearchParams } from "@/lib/questionnaire/page-state";
import { checkPath, contactsPath, nextPath, resultPath, startPath } from "@/lib/questionnaire/paths";
import { explainRoute } from "@/machines/reasons";
import type { BodyKey, Outcome } from "@/machines/vocabulary";

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
  const alternateHref = resultPath(otherLocale(locale), journey.answers);
  if (outcome.rule === "R0") {
    return (
      <PageShell locale={locale} alternateHref={alternateHref}>
        <EmergencyCall locale={locale} answers={journey.answers} />
      </PageShell>
    );
  }

  const [t, tBodies, tContacts] = await Promise.all([
    getTranslations({ locale, namespace: "result" }),
    getTranslations({ locale, namespace: "bodies" }),
    getTranslations({ locale, namespace: "contacts" }),
  ]);
  const { contacts, directory, area } = await resolveContacts({
    db: getDb,
    bodies: [outcome.primary, ...outcome.also],
    municipalityCode: journey.answers.municipalityCode,
    locale,
  });
  const today = todayInDenmark();
  const legalBasis = legalBasisFor(outcome.duties, locale);
  const always = (["emergency", "police", "hotline"] as const).map((key) => fixedContact(key, locale));
  const workplace = journey.answers.workplace;
  const firstSteps = workplace ? FIRST_STEPS[workplace] : [];
  const asPrivatePerson = workplace === "private";
  const bodyName = await bodyNamesOnRoute(locale, outcome.rule);
  const contactsOf = (body: BodyKey) => contacts.filter((contact) => contact.body === body);
  const call = callNow(contactsOf(outcome.primary), locale);

  return (
    <PageShell locale={locale} alternateHref={alternateHref}>
      <p className="print-only">
        <strong>{t("printTitle")}</strong> · {t("printDate")}: {formatDate(today, locale)}
      </p>
      <h1 className="instruction">{instruction(t, outcome, area, tBodies(outcome.primary))}</h1>
      {directory === "unavailable" && (
        <div className="alert alert-warning" role="status">
          <div className="alert-body">
            <p className="alert-text">{t("directoryUnavailable")}</p>
          </div>
        </div>
      )}
      <CallNowCard
        call={call}
        today={today}
        texts={{
          bodyName: bodyName(outcome.primary),
          callPhone: (phone) => t("callPhone", { phone }),
          writeEmail: (email) => t("writeEmail", { email }),
          noDirectContact:
            outcome.primary === "KRIMINALFORSORGEN"
              ? t("internalProcedure")
              : t("noDirectContact", { body: shortName(tBodies(outcome.primary)) }),
          viaPolice: t("viaPolice", { body: shortName(tBodies(outcome.primary)) }),
          viaMunicipality: t("viaMunicipality", { body: shortName(tBodies(outcome.primary)) }),
          viaOther: t("viaOther"),
          viaHotline: t("viaHotline"),
          hours: t("hours"),
          web: t("web"),
          oldSource: (year) => t("oldSource", { year }),
        }}
      />
      {firstSteps.length > 0 && (
        <>
          <h2>{t("firstHeading")}</h2>
          <TextList items={firstSteps.map((step) => step[locale])} />
        </>
      )}
      <h2>{t("dutiesHeading")}</h2>
      {legalBasis.length === 0 && <p>{t("noDuties")}</p>}
      {legalBasis.map((basis) => (
        <section key={basis.id} className="legal-basis">
          <h3>{basis.title}</h3>
          <p>
            {basis.summary} <span className="muted">({shortCitation(basis.citation)})</span>
          </p>
        </section>
      ))}
      <details className="no-print folded">
        <summary>{t("noteHeading")}</summary>
        <TextList items={t.raw(asPrivatePerson ? "notePrivate" : "note")} />
      </details>
      <details className="no-print folded">
        <summary>{t("nextHeading")}</summary>
        <TextList items={t.raw(asPrivatePerson ? "nextPrivate" : "next")} />
      </details>
      {outcome.also.length > 0 && (
        <>
          <h2>{t("alsoHeading")}</h2>
          <ContactList
            fallbackLabel={t("fallback")}
            today={today}
            oldSource={(year) => t("oldSource", { year })}
            items={outcome.also.map((body) =>
              REACHED_THROUGH_OTHERS.has(body)
                ? { key: body, name: bodyName(body), note: t("reachedThroughOthers") }
                : { key: body, name: bodyName(body), contact: contactsOf(body)[0] },
            )}
          />
        </>
      )}
      <h2>{t("alwaysHeading")}</h2>
      <ContactList
        fallbackLabel={t("fallback")}
        today={today}
        oldSource={(year) => t("oldSource", { year })}
        items={always.map((contact) => ({ key: contact.body, name: contact.name, contact }))}
      />
      {area && journey.answers.municipalityCode && (
        <p className="no-print">
          <a href={contactsPath(locale, journey.answers.municipalityCode)}>
            {tContacts("resultLink", { municipality: area.municipality })}
          </a>
        </p>
      )}
      <SourcesAndChecks
        contacts={[...contacts, ...always]}
        reasons={{ heading: t("whyHeading"), items: explainRoute(journey.answers, outcome, locale) }}
        legalBasis={legalBasis}
        today={today}
        locale={locale}
        texts={{
          heading: t("sourcesHeading"),
          sourcePage: (host) => t("sourcePage", { host }),
          checkedOn: (date) => t("checkedOn", { date }),
          sourceDated: (date) => t("sourceDated", { date }),
          sourceUndated: t("sourceUndated"),
          readOn: (date) => t("readOn", { date }),
          recheck: t("recheck"),
          caveat: t("caveat"),
          citation: t("citation"),
        }}
      />
      {/* After the folded sources, so that the first three phone screens hold what to do. */}
      <h2>{t("answersHeading")}</h2>
      <AnswersSummary journey={journey} locale={locale} />
      <p className="no-print">
        <a href={checkPath(locale, journey.answers)}>{t("changeAnswers")}</a> · <a href={startPath(locale)}>{t("startOver")}</a>
      </p>
      <div className="print-only">
        <h2>{t("printNotes")}</h2>
        {[1, 2, 3, 4].map((line) => (
          <div key={line} className="note-lines" />
        ))}
      </div>
      <div className="no-print">
        <PrintButton label={t("print")} withoutJavaScript={t("printWithoutJavaScript")} />
      </div>
    </PageShell>
  );
}

// "PSP – psykiatri, socialforvaltning og politi" → "PSP": the card's heading already gives the full name.
const shortName = (bodyName: string) => bodyName.split(" – ")[0] ?? bodyName;

// "Barnets lov § 133 (lov nr. 721 …)" → "Barnets lov § 133"; the full reference is in the folded sources.
const shortCitation = (citation: string) => citation.split(" (")[0];

type Translate = Awaited<ReturnType<typeof getTranslations<"result">>>;

/** The one line that says what to do, e.g. "Kontakt SSP i Aarhus Kommune". */
function instruction(t: Translate, outcome: Outcome, area: Area | undefined, primaryName: string): string {
  const key = `instruction.${outcome.primary}` as const;
  const values = {
    municipality: area?.municipality ?? t("yourMunicipality"),
    district: area?.policeDistrict ?? t("thePolice"),
    name: primaryName,
  };
  return t.has(key) ? t(key as "instruction.other", values) : t("instruction.other", values);
}
