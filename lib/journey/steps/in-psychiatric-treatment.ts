import { yesNoStep } from "../step-kinds";

export const inPsychiatricTreatmentStep = yesNoStep("inPsychiatricTreatment", {
  urlKey: "h",
  slug: "psykiatri",
  question: { da: "Er personen i psykiatrisk behandling?", en: "Is the person in psychiatric treatment?" },
  error: { da: "Vælg ja, nej eller »Ved ikke«", en: "Select yes, no or “Don't know”" },
});
