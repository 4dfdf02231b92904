"use client";

import { useState } from "react";
import { TallyChart, type VoteCountTexts } from "./tally-chart";
import { usePolling } from "./use-polling";
import { roomStateApiPath } from "@/lib/training/paths";
import { PROJECTOR_POLL_MS } from "@/lib/training/room/room-settings";
import type { RoomTally } from "@/lib/training/room/room.server";
import type { Locale } from "@/machines/locale";

/** The tally on the projector; while the vote is open it follows the votes as they come in. */
export function LiveTally(props: {
  code: string;
  initial: RoomTally;
  open: boolean;
  names: Record<string, string>;
  texts: VoteCountTexts;
  locale: Locale;
}) {
  const { code, open } = props;
  const [tally, setTally] = useState(props.initial);

  usePolling(
    roomStateApiPath(code),
    PROJECTOR_POLL_MS,
    async (response) => {
      if (!response.ok) return;
      const state = (await response.json()) as RoomTally;
      setTally({ counts: state.counts, voters: state.voters });
    },
    open,
  );

  return <TallyChart tally={tally} names={props.names} texts={props.texts} locale={props.locale} />;
}
