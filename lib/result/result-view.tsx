import { useTranslations } from "next-intl";
import { AnswersSummary } from "../journey/answers-summary";
import { useBodyNames } from "../directory/body-names";
import { PrintButton } from "../ui/print-button";
import { PrintedFrom } from "./printed-from";
import { TextList } from "../ui/text-list";
import { CallNowCard } from "./call-now-card";
import { ContactList } from "./contact-list";
import { SourcesAndChecks } from "./sources-and-checks";
import { formatDate } from "@/lib/dates";
import type { Area, ResolvedContacts } from "@/lib/directory/resolve-contacts";
import { keepSectionNumber } from "@/lib/legal/legal-basis";
import type { Journey } from "@/lib/journey/journey";
import { resultContent } from "@/lib/result/result-content";
import { checkPath, resultPath } from "@/lib/journey/paths";
import { startPath } from "@/lib/i18n/locales";
import { contactsPath } from "@/lib/directory/paths";
import type { Locale } from "@/machines/locale";
import { explainRoute } from "@/machines/reasons";
import type { BodyKey, Outcome } from "@/machines/vocabulary";
import type { ContactLine } from "@/lib/result/contact-line";

type Props = {
  locale: Locale;
  journey: Journey;
  /** The route's outcome, other than 112 (rule R0), which has a page of its own. */
  outcome: Outcome;
  resolved: ResolvedContacts;
  today: string;
  /** Shown without a network: the day of the saved copy of the directory, if the device has one. */
  offline?: { asOf?: string };
};

/** What to do about a route: whom to call first and how, the duties, the other bodies and the sources. */
export function ResultView({ locale, journey, outcome, resolved, today, offline }: Props) {
  const t = useTranslations("result");
  const tBodies = useTranslations("bodies");
  const tContacts = useTranslations("contacts");
  const tReports = useTranslations("reports");
  const bodyName = useBodyNames(outcome.rule);
  const { directory, area } = resolved;
  const content = resultContent({
    answers: journey.answers,
    outcome,
    resolved,
    locale,
    bodyName,
    reachedThroughOthers: t("reachedThroughOthers"),
  });
  const { call, firstSteps, duties, also, always } = content;
  const legalBasis = duties.map(({ basis }) => basis);
  const asPrivatePerson = journey.answers.workplace === "private";
  const listTexts = {
    fallbackLabel: t("fallback"),
    today,
    oldSource: (year: string) => t("oldSource", { year }),
    notRecentlyChecked: t("notRecentlyChecked"),
    askFor: (whom: string) => t("askForWhom", { whom }),
  };
  const reportTexts = { link: tReports("link"), about: (name: string) => tReports("linkAbout", { name }) };
  const primaryShort = shortName(tBodies(outcome.primary));
  const askFor = t.has(`askFor.${outcome.primary}`) ? t(`askFor.${outcome.primary}` as "askFor.NFC_EXIT") : primaryShort;
  const local =
    MUNICIPAL_BODIES.includes(outcome.primary) && area ? t("bodyIn", { body: askFor, municipality: area.municipality }) : askFor;
  const notice = offline
    ? offline.asOf
      ? t("offlineAsOf", { date: formatDate(offline.asOf, locale) })
      : t("offlineWithoutCopy")
    : directory === "unavailable"
      ? t("directoryUnavailable")
      : undefined;

  return (
    <>
      <p className="print-only">
        <strong>{t("printTitle")}</strong> · {t("printDate")}: {formatDate(today, locale)}
      </p>
      <h1 className="instruction" tabIndex={-1}>
        {instruction(t, outcome, area, tBodies(outcome.primary))}
      </h1>
      {notice && (
        <div className="alert alert-warning" role="status">
          <div className="alert-body">
            <p className="alert-text">{notice}</p>
          </div>
        </div>
      )}
      <CallNowCard
        call={call}
        today={today}
        locale={locale}
        texts={{
          bodyName: bodyName(outcome.primary),
          callPhone: (phone) => t("callPhone", { phone }),
          writeEmail: (email) => t("writeEmail", { email }),
          noDirectContact: outcome.primary === "KRIMINALFORSORGEN" ? t("internalProcedure") : t("noDirectContact", { body: local }),
          askForBody: askFor,
          viaPolice: (whom) => t("viaPolice", { body: whom }),
          viaMunicipality: (whom) => t("viaMunicipality", { body: whom }),
          viaCitizenService: (whom) => t("viaCitizenService", { body: whom }),
          askFor: (whom) => t("askForWhom", { whom }),
          viaOther: t("viaOther"),
          viaHotline: t("viaHotline"),
          hours: t("hours"),
          oldSource: (year) => t("oldSource", { year }),
          notRecentlyChecked: t("notRecentlyChecked"),
          report: reportTexts,
        }}
      />
      {firstSteps.length > 0 && (
        <>
          <h2>{t("firstHeading")}</h2>
          <TextList items={firstSteps} />
        </>
      )}
      <h2>{t("dutiesHeading")}</h2>
      {duties.length === 0 && <p>{t("noDuties")}</p>}
      {duties.map(({ basis, notify }) => (
        <section key={basis.id} className="legal-basis">
          <h3>{basis.title}</h3>
          {notify && <NotifyAction action={notify.action} line={notify.line} fallbackLabel={t("fallback")} />}
          <p>
            {basis.summary} <span className="muted">({shortCitation(basis.citation)})</span>
          </p>
        </section>
      ))}
      {/* Folded on screen; on paper it is open, with lines to write on. */}
      <details className="folded opens-in-print">
        <summary>{t("noteHeading")}</summary>
        <TextList items={t.raw(asPrivatePerson ? "notePrivate" : "note")} />
        <div className="print-only">
          <h3>{t("printNotes")}</h3>
          {[1, 2, 3, 4].map((line) => (
            <div key={line} className="note-lines" />
          ))}
        </div>
      </details>
      <details className="no-print folded">
        <summary>{t("nextHeading")}</summary>
        <TextList items={t.raw(asPrivatePerson ? "nextPrivate" : "next")} />
      </details>
      {also.length > 0 && (
        <>
          <h2>{t("alsoHeading")}</h2>
          <ContactList {...listTexts} items={also} />
        </>
      )}
      <h2>{t("alwaysHeading")}</h2>
      <ContactList {...listTexts} items={always} />
      {area && journey.answers.municipalityCode && (
        <p className="no-print">
          <a href={contactsPath(locale, journey.answers.municipalityCode)}>
            {tContacts("resultLink", { municipality: area.municipality })}
          </a>
        </p>
      )}
      <SourcesAndChecks
        contacts={content.shown}
        reasons={{ heading: t("whyHeading"), items: explainRoute(journey.answers, outcome, locale).map(keepSectionNumber) }}
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
          report: reportTexts,
        }}
      />
      {/* After the folded sources, so that the first three phone screens hold what to do. */}
      <h2>{t("answersHeading")}</h2>
      <AnswersSummary journey={journey} locale={locale} />
      <p className="no-print">
        <a href={checkPath(locale, journey.answers)}>{t("changeAnswers")}</a> · <a href={startPath(locale)}>{t("startOver")}</a>
      </p>
      <p className="print-only printed-from">
        <PrintedFrom label={t("printedFrom")} path={resultPath(locale, journey.answers)} />
      </p>
      <div className="no-print">
        <PrintButton
          label={t("print")}
          withoutJavaScript={t("printWithoutJavaScript")}
          onTouch={{ label: t("shareOrPrint"), withoutJavaScript: t("shareOrPrintWithoutJavaScript") }}
        />
      </div>
    </>
  );
}

// A body of the municipality: the card names the municipality with it ("SSP i Aarhus Kommune").
const MUNICIPAL_BODIES: readonly BodyKey[] = ["SSP"];

/** The duty's action first, with the municipality's channel: "Underret Aarhus Kommune: 89 40 20 00". */
function NotifyAction({ action, line, fallbackLabel }: { action: string; line?: ContactLine; fallbackLabel: string }) {
  return (
    <p className="notify-action">
      <strong>{action}</strong>
      {line?.link && (
        <>
          : <a href={line.link.href}>{line.link.text}</a>
          {line.link.host && <span className="muted small-host"> ({line.link.host})</span>}
        </>
      )}
      {line?.contact?.fallback && <span className="muted"> ({fallbackLabel})</span>}
    </p>
  );
}

// "PSP – psykiatri, socialforvaltning og politi" → "PSP": the card's heading already gives the full name.
const shortName = (bodyName: string) => bodyName.split(" – ")[0] ?? bodyName;

// "Barnets lov § 133 (lov nr. 721 …)" → "Barnets lov § 133"; the full reference is in the folded sources.
const shortCitation = (citation: string) => citation.split(" (")[0];

type Translate = ReturnType<typeof useTranslations<"result">>;

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
