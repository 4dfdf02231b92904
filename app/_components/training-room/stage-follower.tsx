"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { roomStateApiPath } from "@/lib/questionnaire/paths";

/** How often a phone asks whether the trainer has moved on. */
const PHONE_POLL_MS = 3000;

/** Keeps the phone's page at the trainer's stage: when the stage changes, the page is drawn again. */
export function StageFollower({ code, stage }: { code: string; stage: number }) {
  const router = useRouter();

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(roomStateApiPath(code), { cache: "no-store" });
        // A session that has ended shows its "not found" page on the refresh.
        if (!stopped && (response.status === 404 || (response.ok && ((await response.json()) as { stage: number }).stage !== stage))) {
          router.refresh();
          return;
        }
      } catch {
        // A missed answer: the next poll tries again.
      }
      if (!stopped) timer = setTimeout(poll, PHONE_POLL_MS);
    };
    timer = setTimeout(poll, PHONE_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [code, stage, router]);

  return null;
}
