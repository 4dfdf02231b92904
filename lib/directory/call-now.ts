import { fixedContact } from "./always-available";
import type { Contact } from "./contact";
import type { Locale } from "@/machines/locale";

/** The best channel to reach the primary body right now, and what the page says about it. */
export type CallNow =
  /** The body's own phone or e-mail; `alsoPhone` is a channel to phone when the own one is an e-mail address. */
  | { own: true; contact: Contact; alsoPhone?: Contact }
  /**
   * No own phone or e-mail: the nearest channel that can be phoned (the municipality's switchboard, the police
   * on 114, or another body that advises, such as the prevention centre for schools), or the hotline, which refers on.
   */
  | { own: false; via: Via; contact: Contact; website?: { url: string; owner: string } };

type Via = "municipality" | "citizenService" | "police" | "hotline" | "other";

function viaWhom(channel: Contact, locale: Locale): Via {
  if (channel.phone === fixedContact("hotline", locale).phone) return "hotline";
  if (channel.phone === fixedContact("police", locale).phone) return "police";
  if (channel.channel === "switchboard") return "municipality";
  return channel.channel === "citizenService" ? "citizenService" : "other";
}

export function callNow(contacts: Contact[], locale: Locale): CallNow {
  const own = contacts.filter((contact) => !contact.fallback);
  const nearestPhone = contacts.find((contact) => contact.fallback && contact.phone);
  const byPhone = own.find((contact) => contact.phone);
  if (byPhone) return { own: true, contact: byPhone };
  const byEmail = own.find((contact) => contact.email);
  if (byEmail) return { own: true, contact: byEmail, ...(nearestPhone ? { alsoPhone: nearestPhone } : {}) };
  const hotline = fixedContact("hotline", locale);
  const channel = nearestPhone ?? hotline;
  // A page of the body's own, else the page of the channel to phone (a municipality's or a police district's site).
  const page = contacts.find((contact) => contact.url && contact.url !== channel.url) ?? (channel === hotline ? undefined : channel);
  const website = page?.url ? { url: page.url, owner: page.name } : undefined;
  return { own: false, via: viaWhom(channel, locale), contact: channel, ...(website ? { website } : {}) };
}
