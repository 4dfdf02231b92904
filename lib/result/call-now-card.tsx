import type { CallNow } from "@/lib/directory/call-now";
import { oldSourceYear, overdueForReview, telHref } from "@/lib/directory/contact";
import { ReportLink, type ReportLinkTexts } from "@/lib/directory/reports/report-link";
import { viaLine } from "@/lib/result/contact-line";
import { pageLink } from "@/lib/result/page-link";
import type { Locale } from "@/machines/locale";

export type CallNowTexts = {
  bodyName: string;
  callPhone: (phone: string) => string;
  writeEmail: (email: string) => string;
  /** Why there is no own channel: "we know no direct number" or, for an internal procedure, where it is. */
  noDirectContact: string;
  /** Whom to ask for at a number that reaches the body through others, unless the contact names someone. */
  askForBody: string;
  viaPolice: (whom: string) => string;
  viaMunicipality: (whom: string) => string;
  viaCitizenService: (whom: string) => string;
  askFor: (whom: string) => string;
  viaOther: string;
  viaHotline: string;
  hours: string;
  oldSource: (year: string) => string;
  notRecentlyChecked: string;
  report: ReportLinkTexts;
};

const VIA_TEXT: Record<"police" | "municipality" | "citizenService" | "other", (texts: CallNowTexts, whom: string) => string> = {
  police: (texts, whom) => texts.viaPolice(whom),
  municipality: (texts, whom) => texts.viaMunicipality(whom),
  citizenService: (texts, whom) => texts.viaCitizenService(whom),
  other: (texts, whom) => (whom === texts.askForBody ? texts.viaOther : texts.askFor(whom)),
};

function PhoneButton({ phone, label }: { phone: string; label: string }) {
  return (
    <a className="button button-primary call-link" href={telHref(phone)}>
      {label}
    </a>
  );
}

function WebsiteLink({ href, text, host }: { href: string; text: string; host: string }) {
  return (
    <p>
      <a href={href}>{text}</a> <span className="muted small-host">({host})</span>
    </p>
  );
}

/** The body to contact first and the one channel to use right now, large enough to tap. */
export function CallNowCard({ call, today, locale, texts }: { call: CallNow; today: string; locale: Locale; texts: CallNowTexts }) {
  const { contact } = call;
  const sourceYear = oldSourceYear(contact, today);
  const oldSource = sourceYear ? (
    <p>
      <strong className="recheck">{texts.oldSource(sourceYear)}</strong>
    </p>
  ) : (
    overdueForReview(contact, today) && <p className="muted">{texts.notRecentlyChecked}</p>
  );
  return (
    <section className="call-now" aria-labelledby="call-now-heading">
      <h2 id="call-now-heading">{texts.bodyName}</h2>
      {call.own ? (
        <>
          {contact.name !== texts.bodyName && <p className="call-now-name">{contact.name}</p>}
          {contact.phone ? (
            <PhoneButton phone={contact.phone} label={texts.callPhone(contact.phone)} />
          ) : (
            <a className="button button-primary call-link" href={`mailto:${contact.email}`}>
              {texts.writeEmail(contact.email ?? "")}
            </a>
          )}
          {contact.askFor && <p>{texts.askFor(contact.askFor)}</p>}
          {contact.hours && (
            <p className="muted">
              {texts.hours}: {contact.hours}
            </p>
          )}
          {oldSource}
          {call.alsoPhone?.phone && (
            <p>
              {texts.viaPolice(texts.askForBody)} <a href={telHref(call.alsoPhone.phone)}>{call.alsoPhone.phone}</a>
            </p>
          )}
        </>
      ) : (
        <>
          <p>{texts.noDirectContact}</p>
          <p className="call-now-name">
            {call.via === "hotline"
              ? texts.viaHotline
              : viaLine(contact.name, contact.phone, VIA_TEXT[call.via](texts, contact.askFor ?? texts.askForBody))}
          </p>
          {contact.phone && <PhoneButton phone={contact.phone} label={texts.callPhone(contact.phone)} />}
          {oldSource}
          {call.website && <WebsiteLink {...pageLink(call.website.url, call.website.owner, locale)} />}
        </>
      )}
      <p className="no-print">
        <ReportLink locale={locale} target={contact.target} name={contact.name} texts={texts.report} />
      </p>
    </section>
  );
}
