import { useTranslations } from "next-intl";
import { useBodyNames } from "../directory/body-names";
import type { Outcome } from "@/machines/vocabulary";

/** Whom a route contacts: the first body, then the others. */
export function RouteColumn({ heading, outcome }: { heading?: string; outcome: Outcome }) {
  const t = useTranslations("training");
  const bodyName = useBodyNames(outcome.rule);
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
