import { choiceStep } from "../step-kinds";

export const workplaceStep = choiceStep(
  "workplace",
  {
    urlKey: "w",
    slug: "arbejdsplads",
    question: { da: "Hvordan kender du personen?", en: "How do you know the person?" },
    hint: {
      da: "Vælg det, der passer bedst. Dit svar afgør, hvilke regler om tavshedspligt og underretning der gælder for dig.",
      en: "Choose the closest match. Your answer decides which rules on confidentiality and notification apply to you.",
    },
    error: { da: "Vælg, hvordan du kender personen", en: "Select how you know the person" },
  },
  {
    education: { da: "Gennem mit arbejde i skole, dagtilbud eller uddannelse", en: "Through my work in a school, daycare or education" },
    psychiatry: { da: "Gennem mit arbejde i psykiatrien", en: "Through my work in psychiatry" },
    health: {
      da: "Gennem mit arbejde et andet sted i sundhedsvæsenet, fx på et hospital eller i almen praksis",
      en: "Through my work elsewhere in health care, for example a hospital or a GP practice",
    },
    prison_probation: { da: "Gennem mit arbejde i Kriminalforsorgen", en: "Through my work in the Prison and Probation Service" },
    social_services: {
      da: "Gennem mit arbejde i kommunens socialforvaltning",
      en: "Through my work in the municipality's social services",
    },
    other: {
      da: "Gennem et andet arbejde, fx i et jobcenter eller en boligorganisation",
      en: "Through other work, for example in a job centre or a housing organisation",
    },
    private: { da: "Privat, fx som familie, ven eller nabo", en: "Privately, for example as family, a friend or a neighbour" },
  },
);
