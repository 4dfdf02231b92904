"use client";

import { useRouter } from "next/navigation";
import { usePolling } from "./use-polling";
import { roomStateApiPath } from "@/lib/training/paths";

/** How often a phone asks whether the trainer has moved on. */
const PHONE_POLL_MS = 3000;

/** Keeps a phone's page or the projector's at the trainer's stage: when the stage changes, the page is drawn again. */
export function StageFollower({ code, stage, intervalMs = PHONE_POLL_MS }: { code: string; stage: number; intervalMs?: number }) {
  const router = useRouter();
  usePolling(roomStateApiPath(code), intervalMs, async (response) => {
    // A session that has ended shows its "not found" page on the refresh.
    if (response.status === 404 || (response.ok && ((await response.json()) as { stage: number }).stage !== stage)) router.refresh();
  });
  return null;
}
