// A control character other than tab, line feed and carriage return: no field of the administration has a use for
// one, a spreadsheet or a worker's page would show it as garbage, and PostgreSQL cannot even store a NUL in text.
const CONTROL_CHARACTER = /(?![\t\n\r])\p{Cc}/u;

export const hasControlCharacter = (text: string) => CONTROL_CHARACTER.test(text);

/** Whether a form's names or text values hold a control character. */
export const formHasControlCharacter = (form: FormData) =>
  [...form].some(([name, value]) => hasControlCharacter(name) || (typeof value === "string" && hasControlCharacter(value)));
