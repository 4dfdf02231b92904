import { describe, expect, it } from "vitest";
import { resolveFromDirectory } from "../../lib/directory/resolve-contacts";
import { lookupInSnapshot } from "../../lib/directory/snapshot-lookup";
import type { ContactLine } from "../../lib/result/contact-line";
import { bodiesToResolve, resultContent, type ResultContent } from "../../lib/result/result-content";
import type { Locale } from "../../machines/locale";
import type { Answers, BodyKey, Outcome } from "../../machines/vocabulary";
import childNotificationContacts from "../../prisma/seed-data/child-notification-contacts.json" with { type: "json" };
import da from "../../messages/da.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import { simplePathsToFinal, type Path } from "./chart-graph";
import { seedDirectory } from "./seed-directory";

// The page of every route, built from the seed directory, must never contradict itself: it names no body it gives
// no contact for, it gives an adult no contact meant for children, and it names each channel once.

// Aarhus, Aalborg, Holbæk, København and Horsens have a unit for notifications about children; Rødovre has none.
// Aarhus and Rødovre are given a unit of social services for adults below, which the seed data holds for none.
const MUNICIPALITIES = ["751", "851", "316", "101", "615", "175"] as const;
const WITH_ADULT_SERVICES = ["751", "175"];
const MESSAGES = { da, en } as const;

// How the texts name a body. "Din kommunes" (the worker's own municipality) is not the outside municipality.
const NAMED: Partial<Record<BodyKey, RegExp>> = {
  SSP: /\bSSP\b/,
  PSP: /\bPSP\b/,
  KSP: /\bKSP\b/,
  VISO: /\bVISO\b/,
  INFOHOUSE: /Infohus|Info-House/,
  HOTLINE: /hotline/i,
  NFC_EXIT: /exitkontaktpunkt|exit contact point/i,
  POLICE: /\bpolitiet\b|\bthe police\b/i,
  MUNICIPALITY: /\bkommunen\b|\bkommunens\b|\bKommune\b|\bthe municipality\b|\bMunicipality\b/,
  CDE: /\bCDE\b|Center for Dokumentation/,
  STUK: /\bSTUK\b|Styrelsen for Undervisning/,
  PET: /\bPET\b/,
};

const CHILDREN_UNITS = new Set(childNotificationContacts.flatMap((record) => [record.nameDa, record.nameEn]));
const ADULT_UNIT = { da: "Socialrådgivningen for voksne", en: "Social services for adults" };

function answersOf(path: Path): Answers {
  const answers: Answers = {};
  for (const step of path.steps) if (step.event.type === "answer.submitted") Object.assign(answers, step.event.answers);
  return answers;
}

const lineText = (line: ContactLine) => [line.label, line.detail, line.link?.text].filter(Boolean).join(", ");

/** The bodies a text names. */
const namedIn = (text: string) => (Object.keys(NAMED) as BodyKey[]).filter((body) => NAMED[body]!.test(text));

const seeded = seedDirectory();
const adultServices = WITH_ADULT_SERVICES.map((municipalityCode) => ({
  ...seeded.contacts.find((contact) => contact.municipalityCode === municipalityCode)!,
  body: "MUNICIPALITY" as const,
  nameDa: ADULT_UNIT.da,
  nameEn: ADULT_UNIT.en,
  phone: "70 10 20 30",
  audience: "ADULTS" as const,
}));
const directory = { ...seeded, contacts: [...seeded.contacts, ...adultServices] };

const lookups = new Map<string, ReturnType<typeof lookupInSnapshot>>();
const lookupOf = (municipalityCode: string | undefined, locale: Locale) => {
  const key = `${municipalityCode}|${locale}`;
  if (!lookups.has(key)) lookups.set(key, lookupInSnapshot(directory, municipalityCode, locale));
  return lookups.get(key)!;
};

function pageOf(answers: Answers, outcome: Outcome, locale: Locale): ResultContent {
  const lookup = lookupOf(answers.municipalityCode, locale);
  return resultContent({
    answers,
    outcome,
    resolved: resolveFromDirectory(lookup, bodiesToResolve(outcome), answers.municipalityCode),
    locale,
    bodyName: (body) => MESSAGES[locale].bodies[body],
    reachedThroughOthers: MESSAGES[locale].result.reachedThroughOthers,
  });
}

/** Every way the page contradicts itself, in words. */
function contradictions(answers: Answers, outcome: Outcome, page: ResultContent): string[] {
  const problems: string[] = [];
  const notifyLines = page.duties.flatMap(({ notify }) => (notify?.line ? [notify.line] : []));
  const lines = [...page.also, ...page.always, ...notifyLines];
  const reachable = new Set<BodyKey>([outcome.primary, ...lines.filter((line) => !line.condition).map((line) => line.body)]);

  // Every body the first steps and the duties name has a contact on the page. The law's own description of who
  // may share under retsplejeloven § 115 names the cooperations in general, not a body to contact.
  const dutyTexts = page.duties.flatMap(({ basis, notify }) => [
    ...(basis.id === "retsplejeloven-115" ? [] : [basis.summary]),
    ...(notify ? [notify.action] : []),
  ]);
  for (const text of [...page.firstSteps, ...dutyTexts])
    for (const body of namedIn(text)) if (!reachable.has(body)) problems.push(`"${text}" names ${body}, which has no contact on the page`);
  for (const { basis, notify } of page.duties)
    if (notify && !notify.line) problems.push(`${basis.title}: no channel to notify the municipality`);
  const legalTexts = [...page.firstSteps, ...page.duties.flatMap(({ basis }) => [basis.summary, basis.citation, basis.caveat ?? ""])];
  for (const text of legalTexts) if (/§ \d/.test(text)) problems.push(`"${text}" may break a line between § and its number`);

  // A contact meant for children is never given for an adult, and for an age not known only with its condition.
  const adult = answers.ageBand === "18to24" || answers.ageBand === "25plus";
  const forChildren = (contact: { name: string } | undefined) => contact !== undefined && CHILDREN_UNITS.has(contact.name);
  if (forChildren(page.call.contact) && answers.ageBand !== "under18") problems.push(`the call card gives ${page.call.contact.name}`);
  for (const line of lines) {
    if (!forChildren(line.contact)) continue;
    if (adult) problems.push(`an adult gets ${line.contact!.name}`);
    else if (answers.ageBand !== "under18" && !line.condition) problems.push(`${line.contact!.name} without "if under 18"`);
  }
  // …and one meant for adults never for a child; an adult gets it where the municipality has one, else the
  // switchboard with the unit to ask for.
  const forAdults = (contact: { name: string } | undefined) => contact !== undefined && Object.values(ADULT_UNIT).includes(contact.name);
  if (forAdults(page.call.contact) && !adult)
    problems.push(`the call card gives ${page.call.contact.name} for someone not known to be an adult`);
  for (const line of lines) {
    if (!forAdults(line.contact)) continue;
    if (answers.ageBand === "under18") problems.push(`a child gets ${line.contact!.name}`);
    else if (!adult && !line.condition) problems.push(`${line.contact!.name} without "if 18 or older"`);
  }
  // (Without a switchboard number, the call card gives the hotline: not the municipality's contact.)
  const municipal = [page.call.contact, ...lines.filter((line) => !line.condition).flatMap((line) => line.contact ?? [])].filter(
    (contact) => contact.body === "MUNICIPALITY",
  );
  for (const contact of adult ? municipal : []) {
    const hasAdultUnit = WITH_ADULT_SERVICES.includes(answers.municipalityCode ?? "");
    if (hasAdultUnit && !forAdults(contact))
      problems.push(`an adult gets ${contact.name} where the municipality has social services for adults`);
    if (!hasAdultUnit && contact.phone && !contact.askFor) problems.push(`an adult is sent to ${contact.name} without the unit to ask for`);
  }

  // Each line names its body once and its channel once; no line is repeated.
  for (const line of lines) {
    const parts = [line.label, line.detail, line.link?.text]
      .filter((part): part is string => Boolean(part))
      .map((part) => part.toLowerCase());
    const short = parts.map((part) => part.split(" – ")[0]!);
    const repeats =
      parts.some((part, i) => parts.some((other, j) => i !== j && other.includes(part))) || new Set(short).size < short.length;
    if (repeats) problems.push(`the line "${lineText(line)}" says a name or channel twice`);
  }
  for (const list of [page.also, page.always]) {
    const listed = list.map((line) => `${line.condition ?? ""}${lineText(line)}`);
    for (const text of new Set(listed.filter((text, i) => listed.indexOf(text) !== i))) problems.push(`"${text}" is listed twice`);
  }
  return problems;
}

describe("the result page of every route", () => {
  const routes = simplePathsToFinal(false).paths.flatMap((path) =>
    path.state.output ? [{ answers: answersOf(path), outcome: path.state.output }] : [],
  );

  it("never contradicts itself, for every route, in each language and in municipalities with and without their own contacts", () => {
    expect(routes.length).toBeGreaterThan(100);
    const started = performance.now();
    const problems = new Set<string>();
    for (const { answers, outcome } of routes) {
      if (outcome.rule === "R0") continue;
      for (const municipalityCode of MUNICIPALITIES)
        for (const locale of ["da", "en"] as const) {
          const withPlace = { ...answers, municipalityCode };
          for (const problem of contradictions(withPlace, outcome, pageOf(withPlace, outcome, locale)))
            problems.add(`${JSON.stringify(withPlace)} (${locale}): ${problem}`);
        }
    }
    console.info(
      `${routes.length} routes × ${MUNICIPALITIES.length} municipalities × 2 languages in ${Math.round(performance.now() - started)} ms`,
    );
    expect([...problems].slice(0, 20)).toEqual([]);
  });
});
