import { getTranslations } from "next-intl/server";
import { CaseAnswer } from "./case-answer";
import type { ScenarioWithRoute } from "@/lib/training/scenario-page.server";
import type { Locale } from "@/machines/locale";

/** A case on two A4 pages: the case and its questions for discussion on the front, the answer on the back. */
export async function CaseCard({ locale, case: { scenario, outcome, asked } }: { locale: Locale; case: ScenarioWithRoute }) {
  const t = await getTranslations({ locale, namespace: "training" });
  return (
    <article className="case-card" aria-labelledby={`card-${scenario.slug}`}>
      <p className="scenario-meta">
        {t("cardFront")} · {t("role")}: {t(`roles.${scenario.workplace}`)} · {t("questions", { count: asked.length })}
      </p>
      <h2 id={`card-${scenario.slug}`}>{scenario.title[locale]}</h2>
      <p className="font-lead">{scenario.narrative[locale]}</p>
      <h3>{t("discussionHeading")}</h3>
      <ul>
        {scenario.discussionQuestions.map((question) => (
          <li key={question.da}>{question[locale]}</li>
        ))}
      </ul>
      <section className="case-card-back" aria-label={t("cardBack")}>
        <p className="scenario-meta">
          {t("cardBack")}: {scenario.title[locale]}
        </p>
        <CaseAnswer scenario={scenario} outcome={outcome} locale={locale} headingLevel={3} />
      </section>
    </article>
  );
}
