import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { RoomJoin } from "@/lib/training/room/room-join";
import { RoomReveal } from "@/lib/training/room/room-reveal";
import { RoomVoteCount } from "@/lib/training/room/room-vote-count";
import { StageFollower } from "@/lib/training/room/stage-follower";
import { joinAddressMetadata, openJoinAddress } from "@/lib/training/room/join-address-page";
import { roomProjectorPath } from "@/lib/training/paths";
import { serverOrigin } from "@/lib/security/same-origin";
import { PROJECTOR_POLL_MS, PROJECTOR_RELOAD_SECONDS } from "@/lib/training/room/room-settings";
import { roomStages, VOTING_STAGE } from "@/lib/training/room/room-stages";

type Props = { params: Promise<{ locale: string; code: string }> };

export const generateMetadata = ({ params }: Props): Promise<Metadata> => joinAddressMetadata(params);

/**
 * What the wall shows: how to join, the count, then the answer as the trainer reveals it. Its address holds the
 * join code, which is on the wall anyway, never the control token; the trainer runs the session from another window.
 */
export default async function RoomProjectorPage({ params }: Props) {
  const address = await openJoinAddress(params, roomProjectorPath);
  if ("refusal" in address) return address.refusal;
  const { locale, code, alternateHref } = address;
  const { session, scenario, tally } = address.found;
  const [t, requestHeaders] = await Promise.all([getTranslations({ locale, namespace: "trainingRoom.control" }), headers()]);
  const stages = roomStages(scenario);
  const stage = Math.min(session.stage, stages.length - 1);
  const votingOpen = stage === VOTING_STAGE;

  return (
    <PageShell locale={locale} alternateHref={alternateHref}>
      <StageFollower code={code} stage={session.stage} intervalMs={PROJECTOR_POLL_MS} />
      {/* Without JavaScript the page reloads itself; React leaves a meta element inside noscript where it is. */}
      <noscript>
        <meta httpEquiv="refresh" content={String(PROJECTOR_RELOAD_SECONDS)} />
      </noscript>
      <div className="room-projector">
        <h1>{scenario.title[locale]}</h1>
        <div className="room-screen">
          {votingOpen && <RoomJoin locale={locale} code={code} origin={serverOrigin(requestHeaders, "http:") ?? ""} withQr />}
          <RoomVoteCount locale={locale} code={code} stage={session.stage} open={votingOpen} tally={tally} />
        </div>
        {votingOpen && (
          <section aria-labelledby="case-heading">
            <h2 id="case-heading">{t("narrativeHeading")}</h2>
            <p>{scenario.narrative[locale]}</p>
          </section>
        )}
        <RoomReveal scenario={scenario} shown={stages.slice(0, stage + 1)} tally={tally} locale={locale} />
      </div>
    </PageShell>
  );
}
