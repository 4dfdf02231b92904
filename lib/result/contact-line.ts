import { telHref, type Contact } from "../directory/contact";
import { pageLink } from "./page-link";
import type { Locale } from "@/machines/locale";
import type { BodyKey } from "@/machines/vocabulary";

export type ContactLink = { href: string; text: string; host?: string };

/**
 * One line of a contact list: the body's name once, the contact's own name only when it says more, and one
 * channel. `condition` says when the line applies ("if it turns out that …"), right at the contact.
 */
export type ContactLine = {
  key: string;
  body: BodyKey;
  label: string;
  detail?: string;
  link?: ContactLink;
  condition?: string;
  /** In place of a contact, for a body reached through others. */
  note?: string;
  contact?: Contact;
};

// "VISO – specialrådgivning …" → "VISO": two names with the same short name name the same body.
// "Center for … (Udlændingestyrelsen)" → "Center for …": the same body, with its parent authority.
const shortName = (name: string) =>
  (name.split(" – ")[0] ?? name)
    .replace(/\s*\(.*\)$/, "")
    .trim()
    .toLowerCase();

/** "Alarmcentralen – 112" with the channel 112 → "Alarmcentralen": the channel is shown beside the name anyway. */
export const withoutChannel = (name: string, channel: string) =>
  name.endsWith(` – ${channel}`) ? name.slice(0, -` – ${channel}`.length) : name;

/**
 * The card's line for a contact reached through another ("Fyns Politi: Ring til politiet på 114, og spørg efter
 * PSP."), without a name the sentence already says ("Politiet – 114: Ring til politiet på 114 …").
 */
export function viaLine(name: string, phone: string | undefined, sentence: string): string {
  const label = phone ? withoutChannel(name, phone) : name;
  return sentence.toLowerCase().includes(label.toLowerCase()) ? sentence : `${label}: ${sentence}`;
}

/** The one link that reaches a contact best: its phone, else its e-mail, else a link to its page. */
export function bestLink(contact: Contact, locale: Locale): ContactLink | undefined {
  if (contact.phone) return { href: telHref(contact.phone), text: contact.phone };
  if (contact.email) return { href: `mailto:${contact.email}`, text: contact.email };
  if (contact.url) return pageLink(contact.url, contact.name, locale);
  return undefined;
}

export function contactLine(input: {
  key: string;
  body: BodyKey;
  name: string;
  contact?: Contact;
  locale: Locale;
  condition?: string;
  note?: string;
}): ContactLine {
  const { key, body, contact, locale, condition, note } = input;
  const link = contact && bestLink(contact, locale);
  const label = link ? withoutChannel(input.name, link.text) : input.name;
  // A link to the contact's page already names its owner ("Gå til SSP Aalborgs side").
  const saysMore = contact !== undefined && !link?.host && shortName(contact.name) !== shortName(label) && !label.includes(contact.name);
  return {
    key,
    body,
    label,
    ...(saysMore ? { detail: contact.name } : {}),
    ...(link ? { link } : {}),
    ...(condition ? { condition } : {}),
    ...(note ? { note } : {}),
    ...(contact ? { contact } : {}),
  };
}
