import { randomBytes } from "node:crypto";

/** A new invitation link's token: 32 random bytes in base64url. */
export const newInvitationToken = () => randomBytes(32).toString("base64url");

/** Whether a token has the shape newInvitationToken gives it; no other goes near a header or the database. */
export const isInvitationToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
