"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/lib/db.server";
import { currentSession } from "@/lib/admin/admin-request.server";
import { adminCasePath, adminPath } from "@/lib/admin/paths";
import { formHasControlCharacter } from "@/lib/http/control-characters";
import { formText } from "@/lib/http/request-fields";
import { localeOrDefault } from "@/lib/i18n/locales";
import { MUNICIPALITY_NAMES } from "@/lib/directory/municipality-names";
import { orUnavailable } from "../outage.server";
import { MAX_SLUG_LENGTH, SCENARIO_SLUG } from "../scenario";
import { agrees } from "../scenario-check";
import { mayPromote, mayWriteFor, writesCases } from "./case-access";
import { formValues, NATIONAL_AREA, NO_AREA, readCaseForm } from "./case-form";
import type { CaseEditorState } from "./case-editor-state";
import { createDrafts, saveCase, type CaseWrite } from "./cases.server";

const municipalityCodes = new Set(MUNICIPALITY_NAMES.map(([code]) => code));
// A new case is read with a stand-in address; it gets its own from its title when it is first saved.
const NEW_CASE_SLUG = "ny-sag";

/**
 * The editor's one action, with JavaScript or without: "check" runs the answers through the statechart and shows the
 * route beside the expected one; "save" does the same and writes the case only when the two agree. Nothing is written
 * for a check, for a case with a problem, or for one that disagrees with the engine; what was typed always comes back.
 */
export async function submitCase(previous: CaseEditorState, form: FormData): Promise<CaseEditorState> {
  const round = (previous.round ?? 0) + 1;
  const locale = localeOrDefault(formText(form, "locale"));
  const session = await currentSession(locale);
  if (session?.stage !== "signedIn") redirect(adminPath(locale, "signIn"));
  const admin = session.admin;
  const values = formValues(form);
  if (!writesCases(admin)) return { values, errors: {}, warnings: [], notice: "forbidden", round };
  if (formHasControlCharacter(form)) return { values, errors: {}, warnings: [], notice: "controlCharacter", round };
  const slug = formText(form, "slug") ?? "";
  // Only a form altered by hand names a case that cannot exist.
  if (slug !== "" && !(SCENARIO_SLUG.test(slug) && slug.length <= MAX_SLUG_LENGTH))
    return { values, errors: {}, warnings: [], notice: "forbidden", round };
  const read = readCaseForm(values, slug || NEW_CASE_SLUG);
  const { content, check, warnings, errors } = read;
  const area = areaOf(admin, read.area, slug === "");
  if (area === undefined) errors.area = "invalid";
  const shown = { values, errors, warnings, round, ...(check ? { check } : {}) };
  if (formText(form, "intent") !== "save") return { ...shown, notice: "checked" };
  if (!content || area === undefined) return { ...shown, notice: "problems" };
  if (!check || !agrees(check)) return { ...shown, notice: "disagrees" };
  const version = Number(formText(form, "version"));
  const written = await orUnavailable<CaseWrite | CaseWrite[]>(() =>
    slug
      ? saveCase(getDb(), admin, { slug, version: Number.isInteger(version) ? version : -1, content, municipalityCode: area })
      : createDrafts(getDb(), admin, [{ content, municipalityCode: area }], "caseCreated"),
  );
  if (written === "unavailable") return { ...shown, notice: "unavailable" };
  const outcome = Array.isArray(written) ? written[0]! : written;
  switch (outcome.kind) {
    case "saved":
      redirect(adminCasePath(locale, outcome.slug, { besked: slug ? "sag-gemt" : "sag-skrevet" }));
    case "changedSince":
    case "forbidden":
    case "notFound":
    case "disagreesWithEngine":
    case "needsMunicipality":
      return {
        ...shown,
        notice: outcome.kind === "disagreesWithEngine" ? "disagrees" : outcome.kind === "changedSince" ? "changedSince" : "forbidden",
      };
  }
}

/**
 * The municipality the editor's area names (null: none yet, or national), or undefined where it cannot be. A new case
 * goes only where the administrator may write; for a saved one, saveCase decides whether it moves.
 */
function areaOf(admin: Parameters<typeof mayWriteFor>[0], area: string, isNew: boolean): string | null | undefined {
  if (area === NO_AREA) return null;
  if (area === NATIONAL_AREA) return mayPromote(admin) ? null : undefined;
  return municipalityCodes.has(area) && (!isNew || mayWriteFor(admin, area)) ? area : undefined;
}
