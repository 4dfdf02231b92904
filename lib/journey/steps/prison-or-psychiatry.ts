import { combinedStep } from "../step-kinds";
import { inPrisonOrProbationStep } from "./in-prison-or-probation";

// The Prison and Probation Service comes first: a person in its care goes to KSP even when also in psychiatric
// treatment (R8b before R8c). Not knowing adds the body to contact if it turns out (F17): PSP, or with "Ved ikke"
// both KSP and PSP.
export const prisonOrPsychiatryStep = combinedStep(
  inPrisonOrProbationStep,
  {
    question: {
      da: "Er personen i Kriminalforsorgens varetægt eller i psykiatrisk behandling?",
      en: "Is the person in the care of the Prison and Probation Service, or in psychiatric treatment?",
    },
    error: { da: "Vælg et af svarene eller »Ved ikke«", en: "Select one of the answers or “Don't know”" },
  },
  [
    {
      value: "prison",
      label: { da: "I Kriminalforsorgens varetægt", en: "In the care of the Prison and Probation Service" },
      hint: {
        da: "I fængsel, varetægtsfængslet, under tilsyn af Kriminalforsorgen eller snart løsladt – også hvis personen samtidig er i psykiatrisk behandling.",
        en: "In prison, on remand, on probation or about to be released – also if the person is in psychiatric treatment as well.",
      },
      answers: { inPrisonOrProbation: true },
    },
    {
      value: "psychiatry",
      label: { da: "I psykiatrisk behandling", en: "In psychiatric treatment" },
      answers: { inPrisonOrProbation: false, inPsychiatricTreatment: true },
    },
    {
      value: "neither",
      label: { da: "Ingen af delene", en: "Neither" },
      answers: { inPrisonOrProbation: false, inPsychiatricTreatment: false },
    },
    {
      value: "psychiatryUnknown",
      label: {
        da: "Ikke i Kriminalforsorgens varetægt, men jeg ved ikke, om personen er i psykiatrisk behandling",
        en: "Not in the care of the Prison and Probation Service, but I don't know about psychiatric treatment",
      },
      answers: { inPrisonOrProbation: false, inPsychiatricTreatment: "unknown" },
    },
    {
      value: "unknown",
      label: { da: "Ved ikke", en: "Don't know" },
      answers: { inPrisonOrProbation: "unknown", inPsychiatricTreatment: "unknown" },
    },
  ],
);
