import type { CaseFieldError, CaseFormValues } from "./case-form";
import type { CaseWarning } from "./privacy-warnings";
import type { EngineCheck } from "../scenario-check";

/** What the editor shows after a check or a refused save: what was typed, its problems, the engine's route and the warnings. */
export type CaseEditorState = {
  values: CaseFormValues;
  errors: Record<string, CaseFieldError>;
  warnings: CaseWarning[];
  check?: EngineCheck;
  notice?: "checked" | "problems" | "disagrees" | "changedSince" | "forbidden" | "controlCharacter" | "unavailable";
  /** How many times the form has come back: a new form each time, so that its selects and checkboxes show what was sent. */
  round?: number;
};
