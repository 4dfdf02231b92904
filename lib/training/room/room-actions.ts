"use server";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db.server";
import { localeOrDefault } from "@/lib/i18n/locales";
import { formText } from "@/lib/http/request-fields";
import { roomControlPath, roomStartErrorPath, voteNoticePath } from "@/lib/training/paths";
import { clientAddress } from "@/lib/security/client-address";
import { submitVote } from "@/lib/training/room/room-api.server";
import { moveStageSchema, startRoomSchema, joinCodeSchema } from "@/lib/training/room/room-input";
import { VOTE_FIELDS } from "@/lib/training/room/vote-fields";
import type { VoteNotice } from "@/lib/training/room/room-notices";
import { orUnavailable } from "@/lib/training/outage.server";
import { readControlPage } from "@/lib/training/room/room-pages.server";
import { roomLimiters, sessionLifetimeMs } from "@/lib/training/room/room-settings";
import { roomStages } from "@/lib/training/room/room-stages";
import { moveStage, startSession } from "@/lib/training/room/room.server";

// The room's forms without JavaScript (and the trainer's buttons with it). Each checks its input
// with the one schema for it and redirects; nothing about a participant is stored.

/** The trainer's start form: a session of the chosen case, then the private control page. */
export async function startRoom(form: FormData): Promise<void> {
  const locale = localeOrDefault(formText(form, "locale"));
  const input = startRoomSchema.safeParse({ scenario: formText(form, "scenario") });
  if (!input.success) redirect(roomStartErrorPath(locale, "mangler-case"));
  const now = new Date();
  if (!roomLimiters().starts.take(clientAddress(await headers()), now.getTime()).allowed) redirect(roomStartErrorPath(locale, "travlt"));
  const started = await orUnavailable(() =>
    startSession({ db: getDb(), scenarioSlug: input.data.scenario, now, lifetimeMs: sessionLifetimeMs(process.env) }),
  );
  if (started === "unavailable") redirect(roomStartErrorPath(locale, "utilgaengelig"));
  if (!started) redirect(roomStartErrorPath(locale, "mangler-case"));
  redirect(roomControlPath(locale, started.controlToken));
}

/** The trainer's buttons: go to a stage the session's case has. */
export async function goToStage(form: FormData): Promise<void> {
  const locale = localeOrDefault(formText(form, "locale"));
  const input = moveStageSchema.safeParse({ token: formText(form, "token"), stage: formText(form, "stage") });
  if (!input.success) notFound();
  const { token, stage } = input.data;
  const now = new Date();
  const page = await readControlPage(token);
  if (page === "not_found") notFound();
  if (page !== "unavailable" && stage < roomStages(page.found.scenario).length) {
    await orUnavailable(() => moveStage({ db: getDb(), token, stage, now }));
  }
  redirect(roomControlPath(locale, token));
}

/** A participant's vote without JavaScript: counted or not, the phone's page says what happened. */
export async function castVote(form: FormData): Promise<void> {
  const locale = localeOrDefault(formText(form, "locale"));
  const code = joinCodeSchema.safeParse(formText(form, "code") ?? "");
  if (!code.success) notFound();
  const outcome = await submitVote({
    code: code.data,
    input: {
      question: formText(form, VOTE_FIELDS.question),
      choice: formText(form, VOTE_FIELDS.choice),
      voter: formText(form, VOTE_FIELDS.voter),
    },
    client: clientAddress(await headers()),
    now: new Date(),
  });
  const notice: VoteNotice = typeof outcome === "string" ? outcome : "throttled" in outcome ? "throttled" : "invalid";
  redirect(voteNoticePath(locale, code.data, notice));
}
