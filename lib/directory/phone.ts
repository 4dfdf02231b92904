/** The digits of a Danish number without the country code, e.g. "+45 96 30 14 48" → "96301448". */
const nationalDigits = (phone: string) => phone.replace(/[\s.-]/g, "").replace(/^(?:\+45|0045)/, "");

/** A number a Danish phone can call: eight digits not starting with 0 or 1, or the emergency and police numbers 112 and 114. */
export function isDanishPhone(phone: string): boolean {
  const digits = nationalDigits(phone);
  return /^[2-9]\d{7}$/.test(digits) || digits === "112" || digits === "114";
}

/** A Danish number as Danes write it: "96301448" → "96 30 14 48"; 112 and 114 stay as they are. */
export function formatDanishPhone(phone: string): string {
  const digits = nationalDigits(phone);
  return digits.length === 8 ? digits.replace(/(\d{2})(?=\d)/g, "$1 ") : digits;
}
