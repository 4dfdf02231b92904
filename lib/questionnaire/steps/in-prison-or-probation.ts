import { yesNoStep } from "../step-kinds";

export const inPrisonOrProbationStep = yesNoStep("inPrisonOrProbation", {
  urlKey: "p",
  slug: "kriminalforsorg",
  question: {
    da: "Er personen i fængsel, varetægt eller under tilsyn af Kriminalforsorgen, eller skal personen snart løslades?",
    en: "Is the person in prison, on remand or on probation, or about to be released?",
  },
  hint: { da: "Svar nej, hvis du ikke ved det.", en: "Answer no if you do not know." },
  error: { da: "Vælg ja eller nej", en: "Select yes or no" },
});
