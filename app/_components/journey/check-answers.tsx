import { useTranslations } from "next-intl";
import { AnswersSummary } from "../answers-summary";
import type { Journey } from "@/lib/questionnaire/journey";
import { resultPath } from "@/lib/questionnaire/paths";
import type { Locale } from "@/machines/locale";

/** Every answer with a link to change it, and the way on to the result. */
export function CheckAnswers({ locale, journey }: { locale: Locale; journey: Journey }) {
  const t = useTranslations("check");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <AnswersSummary
        journey={journey}
        locale={locale}
        change={{ label: t("change"), hiddenLabel: (question) => t("changeHidden", { question }) }}
      />
      <a className="button button-primary" href={resultPath(locale, journey.answers)}>
        {t("confirm")}
      </a>
    </>
  );
}
