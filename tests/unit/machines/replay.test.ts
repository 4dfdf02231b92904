import { describe, expect, it } from "vitest";
import { replayAnswers } from "../../../machines/replay";
import type { Answers } from "../../../machines/vocabulary";
import { TEACHER_ANSWERS } from "../../helpers/personas";

const calm: Answers = { acuteDanger: false, crimeSuspected: "no" };

describe("replayAnswers", () => {
  it("gives EMERGENCY from acuteDanger alone", () => {
    expect(replayAnswers({ acuteDanger: true })).toEqual({
      status: "complete",
      outcome: { rule: "R0", primary: "EMERGENCY", also: [], duties: [] },
      asked: ["acuteDanger"],
      fromRole: {},
    });
  });

  it("asks the first question when nothing is answered", () => {
    expect(replayAnswers({})).toEqual({ status: "incomplete", next: "acuteDanger", asked: [], fromRole: {} });
  });

  it("stops at the first missing answer and names it", () => {
    expect(replayAnswers({ ...calm, concern: "travel" })).toEqual({
      status: "incomplete",
      next: "workplace",
      asked: ["acuteDanger", "crimeSuspected", "concern"],
      fromRole: {},
    });
  });

  it("treats an invalid answer as missing", () => {
    const answers = { acuteDanger: false, crimeSuspected: "maybe" } as unknown as Answers;
    expect(replayAnswers(answers)).toEqual({ status: "incomplete", next: "crimeSuspected", asked: ["acuteDanger"], fromRole: {} });
    expect(replayAnswers({ ...calm, concern: "exit_gang", workplace: "other", ageBand: "25plus", municipalityCode: " " })).toMatchObject({
      status: "incomplete",
      next: "municipalityCode",
    });
  });

  it("sends a suspected crime to the police with the setting's cooperation", () => {
    const answers: Answers = {
      acuteDanger: false,
      crimeSuspected: "yes",
      workplace: "psychiatry",
      ageBand: "25plus",
      municipalityCode: "101",
    };
    expect(replayAnswers(answers)).toEqual({
      status: "complete",
      outcome: { rule: "R1", primary: "POLICE", also: ["PSP"], duties: ["HEALTH_DISCLOSURE", "SHARING_115"] },
      asked: ["acuteDanger", "crimeSuspected", "workplace", "ageBand", "municipalityCode"],
      fromRole: {},
    });
  });

  it("routes a teacher's worry about a pupil under 18 to SSP, with the duty to notify", () => {
    const teacher: Answers = TEACHER_ANSWERS;
    expect(replayAnswers(teacher)).toMatchObject({
      status: "complete",
      outcome: {
        rule: "R8d",
        primary: "SSP",
        also: ["INFOHOUSE", "MUNICIPALITY"],
        duties: ["NOTIFY_MUNICIPALITY", "SHARING_115"],
      },
    });
    // Advice first keeps the duty and puts the R8 bodies behind the hotline.
    expect(replayAnswers({ ...teacher, adviceFirst: true })).toMatchObject({
      outcome: {
        rule: "R7",
        primary: "HOTLINE",
        also: ["SSP", "INFOHOUSE", "MUNICIPALITY"],
        duties: ["NOTIFY_MUNICIPALITY", "SHARING_115"],
      },
    });
  });

  it("adds VISO for social services but never on the advice route", () => {
    const socialWorker: Answers = {
      ...calm,
      concern: "radicalisation",
      workplace: "social_services",
      inPrisonOrProbation: true,
      ageBand: "25plus",
      municipalityCode: "101",
      adviceFirst: false,
    };
    expect(replayAnswers(socialWorker)).toMatchObject({
      outcome: { rule: "R9", primary: "KSP", also: ["INFOHOUSE", "VISO"], duties: ["SHARING_115"] },
    });
    expect(replayAnswers({ ...socialWorker, adviceFirst: true })).toMatchObject({
      outcome: { rule: "R7", primary: "HOTLINE", also: ["KSP", "INFOHOUSE"] },
    });
  });

  it("takes crime 'unknown' to the advice route with the police, without asking adviceFirst", () => {
    const result = replayAnswers({
      acuteDanger: false,
      crimeSuspected: "unknown",
      concern: "radicalisation",
      workplace: "health",
      inPrisonOrProbation: false,
      inPsychiatricTreatment: true,
      ageBand: "18to24",
      municipalityCode: "101",
      adviceFirst: false,
    });
    expect(result).toEqual({
      status: "complete",
      outcome: {
        rule: "R7",
        primary: "HOTLINE",
        also: ["PSP", "INFOHOUSE", "POLICE"],
        duties: ["HEALTH_DISCLOSURE", "SHARING_115"],
      },
      asked: [
        "acuteDanger",
        "crimeSuspected",
        "concern",
        "workplace",
        "inPrisonOrProbation",
        "inPsychiatricTreatment",
        "ageBand",
        "municipalityCode",
      ],
      fromRole: {},
    });
  });

  it("does not ask a psychiatric nurse whether the patient is in psychiatric treatment, unless the nurse said otherwise", () => {
    const nurse: Answers = {
      ...calm,
      concern: "radicalisation",
      workplace: "psychiatry",
      inPrisonOrProbation: false,
      ageBand: "25plus",
      municipalityCode: "461",
      adviceFirst: false,
    };
    const inferred = replayAnswers(nurse);
    expect(inferred).toMatchObject({
      status: "complete",
      outcome: { rule: "R8c", primary: "PSP" },
      fromRole: { inPsychiatricTreatment: true },
    });
    expect(inferred.asked).not.toContain("inPsychiatricTreatment");
    // Changed on check your answers: the nurse's own answer is asked and counts.
    const own = replayAnswers({ ...nurse, inPsychiatricTreatment: false });
    expect(own).toMatchObject({ status: "complete", outcome: { rule: "R8f" }, fromRole: {} });
    expect(own.asked).toContain("inPsychiatricTreatment");
  });

  it("does not ask a prison officer whether the inmate is in the Service's care", () => {
    const officer: Answers = {
      ...calm,
      concern: "exit_extremism",
      workplace: "prison_probation",
      ageBand: "25plus",
      municipalityCode: "101",
    };
    expect(replayAnswers(officer)).toMatchObject({
      status: "complete",
      outcome: { rule: "R3", primary: "INFOHOUSE", also: ["KRIMINALFORSORGEN", "PET"] },
      asked: ["acuteDanger", "crimeSuspected", "concern", "workplace", "ageBand", "municipalityCode"],
    });
  });

  it("ignores answers the route never asks for", () => {
    const prevention: Answers = { ...calm, concern: "general_prevention", workplace: "education" };
    const expected = {
      status: "complete",
      outcome: { rule: "R5", primary: "STUK", also: ["CDE"], duties: [] },
      asked: ["acuteDanger", "crimeSuspected", "concern", "workplace"],
      fromRole: {},
    };
    expect(replayAnswers(prevention)).toEqual(expected);
    expect(replayAnswers({ ...prevention, ageBand: "under18", adviceFirst: true, municipalityCode: "101" })).toEqual(expected);
    // A private person is never asked adviceFirst: a stale "true" must not turn R8a into R7.
    expect(
      replayAnswers({
        ...calm,
        concern: "radicalisation",
        workplace: "private",
        ageBand: "25plus",
        municipalityCode: "101",
        adviceFirst: true,
      }),
    ).toMatchObject({ outcome: { rule: "R8a", primary: "HOTLINE", also: ["POLICE"], duties: [] } });
  });
});
