"use client";

import { useEffect, useState } from "react";
import { TallyChart, type VoteCountTexts } from "./tally-chart";
import { roomStateApiPath } from "@/lib/questionnaire/paths";
import { PROJECTOR_POLL_MS } from "@/lib/training/room-settings";
import type { RoomTally } from "@/lib/training/room.server";
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

  useEffect(() => {
    if (!open) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(roomStateApiPath(code), { cache: "no-store" });
        if (response.ok && !stopped) {
          const state = (await response.json()) as RoomTally;
          setTally({ counts: state.counts, voters: state.voters });
        }
      } catch {
        // A missed answer: the next poll tries again.
      }
      if (!stopped) timer = setTimeout(poll, PROJECTOR_POLL_MS);
    };
    timer = setTimeout(poll, PROJECTOR_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [code, open]);

  return <TallyChart tally={tally} names={props.names} texts={props.texts} locale={props.locale} />;
}
