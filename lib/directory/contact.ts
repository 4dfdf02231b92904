import type { BodyKey } from "@/machines/vocabulary";

/** One way to reach a body, as the API and the result page show it. */
export type Contact = {
  body: BodyKey;
  name: string;
  phone?: string;
  email?: string;
  url?: string;
  hours?: string;
  source: string;
  verifiedAt: string;
  /** True when this is the nearest verified channel, not the body's own contact. */
  fallback: boolean;
  /** Why a fallback is shown, so that an administrator can fill the gap. */
  gap?: string;
};
