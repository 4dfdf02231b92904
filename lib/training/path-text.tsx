import { bodiesTranslator, modelTranslator } from "./diagram/diagram-texts";
import { answerLabel, stepDefinition } from "@/lib/journey/steps";
import type { Locale } from "@/machines/locale";
import type { PathThrough } from "@/machines/path-through";
import type { Answers } from "@/machines/vocabulary";

type Props = {
  locale: Locale;
  answers: Answers;
  path: PathThrough;
  headingLevel?: 2 | 3;
  /** Instead of "the route through the questions". */ heading?: string;
};

/** The route through the questions in words, for keyboard and screen-reader users: each question with its answer, then the referral. */
export function PathText({ locale, answers, path, headingLevel = 2, heading }: Props) {
  const t = modelTranslator(locale);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      <Heading>{heading ?? t("pathHeading")}</Heading>
      <ol className="path-text">
        {path.asked.map((step) => {
          const definition = stepDefinition(step);
          const answer = answerLabel(step, answers, locale) ?? "";
          return <li key={step}>{t("pathAnswer", { question: definition.question[locale], answer })}</li>;
        })}
        <li>
          {path.status === "complete"
            ? t("pathEnd", { body: bodiesTranslator(locale)(path.outcome.primary) })
            : t("pathStops", { question: stepDefinition(path.next).question[locale] })}
        </li>
      </ol>
    </>
  );
}
