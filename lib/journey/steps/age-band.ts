import { choiceStep } from "../step-kinds";

export const ageBandStep = choiceStep(
  "ageBand",
  {
    urlKey: "a",
    slug: "alder",
    question: { da: "Hvor gammel er personen?", en: "How old is the person?" },
    error: { da: "Vælg personens alder eller »Ved ikke«", en: "Select the person's age or “Don't know”" },
  },
  {
    under18: { da: "Under 18 år", en: "Under 18" },
    "18to24": { da: "18–24 år", en: "18 to 24" },
    "25plus": { da: "25 år eller ældre", en: "25 or older" },
    unknown: { da: "Ved ikke", en: "Don't know" },
  },
);
