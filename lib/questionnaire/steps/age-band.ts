import { choiceStep } from "../step-definition";

export const ageBandStep = choiceStep(
  "ageBand",
  {
    urlKey: "a",
    slug: "alder",
    question: { da: "Hvor gammel er personen?", en: "How old is the person?" },
    error: { da: "Vælg personens alder eller »Ved ikke«", en: "Select the person's age or “Don't know”" },
  },
  [
    { value: "under18", label: { da: "Under 18 år", en: "Under 18" } },
    { value: "18to24", label: { da: "18–24 år", en: "18 to 24" } },
    { value: "25plus", label: { da: "25 år eller ældre", en: "25 or older" } },
    { value: "unknown", label: { da: "Ved ikke", en: "Don't know" } },
  ],
);
