import { getTranslations } from "next-intl/server";
import { dutyTitle } from "@/lib/legal/legal-basis";
import type { Score, ScorePoint } from "@/lib/training/score";
import type { Locale } from "@/machines/locale";

/** The score, then one plain sentence for each point of the guess. */
export async function ScoreSentences({ locale, score }: { locale: Locale; score: Score }) {
  const [t, tBodies] = await Promise.all([
    getTranslations({ locale, namespace: "training" }),
    getTranslations({ locale, namespace: "bodies" }),
  ]);
  const sentence = (point: ScorePoint): string => {
    switch (point.kind) {
      case "first":
        return point.right
          ? t("firstRight", { body: tBodies(point.body) })
          : t("firstWrong", { guessed: tBodies(point.guessed), expected: tBodies(point.expected) });
      case "also":
        return t(point.right ? "alsoRight" : "alsoMissed", { body: tBodies(point.body) });
      case "alsoNotOnRoute":
        return t("alsoNotOnRoute", { body: tBodies(point.body) });
      case "duty":
        return t(point.right ? "dutyRight" : "dutyMissed", { duty: dutyTitle(point.duty, locale) });
      case "dutyNotOnRoute":
        return t("dutyNotOnRoute", { duty: dutyTitle(point.duty, locale) });
    }
  };
  return (
    <section aria-labelledby="score-heading">
      <h2 id="score-heading" className="h3">
        {t("scoreLine", { score: score.score, outOf: score.outOf })}
      </h2>
      <ul className="score-list">
        {score.points.map((point) => {
          const text = sentence(point);
          return <li key={text}>{text}</li>;
        })}
      </ul>
    </section>
  );
}
