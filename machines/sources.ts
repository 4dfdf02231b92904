// Every URL here appears in the research notes, docs/national-bodies-notes.md and docs/legal-basis-notes.md;
// `ref` names the section.
export type Source = { ref: string; url: string };

export const SOURCES = {
  seed: {
    ref: '"Who does what in Denmark?", the seed document (docs/national-bodies-notes.md §11)',
    url: "https://stopekstremisme.dk/en/prevention/who-does-what-in-denmark",
  },
  emergency112: {
    ref: "docs/national-bodies-notes.md §1",
    url: "https://ssp.silkeborg.dk/bekymring-for-radikalisering-og-ekstremisme",
  },
  whereToTurn: {
    ref: "docs/national-bodies-notes.md §2; docs/legal-basis-notes.md §5",
    url: "https://stopekstremisme.dk/er-du-bekymret-1/her-kan-du-henvende-dig",
  },
  hotlineFollowUp: {
    ref: "docs/national-bodies-notes.md §2",
    url: "https://antiradikalisering.dk/saadan-haandterer-vi-din-henvendelse",
  },
  infoHouses: {
    ref: "docs/national-bodies-notes.md §6",
    url: "https://stopekstremisme.dk/en/the-danish-info-houses-2",
  },
  cde: {
    ref: "docs/national-bodies-notes.md §3",
    url: "https://stopekstremisme.dk/om-centeret",
  },
  petExit: {
    ref: "docs/national-bodies-notes.md §12",
    url: "https://www.pet.dk/Forebyggende%20Afdeling/EXIT-samtaler.aspx",
  },
  petPrevention: {
    ref: "docs/national-bodies-notes.md §4; docs/legal-basis-notes.md §5",
    url: "https://pet.dk/forebyggelse-af-radikalisering-og-terrorisme",
  },
  viso: {
    ref: "docs/national-bodies-notes.md §7",
    url: "https://www.sbst.dk/viso/kontakt-og-henvendelse/soeg-raadgivning-/inden-du-henvender-dig-",
  },
  barnetsLov: {
    ref: "docs/legal-basis-notes.md §1 (barnets lov, in force 1 January 2024)",
    url: "https://admin.gribskov.dk/borger/boern-og-unge/boern-og-unge-med-saerlige-behov/barnets-lov",
  },
  heightenedDutyContent: {
    ref: "docs/legal-basis-notes.md §1 (content as worded in the predecessor serviceloven § 153)",
    url: "https://danskelove.dk/serviceloven/152-154",
  },
  retsplejeloven115: {
    ref: "docs/legal-basis-notes.md §2 (retsplejeloven § 115)",
    url: "https://ungegedal.dk/index.php?open=608&menu_id=74",
  },
  sundhedsloven43: {
    ref: "docs/legal-basis-notes.md §3 (sundhedsloven § 43)",
    url: "https://danskelove.dk/sundhedsloven/43",
  },
} as const satisfies Record<string, Source>;
