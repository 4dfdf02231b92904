// An independent reading of docs/domain.md ("Questions", "Routing rules", "Refinements", "Duties").
// It imports types only: no rule, predicate or machine code.
import type { RuleId } from "../../machines/rules";
import type { Answers, BodyKey, DutyKey, Outcome, StepId } from "../../machines/vocabulary";

export type FullAnswers = Required<Answers>;
export type Expected = { outcome: Outcome; asked: StepId[] };

type Route = { rule: RuleId; primary: BodyKey; also: BodyKey[] };

/**
 * F18: the status questions the worker's role answers ("yes"), on the routes that ask them (radicalisation,
 * leaving an extremist environment), unless the worker's own answer differs. A full set of answers holds an
 * answer to every question, so the role answers exactly where that answer is "yes".
 */
export function answeredByRole(a: FullAnswers): Answers {
  if (a.acuteDanger || a.crimeSuspected === "yes" || (a.concern !== "radicalisation" && a.concern !== "exit_extremism")) return {};
  if (a.workplace === "psychiatry" && a.inPsychiatricTreatment === true) return { inPsychiatricTreatment: true };
  if (a.workplace === "prison_probation" && a.inPrisonOrProbation === true) return { inPrisonOrProbation: true };
  return {};
}

/** Which questions the spec says the route asks, in order, for a full set of answers. */
export function expectedQuestions(a: FullAnswers): StepId[] {
  const fromRole = answeredByRole(a);
  const unlessFromRole = (step: StepId): StepId[] => (step in fromRole ? [] : [step]);
  if (a.acuteDanger) return ["acuteDanger"];
  // Every route about one person asks the age before the municipality.
  const end: StepId[] = ["ageBand", "municipalityCode"];
  if (a.crimeSuspected === "yes") return ["acuteDanger", "crimeSuspected", "workplace", ...end];
  const asked: StepId[] = ["acuteDanger", "crimeSuspected", "concern", "workplace"];
  switch (a.concern) {
    case "travel":
    case "wellbeing":
    case "exit_gang":
      return [...asked, ...end];
    case "exit_extremism":
      return [...asked, ...unlessFromRole("inPrisonOrProbation"), ...end];
    case "general_prevention":
      return asked;
    case "radicalisation": {
      if (a.workplace === "private") return [...asked, ...end];
      asked.push(...unlessFromRole("inPrisonOrProbation"));
      // "Don't know" is asked on as "no".
      if (a.inPrisonOrProbation !== true) asked.push(...unlessFromRole("inPsychiatricTreatment"));
      asked.push(...end);
      if (a.crimeSuspected !== "unknown") asked.push("adviceFirst");
      return asked;
    }
  }
}

/**
 * The question pages a run of questions takes: the crime question is on the danger question's page, and the
 * psychiatry question on the prison question's, when the route asks it right after. The first question of the
 * run always has a page of its own.
 */
export function pageCountOf(questions: readonly StepId[]): number {
  return questions.filter((step, index) => index === 0 || !onOnePage(questions[index - 1], step)).length;
}

export const onOnePage = (previous: StepId | undefined, step: StepId | undefined): boolean =>
  (previous === "acuteDanger" && step === "crimeSuspected") || (previous === "inPrisonOrProbation" && step === "inPsychiatricTreatment");

function r8(a: FullAnswers): Route {
  if (a.workplace === "private") return { rule: "R8a", primary: "HOTLINE", also: ["POLICE"] };
  if (a.inPrisonOrProbation === true) {
    return a.workplace === "prison_probation"
      ? { rule: "R8b", primary: "KRIMINALFORSORGEN", also: ["KSP", "INFOHOUSE"] }
      : { rule: "R8b", primary: "KSP", also: ["INFOHOUSE"] };
  }
  if (a.inPsychiatricTreatment === true) return { rule: "R8c", primary: "PSP", also: ["INFOHOUSE"] };
  if (a.ageBand === "under18") return { rule: "R8d", primary: "SSP", also: ["INFOHOUSE", "MUNICIPALITY"] };
  if (a.ageBand === "18to24") return { rule: "R8e", primary: "SSP", also: ["INFOHOUSE"] };
  return { rule: "R8f", primary: "INFOHOUSE", also: ["MUNICIPALITY"] };
}

function route(a: FullAnswers): Route & { underR8?: RuleId } {
  if (a.acuteDanger) return { rule: "R0", primary: "EMERGENCY", also: [] };
  if (a.crimeSuspected === "yes") {
    const setting: BodyKey[] =
      a.workplace === "education" ? ["SSP"] : a.workplace === "psychiatry" ? ["PSP"] : a.workplace === "prison_probation" ? ["KSP"] : [];
    return { rule: "R1", primary: "POLICE", also: setting };
  }
  if (a.concern === "travel") {
    return { rule: "R2", primary: "INFOHOUSE", also: a.ageBand === "under18" ? ["POLICE", "MUNICIPALITY"] : ["POLICE"] };
  }
  if (a.concern === "exit_extremism") {
    return { rule: "R3", primary: "INFOHOUSE", also: a.inPrisonOrProbation === true ? ["KRIMINALFORSORGEN", "PET"] : ["PET"] };
  }
  if (a.concern === "exit_gang") return { rule: "R4", primary: "NFC_EXIT", also: ["MUNICIPALITY"] };
  if (a.concern === "general_prevention") {
    return a.workplace === "education" ? { rule: "R5", primary: "STUK", also: ["CDE"] } : { rule: "R5", primary: "CDE", also: [] };
  }
  if (a.concern === "wellbeing") return { rule: "R6", primary: "MUNICIPALITY", also: [] };

  // radicalisation
  const base = r8(a);
  const crimeUnknown = a.crimeSuspected === "unknown";
  // adviceFirst is never asked of a private person, so only crime "unknown" sends them to R7.
  const adviceRoute = crimeUnknown || (a.adviceFirst && a.workplace !== "private");
  if (adviceRoute) {
    const also: BodyKey[] = [];
    for (const body of [base.primary, ...base.also, ...(crimeUnknown ? (["POLICE"] as const) : [])]) {
      if (body !== "HOTLINE" && !also.includes(body)) also.push(body);
    }
    return { rule: "R7", primary: "HOTLINE", also, underR8: base.rule };
  }
  if (base.rule !== "R8a" && a.workplace === "social_services") {
    return { rule: "R9", primary: base.primary, also: [...base.also, "VISO"], underR8: base.rule };
  }
  return base;
}

/** "Don't know" on a status question that was asked adds the body to involve if it turns out so. */
function ifItTurnsOut(a: FullAnswers, asked: StepId[]): BodyKey[] {
  const bodies: BodyKey[] = [];
  if (asked.includes("inPrisonOrProbation") && a.inPrisonOrProbation === "unknown") bodies.push("KSP");
  if (asked.includes("inPsychiatricTreatment") && a.inPsychiatricTreatment === "unknown") bodies.push("PSP");
  return bodies;
}

export function oracle(a: FullAnswers): Expected {
  const r = route(a);
  const asked = expectedQuestions(a);
  const also = [...new Set([...r.also, ...ifItTurnsOut(a, asked)])].filter((body) => body !== r.primary);
  const bodies = [r.primary, ...also];
  const aboutOnePerson = r.rule !== "R0" && r.rule !== "R5";
  const child = aboutOnePerson && asked.includes("ageBand") && a.ageBand === "under18";
  const duties: DutyKey[] = [];
  if (child && a.workplace !== "private") duties.push("NOTIFY_MUNICIPALITY");
  if (child && (a.workplace === "private" || a.workplace === "other")) duties.push("NOTIFY_MUNICIPALITY_GENERAL");
  if ((a.workplace === "psychiatry" || a.workplace === "health") && aboutOnePerson) duties.push("HEALTH_DISCLOSURE");
  if (bodies.some((b) => b === "SSP" || b === "PSP" || b === "KSP" || b === "INFOHOUSE")) duties.push("SHARING_115");
  return { outcome: { rule: r.rule, primary: r.primary, also, duties }, asked };
}

export const EMERGENCY_OUTCOME: Outcome = { rule: "R0", primary: "EMERGENCY", also: [], duties: [] };
