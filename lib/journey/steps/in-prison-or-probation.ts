import { yesNoStep } from "../step-kinds";

export const inPrisonOrProbationStep = yesNoStep("inPrisonOrProbation", {
  urlKey: "p",
  slug: "kriminalforsorg",
  question: {
    da: "Er personen i fængsel, varetægtsfængslet eller under tilsyn af Kriminalforsorgen, eller skal personen snart løslades?",
    en: "Is the person in prison, on remand or on probation, or about to be released?",
  },
  error: { da: "Vælg ja, nej eller »Ved ikke«", en: "Select yes, no or “Don't know”" },
});
