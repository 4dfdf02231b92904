import { describe, expect, it } from "vitest";
import { decodeAnswers, encodeAnswers } from "@/lib/journey/url-state";
import type { Answers } from "@/machines/vocabulary";
import { TEACHER_ANSWERS } from "@/tests/helpers/personas";

const teacher: Answers = TEACHER_ANSWERS;
const { municipalityCode: _municipalityCode, adviceFirst: _adviceFirst, ...teacherBeforeMunicipality } = TEACHER_ANSWERS;

describe("answers in the URL", () => {
  it("are compact and versioned", () => {
    expect(encodeAnswers(teacher)).toBe("1.d1.c1.k0.w0.p1.h1.a0.m751.r1");
    expect(encodeAnswers({})).toBe("1");
  });

  it("come back unchanged", () => {
    expect(decodeAnswers(encodeAnswers(teacher))).toEqual({ answers: teacher, intact: true });
    expect(decodeAnswers(encodeAnswers({ acuteDanger: true }))).toEqual({ answers: { acuteDanger: true }, intact: true });
  });

  it("means no answers when the parameter is missing", () => {
    expect(decodeAnswers(undefined)).toEqual({ answers: {}, intact: true });
  });

  it.each([
    ["an unknown version", "2.d1", {}],
    ["an option that does not exist", "1.d1.c7", { acuteDanger: false }],
    ["an unknown municipality", "1.d1.c1.k0.w0.p1.h1.a0.m999", teacherBeforeMunicipality],
    ["an unknown step letter", "1.d1.x0", { acuteDanger: false }],
    ["a prototype key", "1.d1.__proto__", { acuteDanger: false }],
  ])("keeps what it can read of %s and says the link was not intact", (_name, param, answers) => {
    expect(decodeAnswers(param)).toEqual({ answers, intact: false });
  });
});
