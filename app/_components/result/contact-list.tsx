import { bestLink, type Contact } from "@/lib/directory/contact";

export type ContactListItem = { key: string; name: string; contact?: Contact };

/** Bodies in short: a name and one link each, marked when the link is only the nearest channel. */
export function ContactList({
  items,
  fallbackLabel,
  inline = false,
}: {
  items: ContactListItem[];
  fallbackLabel: string;
  inline?: boolean;
}) {
  return (
    <ul className={inline ? "contact-list contact-list-inline" : "contact-list"}>
      {items.map(({ key, name, contact }) => {
        const link = contact && bestLink(contact);
        return (
          <li key={key}>
            <strong>{name}</strong>
            {contact && contact.name !== name && `, ${contact.name}`}
            {link && (
              <>
                : <a href={link.href}>{link.text}</a>
              </>
            )}
            {contact?.hours && <span className="muted"> · {contact.hours}</span>}
            {contact?.fallback && <span className="muted"> ({fallbackLabel})</span>}
          </li>
        );
      })}
    </ul>
  );
}
