import { yesNoStep } from "../step-kinds";

export const acuteDangerStep = yesNoStep("acuteDanger", {
  urlKey: "d",
  slug: "akut-fare",
  question: { da: "Er nogen i akut fare lige nu?", en: "Is anyone in immediate danger right now?" },
  hint: {
    da: "For eksempel hvis nogen trues på livet, eller hvis der snart kan ske vold eller et angreb.",
    en: "For example, if someone's life is threatened, or violence or an attack may happen soon.",
  },
  error: { da: "Vælg ja eller nej", en: "Select yes or no" },
});
