/** The administrators of the administration's end-to-end tests, created before their server starts. */
export const ADMIN_PASSWORD = "Sommerferie på Ærø 2026";
export const ADMINISTRATORS = [
  { email: "anne@example.dk", role: "national" },
  { email: "bo@example.dk", role: "national" },
  { email: "import@example.dk", role: "national" },
  { email: "fil@example.dk", role: "national" },
  { email: "laas@example.dk", role: "national" },
  { email: "kbh@example.dk", role: "municipality-editor", municipality: "101" },
  { email: "aarhus@example.dk", role: "municipality-editor", municipality: "751" },
  // Act on workers' reports in tests/e2e/contact-reports.spec.ts.
  { email: "melding-gladsaxe@example.dk", role: "municipality-editor", municipality: "159" },
  { email: "melding-national@example.dk", role: "national" },
  // Signed in by requests alone, for the attacks of tests/e2e/admin-hardening.spec.ts and admin-fuzz.spec.ts.
  { email: "haerdning@example.dk", role: "national" },
  { email: "fuzz@example.dk", role: "municipality-editor", municipality: "860" },
  // Write training cases in tests/e2e/case-authoring.spec.ts: a trainer in Gladsaxe, one in Aarhus whose cases are their
  // own, and an editor who is refused the cases. Each spec file signs in with accounts of its own: the authenticator
  // an account enrols lives in the worker that enrolled it.
  { email: "underviser-gladsaxe@example.dk", role: "trainer", municipality: "159" },
  { email: "underviser-aarhus@example.dk", role: "trainer", municipality: "751" },
  { email: "redaktoer-gladsaxe@example.dk", role: "municipality-editor", municipality: "159" },
] as const;
