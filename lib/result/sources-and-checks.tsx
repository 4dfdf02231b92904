import { addressesIn, SourceLinks } from "../ui/source-links";
import { TextList } from "../ui/text-list";
import { formatDate, needsRecheck } from "@/lib/dates";
import type { Contact } from "@/lib/directory/contact";
import { ReportLink, type ReportLinkTexts } from "@/lib/directory/reports/report-link";
import type { LegalBasis } from "@/lib/legal/legal-basis";
import type { Locale } from "@/machines/locale";

export type SourcesTexts = {
  heading: string;
  sourcePage: (host: string) => string;
  checkedOn: (date: string) => string;
  sourceDated: (date: string) => string;
  sourceUndated: string;
  readOn: (date: string) => string;
  recheck: string;
  caveat: string;
  citation: string;
  report: ReportLinkTexts;
};

/** Where each contact and legal text comes from and when it was checked: folded, for the reader who wants to know. */
export function SourcesAndChecks(props: {
  reasons: { heading: string; items: string[] };
  contacts: Contact[];
  legalBasis: LegalBasis[];
  today: string;
  locale: Locale;
  texts: SourcesTexts;
}) {
  const { reasons, contacts, legalBasis, today, locale, texts } = props;
  const unique = [...new Map(contacts.map((contact) => [`${contact.name}|${contact.source}`, contact])).values()];
  return (
    // On paper the reasons are printed, without the sources and their addresses.
    <details className="sources opens-in-print">
      <summary className="no-print">{texts.heading}</summary>
      <h2>{reasons.heading}</h2>
      <TextList items={reasons.items} />
      <ul className="no-print">
        {unique.map((contact) => {
          const addresses = addressesIn(contact.source);
          return (
            <li key={`${contact.name}|${contact.source}`}>
              <strong>{contact.name}</strong>: {contact.gap && `${contact.gap} `}
              <SourceLinks addresses={addresses.length > 0 ? addresses : contact.url ? [contact.url] : []} label={texts.sourcePage} />
              {", "}
              {contact.sourceDate ? texts.sourceDated(formatDate(contact.sourceDate, locale)) : texts.sourceUndated}
              {", "}
              {texts.readOn(formatDate(contact.verifiedAt, locale))}
              {contact.sourceDate && needsRecheck(contact.sourceDate, today) && <strong className="recheck"> {texts.recheck}</strong>}
              <br />
              <ReportLink locale={locale} target={contact.target} name={contact.name} texts={texts.report} />
            </li>
          );
        })}
        {legalBasis.map((basis) => (
          <li key={basis.id}>
            {/* The citation carries the law's own dates; the date shown here is only when it was checked. */}
            <strong>{basis.title}</strong>: {texts.citation}: {basis.citation}. {basis.caveat && `${texts.caveat}: ${basis.caveat} `}
            {needsRecheck(basis.asOf, today) && <strong className="recheck">{texts.recheck} </strong>}
            <SourceLinks addresses={addressesIn(basis.source)} label={texts.sourcePage} />
            {", "}
            {texts.checkedOn(formatDate(basis.checkedAt, locale))}
          </li>
        ))}
      </ul>
    </details>
  );
}
