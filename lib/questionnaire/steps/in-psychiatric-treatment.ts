import { yesNoStep } from "../step-kinds";

export const inPsychiatricTreatmentStep = yesNoStep("inPsychiatricTreatment", {
  urlKey: "h",
  slug: "psykiatri",
  question: { da: "Er personen i psykiatrisk behandling?", en: "Is the person in psychiatric treatment?" },
  hint: { da: "Svar nej, hvis du ikke ved det.", en: "Answer no if you do not know." },
  error: { da: "Vælg ja eller nej", en: "Select yes or no" },
});
