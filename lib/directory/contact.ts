import { needsRecheck } from "../dates";
import { fixedContact } from "./always-available";
import { isStale } from "./review";
import type { BodyKey } from "@/machines/vocabulary";

/** One way to reach a body, as the API and the result page show it. */
export type Contact = {
  /**
   * What a worker's report that the contact is wrong names: "contact:<id>", "municipality:<code>",
   * "district:<id>" or "fixed:<key>" (lib/directory/report-target.ts).
   */
  target: string;
  body: BodyKey;
  name: string;
  phone?: string;
  email?: string;
  url?: string;
  hours?: string;
  /** At a switchboard: whom to ask for. */
  askFor?: string;
  source: string;
  /** The date the source shows (YYYY, YYYY-MM or YYYY-MM-DD); absent when it shows none. */
  sourceDate?: string;
  /** The day the source was read. */
  verifiedAt: string;
  /** The day the contact is due to be checked again: set for the directory's own contacts. */
  nextReviewAt?: string;
  /** True when this is the nearest verified channel, not the body's own contact. */
  fallback: boolean;
  /** Why a fallback is shown, so that an administrator can fill the gap. */
  gap?: string;
  /**
   * Set when the contact is the municipality's switchboard (or Borgerservice's line, where the municipality's page
   * gives no other), standing in for a body it has no contact of.
   */
  channel?: "switchboard" | "citizenService";
  /**
   * Set on the municipality's unit for notifications about children (never the contact for an adult) and on its
   * social services for adults (never the contact for a child).
   */
  audience?: "children" | "adults";
};

/**
 * Bodies a worker does not contact directly: no source tells frontline workers to contact PET, which works
 * through the police districts and the Info-Houses (docs/domain.md, Bodies). The page explains them instead.
 */
export const REACHED_THROUGH_OTHERS: ReadonlySet<BodyKey> = new Set(["PET"]);

/** A phone number as a tel: link, e.g. "41 74 90 90" → "tel:41749090". */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

/** Whether the contact is past its review date: it was last checked more than a year ago. */
export const overdueForReview = (contact: Contact, today: string) =>
  contact.nextReviewAt !== undefined && isStale(contact.nextReviewAt, today);

/**
 * The year of a contact's source when it is more than two years old, so the page can say to check it before
 * use. Not for a police district reached on 114: the number is the national one, whatever the page's age.
 */
export function oldSourceYear(contact: Contact, today: string): string | undefined {
  if (contact.fallback && contact.phone === fixedContact("police", "da").phone) return undefined;
  return contact.sourceDate && needsRecheck(contact.sourceDate, today) ? contact.sourceDate.slice(0, 4) : undefined;
}
