import { createTranslator } from "next-intl";
import type { DiagramTexts } from "./statechart-diagram";
import type { Locale } from "@/machines/locale";
import { RULE_IDS } from "@/machines/rules";
import { STEP_IDS } from "@/machines/vocabulary";
import da from "@/messages/da.json";
import en from "@/messages/en.json";

const MESSAGES = { da, en } satisfies Record<Locale, unknown>;

// Read from the messages directly rather than the request, so that the diagram also renders to a file.
export const modelTranslator = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "trainingModel" });
export const bodiesTranslator = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "bodies" });

/** The diagram's title and description. */
export function diagramTexts(locale: Locale): DiagramTexts {
  const t = modelTranslator(locale);
  return { title: t("diagramTitle"), description: t("diagramDescription", { questions: STEP_IDS.length, ends: RULE_IDS.length }) };
}
