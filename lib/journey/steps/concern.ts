import { choiceStep } from "../step-kinds";

export const concernStep = choiceStep(
  "concern",
  {
    urlKey: "k",
    slug: "bekymring",
    question: { da: "Hvad handler din bekymring om?", en: "What is your concern about?" },
    error: { da: "Vælg det, din bekymring handler om", en: "Select what your concern is about" },
  },
  {
    radicalisation: { da: "Tegn på radikalisering hos en bestemt person", en: "Signs of radicalisation in a specific person" },
    travel: { da: "Planer om at rejse til et område med væbnet konflikt", en: "Plans to travel to an armed conflict zone" },
    exit_extremism: { da: "Personen vil gerne ud af et ekstremistisk miljø", en: "The person wants to leave an extremist environment" },
    exit_gang: { da: "Personen vil gerne ud af et rocker- eller bandemiljø", en: "The person wants to leave a biker or gang environment" },
    general_prevention: { da: "Forebyggende arbejde generelt – ikke en bestemt person", en: "Prevention work in general – not one person" },
    wellbeing: { da: "Personens trivsel – ikke ekstremisme", en: "The person's wellbeing – not extremism" },
  },
);
