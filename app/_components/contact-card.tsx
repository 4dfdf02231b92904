import type { Contact } from "@/lib/directory/contact";
import { SourceLinks } from "./source-links";
import { formatDate } from "@/lib/dates";
import type { Locale } from "@/machines/locale";

export type ContactLabels = Record<"phone" | "email" | "web" | "hours" | "hoursUnknown" | "source" | "verified" | "fallback", string>;

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

export function ContactCard({ contact, locale, labels }: { contact: Contact; locale: Locale; labels: ContactLabels }) {
  return (
    <div className={contact.fallback ? "contact-card contact-fallback" : "contact-card"}>
      <p className="contact-name">
        <strong>{contact.name}</strong>
        {contact.fallback && <span className="muted"> ({labels.fallback})</span>}
      </p>
      {contact.gap && <p className="muted">{contact.gap}</p>}
      <dl>
        {contact.phone && (
          <>
            <dt>{labels.phone}</dt>
            <dd>
              <a href={telHref(contact.phone)}>{contact.phone}</a>
            </dd>
          </>
        )}
        {contact.email && (
          <>
            <dt>{labels.email}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        )}
        {contact.url && (
          <>
            <dt>{labels.web}</dt>
            <dd>
              <a href={contact.url}>{contact.url.replace(/^https?:\/\//, "")}</a>
            </dd>
          </>
        )}
        {contact.hours ? (
          <>
            <dt>{labels.hours}</dt>
            <dd>{contact.hours}</dd>
          </>
        ) : (
          <>
            <dt className="no-print">{labels.hours}</dt>
            <dd className="no-print muted">{labels.hoursUnknown}</dd>
          </>
        )}
        <dt className="no-print">{labels.source}</dt>
        <dd className="no-print muted">
          <SourceLinks source={contact.source} />
        </dd>
        <dt>{labels.verified}</dt>
        <dd>{formatDate(contact.verifiedAt, locale)}</dd>
      </dl>
    </div>
  );
}
