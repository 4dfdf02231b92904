import spdxSatisfies from "spdx-satisfies";

/**
 * The licences a production dependency may carry, and why each is acceptable for a public web service
 * that ships the packages unmodified. A licence outside this list fails `npm run licences` (and CI).
 */
export const ALLOWED_LICENCES: Record<string, string> = {
  MIT: "permissive",
  ISC: "permissive",
  "Apache-2.0": "permissive, with a patent grant",
  "BSD-2-Clause": "permissive",
  "BSD-3-Clause": "permissive",
  "0BSD": "permissive",
  "BlueOak-1.0.0": "permissive",
  Unlicense: "public domain",
  "CC0-1.0": "public domain",
  "CC-BY-4.0": "data with attribution (caniuse-lite's browser data, used at build time)",
  "OFL-1.1": "fonts (the design system's IBM Plex), used unmodified",
  "EPL-2.0": "weak copyleft on the library's own files, used unmodified (elkjs)",
  "LGPL-3.0-or-later": "weak copyleft, dynamically linked and unmodified (libvips in sharp's optional binaries)",
};

/** A lockfile's production packages (not dev) with the licence each declares. */
export type LockPackages = Record<string, { license?: string; dev?: boolean }>;

// Some packages write the SPDX operator in lower case ("MIT and ISC"), which the SPDX grammar does not accept.
const spdx = (licence: string) => licence.replace(/ (and|or|with) /g, (operator) => operator.toUpperCase());

function allowed(licence: string): boolean {
  try {
    return spdxSatisfies(spdx(licence), Object.keys(ALLOWED_LICENCES));
  } catch {
    return false;
  }
}

/** Each production package and its licence, sorted, and those whose licence is missing, unparsable or not allowed. */
export function licenceReport(packages: LockPackages) {
  const production = Object.entries(packages)
    .filter(([path, entry]) => path !== "" && !entry.dev)
    .map(([path, entry]) => ({ name: path.replace(/^.*node_modules\//, ""), licence: entry.license ?? "(none)" }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { production, refused: production.filter(({ licence }) => !allowed(licence)) };
}
