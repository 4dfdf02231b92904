import { oldSourceYear, overdueForReview } from "@/lib/directory/contact";
import type { ContactLine } from "@/lib/result/contact-line";

/**
 * Bodies in short: the condition first when a line applies only if something turns out to hold, then the name
 * once and one channel, marked when the channel is only the nearest one.
 */
export function ContactList(props: {
  items: ContactLine[];
  fallbackLabel: string;
  today: string;
  oldSource: (year: string) => string;
  notRecentlyChecked: string;
  askFor: (whom: string) => string;
}) {
  const { items, fallbackLabel, today, oldSource, notRecentlyChecked, askFor } = props;
  return (
    <ul className="contact-list">
      {items.map(({ key, label, detail, link, condition, note, contact }) => {
        const sourceYear = contact && oldSourceYear(contact, today);
        return (
          <li key={key}>
            {condition && <span className="contact-condition">{condition}: </span>}
            <strong>{label}</strong>
            {note && `: ${note}`}
            {detail && `, ${detail}`}
            {link && (
              <>
                : <a href={link.href}>{link.text}</a>
                {link.host && <span className="muted small-host"> ({link.host})</span>}
              </>
            )}
            {contact?.fallback && <span className="muted"> ({fallbackLabel})</span>}
            {contact?.askFor && (
              <>
                <br />
                {askFor(contact.askFor)}
              </>
            )}
            {contact?.hours && (
              <>
                <br />
                <span className="muted">{contact.hours}</span>
              </>
            )}
            {sourceYear && <strong className="recheck"> {oldSource(sourceYear)}</strong>}
            {!sourceYear && contact && overdueForReview(contact, today) && <span className="muted"> · {notRecentlyChecked}</span>}
          </li>
        );
      })}
    </ul>
  );
}
