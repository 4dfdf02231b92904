import { getTranslations } from "next-intl/server";
import { LiveTally } from "./live-tally";
import type { VoteCountTexts } from "./tally-chart";
import { GUESSABLE_BODIES } from "@/lib/training/guess";
import type { RoomTally } from "@/lib/training/room/room.server";
import type { Locale } from "@/machines/locale";

/** The vote's question, whether it is open, and the count, which follows the votes while it is open. */
export async function RoomVoteCount({
  locale,
  code,
  stage,
  open,
  tally,
}: {
  locale: Locale;
  code: string;
  stage: number;
  open: boolean;
  tally: RoomTally;
}) {
  const [t, tBodies] = await Promise.all([
    getTranslations({ locale, namespace: "trainingRoom.control" }),
    getTranslations({ locale, namespace: "bodies" }),
  ]);
  return (
    <section className="room-vote-count" aria-labelledby="vote-heading">
      <h2 id="vote-heading">{t("voteHeading")}</h2>
      <p>{open ? t("votingOpen") : t("votingClosed")}</p>
      <LiveTally
        // A new stage starts from the server's count, so the bars never lag behind the reveal's figures.
        key={stage}
        code={code}
        initial={tally}
        open={open}
        names={Object.fromEntries(GUESSABLE_BODIES.map((body) => [body, tBodies(body)]))}
        texts={t.raw("votes") as VoteCountTexts}
        locale={locale}
      />
    </section>
  );
}
