import { useTranslations } from "next-intl";
import { FieldHint } from "../ui/field-messages";
import type { Journey } from "@/lib/journey/journey";
import { stepPath } from "@/lib/journey/paths";
import { answeredPages, pageAnswerLabel } from "@/lib/journey/question-pages";
import type { Locale } from "@/machines/locale";

type ChangeLinks = { label: string; hiddenLabel: (question: string) => string };

/** Each question page the journey asked with the answer given; with `change`, a link to change each answer. */
export function AnswersSummary({ journey, locale, change }: { journey: Journey; locale: Locale; change?: ChangeLinks }) {
  const t = useTranslations("check");
  return (
    <dl className={change ? "summary-list" : "summary-list summary-compact"}>
      {answeredPages(journey).map((page) => {
        const question = page.definition.question[locale];
        return (
          <div className="summary-row" key={page.step}>
            <dt>{question}</dt>
            <dd>
              {pageAnswerLabel(page, journey, locale)}
              {page.fromRole && <FieldHint id={`from-role-${page.step}`} text={t("fromRole")} />}
            </dd>
            {change && (
              <dd className="summary-action">
                <a href={stepPath(locale, page.step, journey.answers, { fromCheck: true })}>
                  {change.label}
                  <span className="sr-only"> {change.hiddenLabel(question)}</span>
                </a>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
