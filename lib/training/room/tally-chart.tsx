import "./training-room.css";
import type { RoomTally } from "@/lib/training/room/room.server";
import type { Locale } from "@/machines/locale";

/** "Ingen stemmer endnu", "{count} stemme", "{count} stemmer": counted on the page as the votes come in. */
export type VoteCountTexts = { none: string; one: string; other: string };

export function votesText(texts: VoteCountTexts, count: number, locale: Locale): string {
  if (count === 0) return texts.none;
  const form = new Intl.PluralRules(locale).select(count) === "one" ? texts.one : texts.other;
  return form.replace("{count}", String(count));
}

/** The votes as bars, the most voted first, each with its number in words beside it. */
export function TallyChart({
  tally,
  names,
  texts,
  locale,
}: {
  tally: RoomTally;
  names: Record<string, string>;
  texts: VoteCountTexts;
  locale: Locale;
}) {
  const rows = Object.entries(tally.counts)
    .filter(([, count]) => count > 0)
    .sort(([a, countA], [b, countB]) => countB - countA || Object.keys(names).indexOf(a) - Object.keys(names).indexOf(b));
  const most = Math.max(1, ...rows.map(([, count]) => count));
  return (
    <>
      <p className="room-tally-total" aria-live="polite">
        {votesText(texts, tally.voters, locale)}
      </p>
      {rows.length > 0 && (
        <ul className="room-tally">
          {rows.map(([body, count]) => (
            <li key={body} data-body={body}>
              <span className="room-tally-name">{names[body] ?? body}</span>
              <span className="room-tally-row">
                <span className="room-tally-bar" style={{ width: `${(70 * count) / most}%` }} aria-hidden="true" />
                <span className="room-tally-count">{votesText(texts, count, locale)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
