import { createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";

const ISSUER = "Henvis";
const PERIOD_SECONDS = 30;

const totp = (secret: string, email = "") =>
  new TOTP({ issuer: ISSUER, label: email, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });

/** A new TOTP secret (RFC 6238), base32 as authenticator apps take it. */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The otpauth:// address an authenticator app reads from the enrolment QR code. */
export const totpAddress = (secret: string, email: string) => totp(secret, email).toString();

/**
 * The time step a six-digit code belongs to, allowing one step of clock drift either way; undefined when the
 * code is wrong or its step is not after `lastStep`, so that a code cannot be used twice.
 */
export function acceptedTotpStep(secret: string, code: string, lastStep: number | null, now = Date.now()): number | undefined {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totp(secret).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return undefined;
  const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? undefined : step;
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten one-time recovery codes such as "k7qm-2xrt-p9wd", each with 60 bits of chance. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => {
    const characters = [...randomBytes(12)].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]);
    return [0, 4, 8].map((start) => characters.slice(start, start + 4).join("")).join("-");
  });
}

/** How a recovery code is stored: random codes need no slow hash. Spaces, case and dashes do not matter. */
export const recoveryCodeHash = (code: string) =>
  createHash("sha256")
    .update(code.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .digest("hex");

/** Whether what was typed is shaped like a recovery code rather than a six-digit code. */
export const looksLikeRecoveryCode = (code: string) => code.replace(/[^a-z0-9]/gi, "").length === 12;
