import type { BodyKey, Outcome } from "@/machines/vocabulary";

type Props = {
  heading?: string;
  outcome: Outcome;
  bodyName: (body: BodyKey) => string;
  texts: { firstContact: string; alsoContact: string; noneAlso: string };
};

/** Whom a route contacts: the first body, then the others. */
export function RouteColumn({ heading, outcome, bodyName, texts }: Props) {
  return (
    <section className="route-column" aria-label={heading}>
      {heading && <h3>{heading}</h3>}
      <dl>
        <dt>{texts.firstContact}</dt>
        <dd>
          <strong>{bodyName(outcome.primary)}</strong>
        </dd>
        <dt>{texts.alsoContact}</dt>
        <dd>
          {outcome.also.length === 0 ? (
            texts.noneAlso
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
