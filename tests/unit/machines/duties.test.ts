import { describe, expect, it } from "vitest";
import { replayAnswers } from "../../../machines/replay";
import type { Answers, DutyKey, Workplace } from "../../../machines/vocabulary";

// docs/domain.md, Duties: who must notify the municipality about a child, on every route about one person.
const EXPECTED_NOTIFICATION: Record<Workplace, DutyKey[]> = {
  education: ["NOTIFY_MUNICIPALITY"],
  psychiatry: ["NOTIFY_MUNICIPALITY"],
  health: ["NOTIFY_MUNICIPALITY"],
  prison_probation: ["NOTIFY_MUNICIPALITY"],
  social_services: ["NOTIFY_MUNICIPALITY"],
  // Maybe public service, maybe not: the heightened duty with its condition, and everyone's duty.
  other: ["NOTIFY_MUNICIPALITY", "NOTIFY_MUNICIPALITY_GENERAL"],
  private: ["NOTIFY_MUNICIPALITY_GENERAL"],
};

const calm = { acuteDanger: false, municipalityCode: "751", adviceFirst: false } as const;

// The routes the issue named as missing the duty, and the usual ones.
const ROUTES: Record<string, Answers> = {
  "a planned crime (R1)": { ...calm, crimeSuspected: "yes" },
  "travel to a conflict zone (R2)": { ...calm, crimeSuspected: "no", concern: "travel" },
  "leaving an extremist group (R3)": { ...calm, crimeSuspected: "no", concern: "exit_extremism", inPrisonOrProbation: false },
  "leaving a gang (R4)": { ...calm, crimeSuspected: "no", concern: "exit_gang" },
  "wellbeing (R6)": { ...calm, crimeSuspected: "no", concern: "wellbeing" },
  "radicalisation, not known to be in prison or treatment": {
    ...calm,
    crimeSuspected: "no",
    concern: "radicalisation",
    inPrisonOrProbation: "unknown",
    inPsychiatricTreatment: "unknown",
  },
  "radicalisation, in prison (R8b)": { ...calm, crimeSuspected: "no", concern: "radicalisation", inPrisonOrProbation: true },
  "radicalisation, crime unknown (R7)": {
    ...calm,
    crimeSuspected: "unknown",
    concern: "radicalisation",
    inPrisonOrProbation: false,
    inPsychiatricTreatment: false,
  },
};

const notificationDuties = (answers: Answers) => {
  const result = replayAnswers(answers);
  if (result.status !== "complete") throw new Error(`incomplete at ${result.next}: ${JSON.stringify(answers)}`);
  return result.outcome.duties.filter((duty) => duty.startsWith("NOTIFY_MUNICIPALITY"));
};

describe("the duty to notify the municipality", () => {
  for (const [route, answers] of Object.entries(ROUTES)) {
    for (const [workplace, expected] of Object.entries(EXPECTED_NOTIFICATION)) {
      it(`on ${route}, for ${workplace}: under 18 ${expected.join(" + ")}, from 18 none`, () => {
        const asked = { ...answers, workplace: workplace as Workplace };
        expect(notificationDuties({ ...asked, ageBand: "under18" })).toEqual(expected);
        expect(notificationDuties({ ...asked, ageBand: "18to24" })).toEqual([]);
      });
    }
  }

  it("is not shown for general prevention work or on the 112 page", () => {
    expect(notificationDuties({ ...calm, crimeSuspected: "no", concern: "general_prevention", workplace: "education" })).toEqual([]);
    expect(notificationDuties({ acuteDanger: true, ageBand: "under18" })).toEqual([]);
  });
});

describe("don't know on a status question", () => {
  it("routes as no and adds the body to involve if it turns out so", () => {
    const answers: Answers = {
      ...calm,
      crimeSuspected: "no",
      concern: "radicalisation",
      workplace: "education",
      inPrisonOrProbation: "unknown",
      inPsychiatricTreatment: "unknown",
      ageBand: "under18",
    };
    expect(replayAnswers(answers)).toMatchObject({
      status: "complete",
      outcome: { rule: "R8d", primary: "SSP", also: ["INFOHOUSE", "MUNICIPALITY", "KSP", "PSP"] },
    });
  });
});
