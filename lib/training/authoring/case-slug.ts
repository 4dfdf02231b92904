import { MAX_SLUG_LENGTH, RESERVED_SLUGS } from "../scenario";

const DANISH_LETTERS: Record<string, string> = { æ: "ae", ø: "oe", å: "aa" };
const SUFFIX_ROOM = 4;

/** A case's address from its Danish title: "Elev på Ærø" is "elev-paa-aeroe". */
export function slugFromTitle(title: string): string {
  const words = title
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH_LETTERS[letter]!)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG_LENGTH - SUFFIX_ROOM)
    .replace(/^-+|-+$/g, "");
  return words === "" || (RESERVED_SLUGS as readonly string[]).includes(words) ? `sag-${words}`.replace(/-$/, "") : words;
}

/** The first of `slug`, `slug-2`, `slug-3` … that `taken` does not hold, shortened where the number would make it too long. */
export function freeSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let number = 2; ; number++) {
    const candidate = `${slug.slice(0, MAX_SLUG_LENGTH - 1 - String(number).length).replace(/-+$/, "")}-${number}`;
    if (!taken.has(candidate)) return candidate;
  }
}
