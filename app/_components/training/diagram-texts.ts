import { createTranslator } from "next-intl";
import type { DiagramTexts } from "./statechart-diagram";
import type { Locale } from "@/machines/locale";
import { RULE_IDS } from "@/machines/rules";
import { STEP_IDS } from "@/machines/vocabulary";
import da from "@/messages/da.json";
import en from "@/messages/en.json";

const MESSAGES = { da, en } satisfies Record<Locale, unknown>;

/** The diagram's title and description; read from the messages directly, so the downloaded SVG needs no request. */
export function diagramTexts(locale: Locale): DiagramTexts {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "trainingModel" });
  return { title: t("diagramTitle"), description: t("diagramDescription", { questions: STEP_IDS.length, ends: RULE_IDS.length }) };
}
