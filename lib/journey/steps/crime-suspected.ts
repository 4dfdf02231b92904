import { choiceStep } from "../step-kinds";

export const crimeSuspectedStep = choiceStep(
  "crimeSuspected",
  {
    urlKey: "c",
    slug: "forbrydelse",
    question: {
      da: "Har du mistanke om, at der er begået eller bliver planlagt en forbrydelse?",
      en: "Do you suspect that a crime has been committed or is being planned?",
    },
    hint: {
      da: "For eksempel trusler, vold, våben, planer om et angreb, hvervning til eller støtte af terrorisme.",
      en: "For example threats, violence, weapons, planning an attack, or recruiting for or supporting terrorism.",
    },
    error: { da: "Vælg ja, nej eller »Ved ikke«", en: "Select yes, no or “Don't know”" },
  },
  {
    yes: { da: "Ja", en: "Yes" },
    no: { da: "Nej", en: "No" },
    unknown: { da: "Ved ikke", en: "Don't know" },
  },
);
