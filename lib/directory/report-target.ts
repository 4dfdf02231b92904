// What a worker's report about a contact names: the contact as the directory holds it, or the municipality's or
// police district's own channel, or one of the numbers that live in code (112, 114, the hotline). Only this; never
// the answers of the journey the worker came from.

type FixedKey = "emergency" | "police" | "hotline";

export type ReportTarget =
  | { kind: "contact"; id: string }
  | { kind: "municipality"; code: string }
  | { kind: "district"; id: string }
  | { kind: "fixed"; key: FixedKey };

const TARGET = /^(?:contact:([a-z0-9-]{1,100})|municipality:(\d{3})|district:([a-z-]{1,100})|fixed:(emergency|police|hotline))$/;

/** The target as a report and the form's address write it: "contact:ssp-101", "municipality:101", … */
export const targetKey = (target: ReportTarget): string =>
  target.kind === "contact" || target.kind === "district"
    ? `${target.kind}:${target.id}`
    : target.kind === "municipality"
      ? `municipality:${target.code}`
      : `fixed:${target.key}`;

/** The target a key names, or undefined when it is none. */
export function parseTarget(key: string): ReportTarget | undefined {
  const match = TARGET.exec(key);
  if (!match) return undefined;
  const [, contact, municipality, district, fixed] = match;
  if (contact) return { kind: "contact", id: contact };
  if (municipality) return { kind: "municipality", code: municipality };
  if (district) return { kind: "district", id: district };
  return { kind: "fixed", key: fixed as FixedKey };
}
