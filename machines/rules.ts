import { DUTIES } from "./duties";
import { allHold, PREDICATES, type PredicateName } from "./predicates";
import { SOURCES, type Source } from "./sources";
import { DUTY_KEYS, type Answers, type BodyKey, type Outcome, type RuleId } from "./vocabulary";

export type Bodies = { primary: BodyKey; also: BodyKey[] };

export type Rule = {
  id: RuleId;
  description: string;
  sources: readonly Source[];
  /** All must hold; rules are tried in table order and the first match wins. */
  when: readonly PredicateName[];
  /** Every primary body the rule can give (shown on the exported chart). */
  primaries: readonly BodyKey[];
  bodies: (answers: Answers) => Bodies;
};

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function settingCooperation(a: Answers): BodyKey[] {
  if (PREDICATES.reporterInEducation(a)) return ["SSP"];
  if (PREDICATES.reporterInPsychiatry(a)) return ["PSP"];
  if (PREDICATES.reporterInPrisonProbation(a)) return ["KSP"];
  return [];
}

const R8a: Rule = {
  id: "R8a",
  description: "Radicalisation; the reporter is a private person.",
  sources: [SOURCES.whereToTurn],
  when: ["concernRadicalisation", "reporterPrivate"],
  primaries: ["HOTLINE"],
  bodies: () => ({ primary: "HOTLINE", also: ["POLICE"] }),
};

const R8b: Rule = {
  id: "R8b",
  description: "Radicalisation; the person is in prison, on remand, on probation or about to be released.",
  sources: [SOURCES.seed, SOURCES.retsplejeloven115],
  when: ["concernRadicalisation", "inPrisonOrProbation"],
  primaries: ["KRIMINALFORSORGEN", "KSP"],
  bodies: (a) =>
    PREDICATES.reporterInPrisonProbation(a)
      ? { primary: "KRIMINALFORSORGEN", also: ["KSP", "INFOHOUSE"] }
      : { primary: "KSP", also: ["INFOHOUSE"] },
};

const R8c: Rule = {
  id: "R8c",
  description: "Radicalisation; the person is in psychiatric treatment.",
  sources: [SOURCES.seed, SOURCES.sundhedsloven43],
  when: ["concernRadicalisation", "inPsychiatricTreatment"],
  primaries: ["PSP"],
  bodies: () => ({ primary: "PSP", also: ["INFOHOUSE"] }),
};

const R8d: Rule = {
  id: "R8d",
  description: "Radicalisation; the person is under 18.",
  sources: [SOURCES.seed, SOURCES.barnetsLov],
  when: ["concernRadicalisation", "under18"],
  primaries: ["SSP"],
  bodies: () => ({ primary: "SSP", also: ["INFOHOUSE", "MUNICIPALITY"] }),
};

const R8e: Rule = {
  id: "R8e",
  description: "Radicalisation; the person is 18–24 (many municipalities run SSP+ up to 25).",
  sources: [SOURCES.seed],
  when: ["concernRadicalisation", "aged18to24"],
  primaries: ["SSP"],
  bodies: () => ({ primary: "SSP", also: ["INFOHOUSE"] }),
};

const R8f: Rule = {
  id: "R8f",
  description: "Radicalisation; the person is 25 or older, or the age is unknown.",
  sources: [SOURCES.seed, SOURCES.infoHouses],
  when: ["concernRadicalisation", "aged25plusOrUnknown"],
  primaries: ["INFOHOUSE"],
  bodies: () => ({ primary: "INFOHOUSE", also: ["MUNICIPALITY"] }),
};

const R8: readonly Rule[] = [R8a, R8b, R8c, R8d, R8e, R8f];

/** The R8 rule the answers give, ignoring advice first (R7) and VISO (R9). */
export function radicalisationRule(a: Answers): Rule | undefined {
  return R8.find((rule) => allHold(rule.when, a));
}

// A missing age reads as "age unknown", so R7 and R9 always have a rule beneath them.
const beneath = (a: Answers): Bodies => (radicalisationRule(a) ?? R8f).bodies(a);

/** First match wins, in this order. */
export const RULES: readonly Rule[] = [
  {
    id: "R0",
    description: "Immediate danger to life or health: call 112.",
    sources: [SOURCES.emergency112],
    when: ["acuteDanger"],
    primaries: ["EMERGENCY"],
    bodies: () => ({ primary: "EMERGENCY", also: [] }),
  },
  {
    id: "R1",
    description: "A crime is suspected: the police (114), then the setting's cooperation.",
    sources: [SOURCES.seed, SOURCES.whereToTurn, SOURCES.retsplejeloven115],
    when: ["crimeSuspected"],
    primaries: ["POLICE"],
    bodies: (a) => ({ primary: "POLICE", also: settingCooperation(a) }),
  },
  {
    id: "R2",
    description: "Travel to an armed conflict zone: the Info-House, with the police.",
    sources: [SOURCES.seed, SOURCES.infoHouses, SOURCES.whereToTurn],
    when: ["concernTravel"],
    primaries: ["INFOHOUSE"],
    bodies: (a) => ({
      primary: "INFOHOUSE",
      also: PREDICATES.under18(a) ? ["POLICE", "MUNICIPALITY"] : ["POLICE"],
    }),
  },
  {
    id: "R3",
    description: "Wants to leave an extremist environment: the Info-House; PET's exit programme explained.",
    sources: [SOURCES.seed, SOURCES.petExit, SOURCES.petPrevention],
    when: ["concernExitExtremism"],
    primaries: ["INFOHOUSE"],
    bodies: (a) => ({
      primary: "INFOHOUSE",
      also: PREDICATES.inPrisonOrProbation(a) ? ["KRIMINALFORSORGEN", "PET"] : ["PET"],
    }),
  },
  {
    id: "R4",
    description: "Wants to leave a gang or biker environment: the National Exit Contact Point.",
    sources: [SOURCES.seed],
    when: ["concernExitGang"],
    primaries: ["NFC_EXIT"],
    bodies: () => ({ primary: "NFC_EXIT", also: ["MUNICIPALITY"] }),
  },
  {
    id: "R5",
    description: "General prevention work, not one person: STUK for education, otherwise CDE.",
    sources: [SOURCES.seed, SOURCES.cde],
    when: ["concernGeneralPrevention"],
    primaries: ["STUK", "CDE"],
    bodies: (a) => (PREDICATES.reporterInEducation(a) ? { primary: "STUK", also: ["CDE"] } : { primary: "CDE", also: [] }),
  },
  {
    id: "R6",
    description: "General wellbeing only, no extremism: the municipality.",
    sources: [SOURCES.barnetsLov],
    when: ["concernWellbeing"],
    primaries: ["MUNICIPALITY"],
    bodies: () => ({ primary: "MUNICIPALITY", also: [] }),
  },
  {
    id: "R7",
    description: "Advice first (or crime unknown): the hotline, then the body R8 would give.",
    sources: [SOURCES.whereToTurn, SOURCES.hotlineFollowUp],
    when: ["concernRadicalisation", "wantsAdviceFirst"],
    primaries: ["HOTLINE"],
    bodies: (a) => {
      const base = beneath(a);
      const later = [base.primary, ...base.also];
      const police: BodyKey[] = PREDICATES.crimeUnknown(a) ? ["POLICE"] : [];
      return { primary: "HOTLINE", also: unique([...later, ...police]).filter((body) => body !== "HOTLINE") };
    },
  },
  R8a,
  // R9 refines R8b–R8f, so it is tried before them.
  {
    id: "R9",
    description: "Municipal social services and a specific person (R8b–R8f): as R8, plus VISO.",
    sources: [SOURCES.seed, SOURCES.viso],
    when: ["concernRadicalisation", "reporterInSocialServices"],
    // Not KRIMINALFORSORGEN: that primary needs a reporter on the Prison and Probation Service's staff.
    primaries: ["KSP", "PSP", "SSP", "INFOHOUSE"],
    bodies: (a) => {
      // Only R8b–R8f can lie beneath: R8a needs a private reporter.
      const { primary, also } = beneath(a);
      return { primary, also: unique([...also, "VISO"]) };
    },
  },
  R8b,
  R8c,
  R8d,
  R8e,
  R8f,
];

export function ruleById(id: RuleId): Rule {
  const rule = RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`Rule ${id} is missing from the table`);
  return rule;
}

export function ruleMatches(id: RuleId, answers: Answers): boolean {
  return allHold(ruleById(id).when, answers);
}

export function outcomeFor(id: RuleId, answers: Answers): Outcome {
  const { primary, also } = ruleById(id).bodies(answers);
  const facts = {
    answers,
    rule: id,
    radicalisationRule: radicalisationRule(answers)?.id,
    bodies: [primary, ...also],
  };
  return { rule: id, primary, also, duties: DUTY_KEYS.filter((key) => DUTIES[key].applies(facts)) };
}

/**
 * First-match routing over answers that hold every answer the route needs (as
 * replayAnswers collects them); partial answers can match a rule too early.
 */
export function routeAnswers(answers: Answers): Outcome | undefined {
  const rule = RULES.find((candidate) => allHold(candidate.when, answers));
  return rule ? outcomeFor(rule.id, answers) : undefined;
}
