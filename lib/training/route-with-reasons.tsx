import { getTranslations } from "next-intl/server";
import { RouteColumn } from "./route-column";
import type { Locale } from "@/machines/locale";
import { explainRoute } from "@/machines/reasons";
import type { Answers, Outcome } from "@/machines/vocabulary";

/** One of two routes side by side: whom it contacts, and why. */
export async function RouteWithReasons({
  heading,
  answers,
  outcome,
  locale,
}: {
  heading: string;
  answers: Answers;
  outcome: Outcome;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "training" });
  return (
    <div>
      <RouteColumn heading={heading} outcome={outcome} />
      <h3 className="h4">{t("whyHeading")}</h3>
      <ul>
        {explainRoute(answers, outcome, locale).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}
