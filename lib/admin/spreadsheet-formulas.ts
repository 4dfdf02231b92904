// OWASP's defence against formula injection: a cell that a spreadsheet could run as a formula gets a leading quote.
// A cell that already starts with quotes before such a character gets one more, so that reading strips exactly one.
const FORMULA_RISK = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** A cell of a CSV file that people open in a spreadsheet, which cannot run as a formula there. */
export const neutraliseFormula = (cell: string) => (FORMULA_RISK.test(cell) ? `'${cell}` : cell);

/** A cell as it was before `neutraliseFormula`. */
export const restoreFormula = (cell: string) => (NEUTRALISED.test(cell) ? cell.slice(1) : cell);

/** Whether a cell typed into a spreadsheet starts like a formula. */
export const startsLikeFormula = (cell: string) => /^\s*[=+\-@]/.test(cell);
