import { yesNoStep } from "../step-kinds";

export const adviceFirstStep = yesNoStep(
  "adviceFirst",
  {
    urlKey: "r",
    slug: "raad",
    question: {
      da: "Vil du have råd først, eller vil du give din bekymring videre nu?",
      en: "Do you want advice first, or do you want to pass your concern on now?",
    },
    hint: {
      da: "Er du i tvivl, kan du få råd først. Du kan være anonym.",
      en: "If you are unsure, you can get advice first. You can stay anonymous.",
    },
    error: { da: "Vælg, om du vil have råd først", en: "Select whether you want advice first" },
  },
  {
    yes: { da: "Jeg vil have råd først", en: "I want advice first" },
    no: { da: "Jeg vil give bekymringen videre nu", en: "I want to pass the concern on now" },
  },
);
