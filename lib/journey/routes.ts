/**
 * The route names of the worker's journey, each the name of its folder under app/[locale]/ (a test holds them
 * together). The addresses, the server's pages and the browser's reading of an address all take them from here.
 */
export const JOURNEY_ROUTES = {
  question: "trin",
  check: "tjek",
  result: "resultat",
  signs: "tegn-paa-bekymring",
} as const;
