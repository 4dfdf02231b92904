import { choiceStep } from "../step-kinds";

export const workplaceStep = choiceStep(
  "workplace",
  {
    urlKey: "w",
    slug: "arbejdsplads",
    question: { da: "Hvor arbejder du?", en: "Where do you work?" },
    hint: {
      da: "Vælg det, der passer bedst. Dit svar afgør, hvilke regler om tavshedspligt og underretning der gælder for dig.",
      en: "Choose the closest match. Your answer decides which rules on confidentiality and notification apply to you.",
    },
    error: { da: "Vælg, hvor du arbejder", en: "Select where you work" },
  },
  {
    education: { da: "Skole, dagtilbud eller uddannelse", en: "School, daycare or education" },
    psychiatry: { da: "Psykiatrien", en: "Psychiatry" },
    health: {
      da: "Et andet sted i sundhedsvæsenet, fx et hospital eller almen praksis",
      en: "Other health care, for example a hospital or a GP",
    },
    prison_probation: { da: "Kriminalforsorgen", en: "The Prison and Probation Service" },
    social_services: { da: "Kommunens socialforvaltning", en: "The municipality's social services" },
    other: {
      da: "Et andet sted, fx jobcenter eller boligorganisation",
      en: "Somewhere else, for example a job centre or a housing organisation",
    },
    private: { da: "Jeg henvender mig som privatperson", en: "I am asking as a private person" },
  },
);
