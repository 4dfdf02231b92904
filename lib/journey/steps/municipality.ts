import { MUNICIPALITY_NAMES } from "../../directory/municipality-names";
import { selectStep } from "../step-kinds";

const byName = [...MUNICIPALITY_NAMES].sort(([, a], [, b]) => a.localeCompare(b, "da"));

export const municipalityStep = selectStep(
  "municipalityCode",
  {
    urlKey: "m",
    slug: "kommune",
    question: { da: "I hvilken kommune bor personen?", en: "In which municipality does the person live?" },
    hint: {
      da: "Hvis du ikke ved det, så vælg den kommune, hvor du selv bor eller arbejder.",
      en: "If you do not know, choose the municipality where you live or work.",
    },
    error: { da: "Vælg en kommune", en: "Select a municipality" },
  },
  byName.map(([code, name]) => ({ value: code, label: { da: name, en: name } })),
);
