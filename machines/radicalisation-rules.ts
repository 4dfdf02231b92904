import { allHold, PREDICATES } from "./predicates";
import { defineRule, type Rule } from "./rule";
import { SOURCES } from "./sources";
import type { Answers } from "./vocabulary";

// R8: radicalisation in a specific person. R7 (advice first) and R9 (social services)
// are built on the R8 rule the answers give, so these rows live apart from the table.

export const R8a = defineRule({
  id: "R8a",
  description: "Radicalisation; the reporter is a private person.",
  sources: [SOURCES.whereToTurn],
  when: ["concernRadicalisation", "reporterPrivate"],
  aboutOnePerson: true,
  bodies: () => ({ primary: "HOTLINE", also: ["POLICE"] }),
  reasons: () => [{ id: "privatePerson" }],
});

export const R8b = defineRule({
  id: "R8b",
  description: "Radicalisation; the person is in prison, on remand, on probation or about to be released.",
  sources: [SOURCES.seed, SOURCES.retsplejeloven115],
  when: ["concernRadicalisation", "inPrisonOrProbation"],
  aboutOnePerson: true,
  bodies: (a) =>
    PREDICATES.reporterInPrisonProbation(a)
      ? { primary: "KRIMINALFORSORGEN", also: ["KSP", "INFOHOUSE"] }
      : { primary: "KSP", also: ["INFOHOUSE"] },
  reasons: (a, role) => [{ id: PREDICATES.reporterInPrisonProbation(a) ? "inPrisonStaff" : "inPrison", role }],
});

export const R8c = defineRule({
  id: "R8c",
  description: "Radicalisation; the person is in psychiatric treatment.",
  sources: [SOURCES.seed, SOURCES.sundhedsloven43],
  when: ["concernRadicalisation", "inPsychiatricTreatment"],
  aboutOnePerson: true,
  bodies: () => ({ primary: "PSP", also: ["INFOHOUSE"] }),
  reasons: (_, role) => [{ id: "inPsychiatry", role }],
});

export const R8d = defineRule({
  id: "R8d",
  description: "Radicalisation; the person is under 18.",
  sources: [SOURCES.seed, SOURCES.barnetsLov],
  when: ["concernRadicalisation", "under18"],
  aboutOnePerson: true,
  bodies: () => ({ primary: "SSP", also: ["INFOHOUSE", "MUNICIPALITY"] }),
  reasons: (_, role) => [{ id: "under18", role }],
});

export const R8e = defineRule({
  id: "R8e",
  description: "Radicalisation; the person is 18–24 (many municipalities run SSP+ up to 25).",
  sources: [SOURCES.seed],
  when: ["concernRadicalisation", "aged18to24"],
  aboutOnePerson: true,
  bodies: () => ({ primary: "SSP", also: ["INFOHOUSE"] }),
  reasons: (_, role) => [{ id: "aged18to24", role }],
});

export const R8f = defineRule({
  id: "R8f",
  description: "Radicalisation; the person is 25 or older, or the age is unknown.",
  sources: [SOURCES.seed, SOURCES.infoHouses],
  when: ["concernRadicalisation", "aged25plusOrUnknown"],
  aboutOnePerson: true,
  bodies: () => ({ primary: "INFOHOUSE", also: ["MUNICIPALITY"] }),
  reasons: (a, role) => [{ id: a.ageBand === "25plus" ? "aged25plus" : "ageUnknown", role }],
});

const R8 = [R8a, R8b, R8c, R8d, R8e, R8f];

/**
 * The R8 rule the answers give, for R7 and R9 to build on. A missing age reads as
 * "age unknown" (R8f), so there is always one.
 */
export function radicalisationRule(a: Answers): Rule {
  return R8.find((rule) => allHold(rule.when, a)) ?? R8f;
}
