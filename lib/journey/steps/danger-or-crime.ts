import { combinedStep } from "../step-kinds";
import { acuteDangerStep } from "./acute-danger";

// The police's own triage: 112 for danger now, 114 for a suspected crime. Danger now ends the questions (R0),
// so it needs no answer about a crime.
export const dangerOrCrimeStep = combinedStep(
  acuteDangerStep,
  {
    question: {
      da: "Er nogen i fare lige nu, eller har du mistanke om en forbrydelse?",
      en: "Is anyone in danger right now, or do you suspect a crime?",
    },
    error: { da: "Vælg et af svarene", en: "Select one of the answers" },
  },
  [
    {
      value: "danger",
      label: { da: "Ja, nogen er i akut fare lige nu", en: "Yes, someone is in immediate danger right now" },
      hint: acuteDangerStep.hint,
      answers: { acuteDanger: true },
    },
    {
      value: "crime",
      label: { da: "Ja, jeg har mistanke om en forbrydelse", en: "Yes, I suspect a crime" },
      hint: {
        da: "At der er begået eller bliver planlagt en forbrydelse, for eksempel trusler, vold, våben, planer om et angreb, hvervning til eller støtte af terrorisme.",
        en: "That a crime has been committed or is being planned, for example threats, violence, weapons, planning an attack, or recruiting for or supporting terrorism.",
      },
      answers: { acuteDanger: false, crimeSuspected: "yes" },
    },
    { value: "neither", label: { da: "Nej, ingen af delene", en: "No, neither" }, answers: { acuteDanger: false, crimeSuspected: "no" } },
    {
      value: "unknown",
      label: { da: "Ved ikke, om det er en forbrydelse", en: "I don't know whether it is a crime" },
      answers: { acuteDanger: false, crimeSuspected: "unknown" },
    },
  ],
);
