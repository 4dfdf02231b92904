import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/admin/password-policy";
import {
  acceptedTotpStep,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  recoveryCodeHash,
  totpAddress,
} from "@/lib/admin/second-factor";

describe("passwords", () => {
  it("refuses short, overlong, common and guessable passwords and takes a long passphrase", () => {
    expect(passwordProblem("kort1234", "anne@example.dk")).toBe("passwordTooShort");
    expect(passwordProblem("x".repeat(129), "anne@example.dk")).toBe("passwordTooLong");
    expect(passwordProblem("password1234", "anne@example.dk")).toBe("passwordCommon");
    expect(passwordProblem("aaaaaaaaaaaaaaaa", "anne@example.dk")).toBe("passwordWeak");
    expect(passwordProblem("anne@example.dk1", "anne@example.dk")).toBe("passwordWeak");
    expect(passwordProblem("Sommerferie på Ærø 2026", "anne@example.dk")).toBeUndefined();
  });
});

describe("the second factor", () => {
  const secret = newTotpSecret();
  const at = Date.UTC(2026, 11, 1, 12, 0, 10);
  const codeAt = (timestamp: number) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp });

  it("gives authenticator apps an otpauth address with the issuer and the account", () => {
    expect(totpAddress(secret, "anne@example.dk")).toBe(
      `otpauth://totp/Henvis:anne%40example.dk?issuer=Henvis&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
  });

  it("accepts the current code and one step of drift, and each step only once", () => {
    const step = Math.floor(at / 30_000);
    expect(acceptedTotpStep(secret, codeAt(at), null, at)).toBe(step);
    expect(acceptedTotpStep(secret, codeAt(at - 30_000), null, at)).toBe(step - 1);
    expect(acceptedTotpStep(secret, codeAt(at - 90_000), null, at)).toBeUndefined();
    expect(acceptedTotpStep(secret, codeAt(at), step, at)).toBeUndefined();
    expect(acceptedTotpStep(secret, "12345", null, at)).toBeUndefined();
  });

  it("makes ten distinct recovery codes, recognised however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(recoveryCodeHash(codes[0]!.toUpperCase().replace(/-/g, " "))).toBe(recoveryCodeHash(codes[0]!));
    expect(looksLikeRecoveryCode(codes[0]!)).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
