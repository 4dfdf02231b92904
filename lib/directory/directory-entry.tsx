import { addressesIn, SourceLinks } from "../ui/source-links";
import { formatDate } from "@/lib/dates";
import { oldSourceYear, overdueForReview, telHref, type Contact } from "@/lib/directory/contact";
import { ReportLink, type ReportLinkTexts } from "./reports/report-link";
import { hostOf } from "@/lib/web-address";
import type { Locale } from "@/machines/locale";

export type DirectoryEntryTexts = {
  call: (phone: string) => string;
  page: (host: string) => string;
  fallback: string;
  hours: string;
  source: string;
  sourcePage: (host: string) => string;
  sourceDated: (date: string) => string;
  sourceUndated: string;
  readOn: (date: string) => string;
  oldSource: (year: string) => string;
  notRecentlyChecked: string;
  askFor: (whom: string) => string;
  report: ReportLinkTexts;
};

function ContactChannels({ contact, texts }: { contact: Contact; texts: DirectoryEntryTexts }) {
  return (
    <ul className="nobullet-list channels">
      {contact.phone && (
        <li>
          <a href={telHref(contact.phone)}>{texts.call(contact.phone)}</a>
        </li>
      )}
      {contact.email && (
        <li>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </li>
      )}
      {contact.url && (
        <li>
          <a href={contact.url}>{texts.page(hostOf(contact.url))}</a>
        </li>
      )}
      {contact.askFor && <li>{texts.askFor(contact.askFor)}</li>}
      {contact.hours && (
        <li className="muted">
          {texts.hours}: {contact.hours}
        </li>
      )}
    </ul>
  );
}

/** A body with each of its contacts in full: every channel, where it comes from and how old the source is. */
export function DirectoryEntry(props: {
  id: string;
  name: string;
  contacts: Contact[];
  today: string;
  locale: Locale;
  texts: DirectoryEntryTexts;
}) {
  const { id, name, contacts, today, locale, texts } = props;
  return (
    <section className="directory-entry" aria-labelledby={id}>
      <h3 id={id}>{name}</h3>
      {contacts.map((contact) => {
        const addresses = addressesIn(contact.source);
        const sourceYear = oldSourceYear(contact, today);
        return (
          <div key={`${contact.name}|${contact.source}|${contact.phone ?? ""}`} className="directory-contact">
            {contact.name !== name && <p className="directory-contact-name">{contact.name}</p>}
            {contact.fallback && (
              <p>
                <strong>{texts.fallback}.</strong> {contact.gap}
              </p>
            )}
            <ContactChannels contact={contact} texts={texts} />
            {sourceYear ? (
              <p>
                <strong className="recheck">{texts.oldSource(sourceYear)}</strong>
              </p>
            ) : (
              overdueForReview(contact, today) && <p className="muted">{texts.notRecentlyChecked}</p>
            )}
            <p className="muted">
              {texts.source}: <SourceLinks addresses={addresses} label={texts.sourcePage} />,{" "}
              {contact.sourceDate ? texts.sourceDated(formatDate(contact.sourceDate, locale)) : texts.sourceUndated},{" "}
              {texts.readOn(formatDate(contact.verifiedAt, locale))}
            </p>
            <p>
              <ReportLink locale={locale} target={contact.target} name={contact.name} texts={texts.report} />
            </p>
          </div>
        );
      })}
    </section>
  );
}
