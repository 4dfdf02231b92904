import { getTranslations } from "next-intl/server";
import { bodyNamesOnRoute } from "../body-names";
import type { Locale } from "@/machines/locale";
import type { Outcome } from "@/machines/vocabulary";

/** Whom a route contacts: the first body, then the others. */
export async function RouteColumn({ heading, outcome, locale }: { heading?: string; outcome: Outcome; locale: Locale }) {
  const [t, bodyName] = await Promise.all([getTranslations({ locale, namespace: "training" }), bodyNamesOnRoute(locale, outcome.rule)]);
  return (
    <section className="route-column" aria-label={heading}>
      {heading && <h3>{heading}</h3>}
      <dl>
        <dt>{t("firstContact")}</dt>
        <dd>
          <strong>{bodyName(outcome.primary)}</strong>
        </dd>
        <dt>{t("alsoContact")}</dt>
        <dd>
          {outcome.also.length === 0 ? (
            t("noneAlso")
          ) : (
            <ul>
              {outcome.also.map((body) => (
                <li key={body}>{bodyName(body)}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
