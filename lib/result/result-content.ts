// What a result page says, as plain data: whom to call, the first steps, the duties with their channel, the other
// contacts and those always available. Pure, so that a test can build the page of every route.
import { fixedContact } from "../directory/always-available";
import { callNow, type CallNow } from "../directory/call-now";
import { REACHED_THROUGH_OTHERS, type Contact } from "../directory/contact";
import type { ResolvedContacts } from "../directory/resolve-contacts";
import { firstSteps } from "./first-steps";
import { legalBasisFor, type LegalBasis } from "../legal/legal-basis";
import { contactLine, type ContactLine } from "./contact-line";
import { ASK_FOR_ADULT_SERVICES, IF_A_CHILD, IF_AN_ADULT, IF_IT_TURNS_OUT, NOTIFY_ACTION, THE_MUNICIPALITY } from "./result-texts";
import type { Locale } from "@/machines/locale";
import { ifItTurnsOut } from "@/machines/rules";
import type { Answers, BodyKey, DutyKey, Outcome } from "@/machines/vocabulary";

export type DutyItem = { basis: LegalBasis; notify?: { action: string; line?: ContactLine } };

export type ResultContent = {
  call: CallNow;
  firstSteps: string[];
  duties: DutyItem[];
  also: ContactLine[];
  always: ContactLine[];
  /** Every contact the page shows, for its sources. */
  shown: Contact[];
};

const NOTIFY_DUTIES: readonly DutyKey[] = ["NOTIFY_MUNICIPALITY", "NOTIFY_MUNICIPALITY_GENERAL"];
const ALWAYS = ["emergency", "police", "hotline"] as const;

/** The bodies whose contacts a route's page needs: its own, and the municipality to notify about a child. */
export function bodiesToResolve(outcome: Outcome): BodyKey[] {
  const notifies = outcome.duties.some((duty) => NOTIFY_DUTIES.includes(duty));
  return [...new Set<BodyKey>([outcome.primary, ...outcome.also, ...(notifies ? ["MUNICIPALITY" as const] : [])])];
}

/**
 * The municipality's contact for the person's age: a child's goes to the unit for notifications about children, an
 * adult's to the social services for adults, never to the other. Where the directory has no such unit, the
 * municipality's general contact (an adult's with the unit to ask for). When the age is not known, the general
 * contact, and each unit with its condition said (decisions "municipal contacts by age" and "adult services").
 */
export function municipalContacts(
  contacts: Contact[],
  answers: Answers,
  locale: Locale,
): { main?: Contact; ifChild?: Contact; ifAdult?: Contact } {
  const forChildren = contacts.find((contact) => contact.audience === "children");
  const forAdults = contacts.find((contact) => contact.audience === "adults");
  const general = contacts.find((contact) => contact.audience === undefined);
  if (answers.ageBand === "under18") return { main: forChildren ?? general };
  const ageUnknown = answers.ageBand === undefined || answers.ageBand === "unknown";
  if (!ageUnknown) {
    const main = forAdults ?? (general && { ...general, askFor: general.askFor ?? ASK_FOR_ADULT_SERVICES[locale] });
    return main ? { main } : {};
  }
  return {
    ...(general ? { main: general } : {}),
    ...(forChildren ? { ifChild: forChildren } : {}),
    ...(forAdults ? { ifAdult: forAdults } : {}),
  };
}

export function resultContent(input: {
  answers: Answers;
  outcome: Outcome;
  resolved: ResolvedContacts;
  locale: Locale;
  bodyName: (body: BodyKey) => string;
  /** Said in place of a contact for a body reached through others (PET). */
  reachedThroughOthers: string;
}): ResultContent {
  const { answers, outcome, resolved, locale, bodyName, reachedThroughOthers } = input;
  const municipal = municipalContacts(
    resolved.contacts.filter((contact) => contact.body === "MUNICIPALITY"),
    answers,
    locale,
  );
  const contactsOf = (body: BodyKey): Contact[] =>
    body === "MUNICIPALITY" ? (municipal.main ? [municipal.main] : []) : resolved.contacts.filter((contact) => contact.body === body);
  const line = (body: BodyKey, contact: Contact | undefined, extra: { key?: string; condition?: string } = {}) =>
    contactLine({ key: extra.key ?? body, body, name: bodyName(body), locale, ...(contact ? { contact } : {}), ...extra });

  const firstNotify = outcome.duties.find((duty) => NOTIFY_DUTIES.includes(duty));
  const notifyLine = firstNotify && municipal.main ? line("MUNICIPALITY", municipal.main) : undefined;
  const municipality = resolved.area?.municipality ?? THE_MUNICIPALITY[locale];
  const duties = legalBasisFor(outcome.duties, locale).map((basis, index): DutyItem =>
    outcome.duties[index] === firstNotify
      ? {
          basis,
          notify: { action: NOTIFY_ACTION[locale].replace("{municipality}", municipality), ...(notifyLine ? { line: notifyLine } : {}) },
        }
      : { basis },
  );

  const conditional = new Set(ifItTurnsOut(answers).map(({ body }) => body));
  // The municipality to notify is shown with the duty; on R9 it is the worker's own organisation and stays here.
  const shownWithDuty = notifyLine !== undefined && outcome.rule !== "R9";
  const municipalityOnPage = outcome.primary === "MUNICIPALITY" || outcome.also.includes("MUNICIPALITY");
  const byAge = municipalityOnPage && !shownWithDuty;
  const ifAge = [
    ...(byAge && municipal.ifChild
      ? [line("MUNICIPALITY", municipal.ifChild, { key: "MUNICIPALITY-children", condition: IF_A_CHILD[locale] })]
      : []),
    ...(byAge && municipal.ifAdult
      ? [line("MUNICIPALITY", municipal.ifAdult, { key: "MUNICIPALITY-adults", condition: IF_AN_ADULT[locale] })]
      : []),
  ];
  const also = outcome.also.flatMap((body): ContactLine[] => {
    if (REACHED_THROUGH_OTHERS.has(body))
      return [contactLine({ key: body, body, name: bodyName(body), locale, note: reachedThroughOthers })];
    if (body === "MUNICIPALITY") return shownWithDuty ? [] : [line(body, municipal.main)];
    const condition = conditional.has(body) ? IF_IT_TURNS_OUT[body]?.[locale] : undefined;
    return [line(body, contactsOf(body)[0], condition ? { condition } : {})];
  });
  also.push(...ifAge);

  // 112, 114 and the hotline stay together on every page, even when one of them is also a body of the route.
  const always = ALWAYS.map((key) => fixedContact(key, locale)).map((contact) =>
    contactLine({ key: contact.body, body: contact.body, name: contact.name, contact, locale }),
  );
  const withNotify = [...also, ...(notifyLine ? [notifyLine] : [])];
  const onPageBodies = new Set<BodyKey>([
    outcome.primary,
    ...[...always, ...withNotify].filter((item) => !item.condition).map((item) => item.body),
  ]);

  const primaryContacts = contactsOf(outcome.primary);
  const call = callNow(primaryContacts, locale);
  const lines = [...also, ...always, ...(notifyLine ? [notifyLine] : [])];
  const shown = [...primaryContacts, call.contact, ...lines.flatMap((item) => item.contact ?? [])];
  return { call, firstSteps: firstSteps(answers, onPageBodies, locale), duties, also, always, shown: [...new Set(shown)] };
}
