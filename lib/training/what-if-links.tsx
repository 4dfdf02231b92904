import { getTranslations } from "next-intl/server";
import { whatIfPath } from "@/lib/training/paths";
import { stepDefinition } from "@/lib/journey/steps";
import type { Locale } from "@/machines/locale";
import type { Answers, StepId } from "@/machines/vocabulary";

type Props = { locale: Locale; slug: string; answers: Answers; asked: StepId[] };

/**
 * For each question of the route, a link per other option: the same answers with that one changed.
 * The municipality is left out: no rule reads it, so it changes the contacts, never the route.
 */
export async function WhatIfLinks({ locale, slug, answers, asked }: Props) {
  const t = await getTranslations({ locale, namespace: "training" });
  const steps = asked.filter((step) => step !== "municipalityCode");
  return (
    <div className="what-if-options">
      {steps.map((step) => {
        const definition = stepDefinition(step);
        const current = definition.valueIn(answers);
        return (
          <details key={step} className="folded">
            <summary>{definition.question[locale]}</summary>
            <ul>
              {definition.options
                .filter((option) => option.value !== current)
                .map((option) => (
                  <li key={option.value}>
                    <a href={whatIfPath(locale, slug, answers, { ...answers, ...definition.answersFor(option.value) })}>
                      {t("whatIfOption", { answer: option.label[locale] })}
                    </a>
                  </li>
                ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
