import { useTranslations } from "next-intl";
import { AnswersSummary } from "./answers-summary";
import type { Journey } from "@/lib/journey/journey";
import { resultPath } from "@/lib/journey/paths";
import { answeredPages } from "@/lib/journey/question-pages";
import type { Locale } from "@/machines/locale";

/** The way on to the result first, on a phone's first screen; below it every answer with a link to change it. */
export function CheckAnswers({ locale, journey }: { locale: Locale; journey: Journey }) {
  const t = useTranslations("check");
  return (
    <>
      <h1 tabIndex={-1}>{t("title")}</h1>
      <p>{t("lead", { count: answeredPages(journey).filter((page) => !page.fromRole).length })}</p>
      <a className="button button-primary" href={resultPath(locale, journey.answers)}>
        {t("confirm")}
      </a>
      <h2>{t("answersHeading")}</h2>
      <AnswersSummary
        journey={journey}
        locale={locale}
        change={{ label: t("change"), hiddenLabel: (question) => t("changeHidden", { question }) }}
      />
    </>
  );
}
