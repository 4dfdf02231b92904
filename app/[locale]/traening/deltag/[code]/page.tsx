import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/lib/ui/page-shell";
import { StageFollower } from "@/lib/training/room/stage-follower";
import { joinAddressMetadata, openJoinAddress } from "@/lib/training/room/join-address-page";
import { VoteForm, type VoteFormTexts } from "@/lib/training/room/vote-form";
import { singleValue, type SearchParams } from "@/lib/http/request-fields";
import { joinPath, VOTE_NOTICE_PARAM } from "@/lib/training/paths";
import { GUESSABLE_BODIES } from "@/lib/training/guess";
import { readVoteNotice } from "@/lib/training/room/room-notices";
import { roomStages, VOTING_STAGE } from "@/lib/training/room/room-stages";
import type { Locale } from "@/machines/locale";

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = ({ params }: Props): Promise<Metadata> => joinAddressMetadata(params);

/** A participant's page: the case, the vote, then what the trainer is doing. */
export default async function VotePage({ params, searchParams }: Props) {
  const [address, search] = await Promise.all([openJoinAddress(params, joinPath), searchParams]);
  if ("refusal" in address) return address.refusal;
  const { locale, code, alternateHref } = address;
  const { session, scenario } = address.found;
  const [t, tBodies, texts] = await Promise.all([
    getTranslations({ locale, namespace: "trainingRoom.vote" }),
    getTranslations({ locale, namespace: "bodies" }),
    voteFormTexts(locale),
  ]);
  const stages = roomStages(scenario);
  const finished = session.stage >= stages.length - 1;

  return (
    <PageShell locale={locale} alternateHref={alternateHref}>
      <StageFollower code={code} stage={session.stage} />
      <h1>{scenario.title[locale]}</h1>
      <p>{scenario.narrative[locale]}</p>
      {session.stage === VOTING_STAGE ? (
        <VoteForm
          locale={locale}
          code={code}
          // A new token for each page: the phone needs no cookie, and the server never learns who voted what.
          voterToken={randomBytes(16).toString("base64url")}
          options={GUESSABLE_BODIES.map((body) => ({ value: body, label: tBodies(body) }))}
          texts={texts}
          notice={readVoteNotice(singleValue(search[VOTE_NOTICE_PARAM]))}
        />
      ) : (
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <h2 className="alert-heading">{t("closed")}</h2>
            <p className="alert-text">{finished ? t("finished") : t("reveal")}</p>
          </div>
        </div>
      )}
      {session.stage !== VOTING_STAGE && (
        <p>
          <a href={joinPath(locale, code)}>{t("refresh")}</a>
        </p>
      )}
    </PageShell>
  );
}

async function voteFormTexts(locale: Locale): Promise<VoteFormTexts> {
  const [t, question] = await Promise.all([
    getTranslations({ locale, namespace: "trainingRoom" }),
    getTranslations({ locale, namespace: "question" }),
  ]);
  return {
    legend: t("vote.legend"),
    hint: t("vote.hint"),
    submit: t("vote.submit"),
    sending: t("vote.sending"),
    errorSummaryTitle: question("errorSummaryTitle"),
    errorPrefix: question("errorPrefix"),
    notices: {
      counted: { title: t("vote.counted"), body: t("vote.countedBody") },
      already_voted: { title: t("vote.already"), body: t("vote.alreadyBody") },
      closed: { title: t("vote.closed"), body: t("vote.reveal") },
      full: { title: t("vote.full") },
      not_found: { title: t("vote.gone") },
      unavailable: { title: t("vote.unavailable") },
      throttled: { title: t("vote.tooMany") },
      invalid: { title: t("vote.errorChoose") },
    },
  };
}
