import { bestLink, oldSourceYear, overdueForReview, type Contact } from "@/lib/directory/contact";

/** A body with one contact, or with a note in place of one (a body reached through others). */
export type ContactListItem = { key: string; name: string; contact?: Contact; note?: string };

/** Bodies in short: a name and one link each, marked when the link is only the nearest channel. */
export function ContactList(props: {
  items: ContactListItem[];
  fallbackLabel: string;
  today: string;
  oldSource: (year: string) => string;
  notRecentlyChecked: string;
}) {
  const { items, fallbackLabel, today, oldSource, notRecentlyChecked } = props;
  return (
    <ul className="contact-list">
      {items.map(({ key, name, contact, note }) => {
        const link = contact && bestLink(contact);
        const sourceYear = contact && oldSourceYear(contact, today);
        return (
          <li key={key}>
            <strong>{name}</strong>
            {note && `: ${note}`}
            {contact && contact.name !== name && `, ${contact.name}`}
            {link && (
              <>
                : <a href={link.href}>{link.text}</a>
              </>
            )}
            {contact?.hours && <span className="muted"> · {contact.hours}</span>}
            {contact?.fallback && <span className="muted"> ({fallbackLabel})</span>}
            {sourceYear && <strong className="recheck"> {oldSource(sourceYear)}</strong>}
            {!sourceYear && contact && overdueForReview(contact, today) && <span className="muted"> · {notRecentlyChecked}</span>}
          </li>
        );
      })}
    </ul>
  );
}
