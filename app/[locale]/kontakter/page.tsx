import { titledBy } from "@/lib/ui/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DirectoryEntry, type DirectoryEntryTexts } from "@/lib/directory/directory-entry";
import { PageShell } from "@/lib/ui/page-shell";
import { todayInDenmark } from "@/lib/dates";
import { getDb } from "@/lib/db.server";
import { DIRECTORY_BODIES, readMunicipalityChoice } from "@/lib/directory/directory-page";
import { resolveContacts } from "@/lib/directory/resolve-contacts.server";
import { otherLocale, startPath } from "@/lib/i18n/locales";
import { readPageState, type PageSearchParams } from "@/lib/journey/page-state";
import { CONTACTS_MUNICIPALITY_FIELD, contactsPath } from "@/lib/directory/paths";
import { stepDefinition } from "@/lib/journey/steps";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

const SELECT_ID = "municipality";

export const generateMetadata = titledBy("contacts.title");

export default async function ContactsPage({ params, searchParams }: Props) {
  const { locale, query } = await readPageState(params, searchParams);
  setRequestLocale(locale);
  const [t, tResult, tBodies, tReports] = await Promise.all([
    getTranslations({ locale, namespace: "contacts" }),
    getTranslations({ locale, namespace: "result" }),
    getTranslations({ locale, namespace: "bodies" }),
    getTranslations({ locale, namespace: "reports" }),
  ]);
  const choice = readMunicipalityChoice(query[CONTACTS_MUNICIPALITY_FIELD]);
  const chosen = choice.status === "chosen" ? choice.municipalityCode : undefined;
  const resolved = chosen
    ? await resolveContacts({ db: getDb, bodies: [...DIRECTORY_BODIES], municipalityCode: chosen, locale })
    : undefined;
  const today = todayInDenmark();
  const options = stepDefinition("municipalityCode").options.map((option) => ({ value: option.value, label: option.label[locale] }));
  const texts: DirectoryEntryTexts = {
    call: (phone) => t("call", { phone }),
    page: (host) => t("page", { host }),
    fallback: tResult("fallback"),
    hours: tResult("hours"),
    source: t("source"),
    sourcePage: (host) => tResult("sourcePage", { host }),
    sourceDated: (date) => tResult("sourceDated", { date }),
    sourceUndated: tResult("sourceUndated"),
    readOn: (date) => tResult("readOn", { date }),
    oldSource: (year) => tResult("oldSource", { year }),
    notRecentlyChecked: tResult("notRecentlyChecked"),
    askFor: (whom) => tResult("askForWhom", { whom }),
    report: { link: tReports("link"), about: (name) => tReports("linkAbout", { name }) },
  };

  return (
    <PageShell locale={locale} alternateHref={contactsPath(otherLocale(locale), chosen)}>
      <a className="back-link" href={startPath(locale)}>
        {t("back")}
      </a>
      <h1>{resolved?.area ? t("titleFor", { municipality: resolved.area.municipality }) : t("title")}</h1>
      <p className="font-lead">{t("lead")}</p>
      <form method="get" action={contactsPath(locale)} className="directory-choice no-print">
        <div className={choice.status === "unknown" ? "form-group form-error" : "form-group"}>
          <label className="form-label" htmlFor={SELECT_ID}>
            {t("chooseLabel")}
          </label>
          {choice.status === "unknown" && (
            <span className="form-error-message" id={`${SELECT_ID}-error`} role="alert">
              {t("unknownMunicipality")}
            </span>
          )}
          <select
            className="form-select"
            id={SELECT_ID}
            name={CONTACTS_MUNICIPALITY_FIELD}
            defaultValue={chosen ?? ""}
            aria-invalid={choice.status === "unknown" || undefined}
            aria-describedby={choice.status === "unknown" ? `${SELECT_ID}-error` : undefined}
          >
            <option value="">{t("choose")}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t("show")}
        </button>
      </form>
      {resolved?.directory === "unavailable" && (
        <div className="alert alert-warning" role="status">
          <div className="alert-body">
            <p className="alert-text">{tResult("directoryUnavailable")}</p>
          </div>
        </div>
      )}
      {resolved && (
        <>
          {resolved.area?.policeDistrict && <p>{t("servedBy", { district: resolved.area.policeDistrict })}</p>}
          <h2>{t("bodiesHeading")}</h2>
          {DIRECTORY_BODIES.map((body) => {
            const contacts = resolved.contacts.filter((contact) => contact.body === body);
            if (contacts.length === 0) return null;
            return (
              <DirectoryEntry
                key={body}
                id={`body-${body.toLowerCase()}`}
                name={tBodies(body)}
                contacts={contacts}
                today={today}
                locale={locale}
                texts={texts}
              />
            );
          })}
        </>
      )}
    </PageShell>
  );
}
