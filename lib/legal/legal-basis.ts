import type { Locale, Localised } from "@/machines/locale";
import type { DutyKey } from "@/machines/vocabulary";

/** "§ 135" with a no-break space, so that a line never breaks between the sign and the number. */
export const keepSectionNumber = (text: string) => text.replace(/(§§?) (?=\d)/g, "$1\u00a0");

export type LegalBasis = {
  id: string;
  title: string;
  citation: string;
  summary: string;
  /** What is not settled in the sources; shown with the text, never hidden. */
  caveat?: string;
  source: string;
  /** The date the source shows (for a consolidated act, its date). */
  asOf: string;
  /** When the text was last checked against its sources. */
  checkedAt: string;
};

// The legal texts were checked against their sources when the research notes were taken in (decision 0003).
const CHECKED_AT = "2026-11-28";

type LegalText = Omit<LegalBasis, "title" | "summary" | "caveat" | "checkedAt"> & {
  title: Localised;
  summary: Localised;
  caveat?: Localised;
};

const TEXTS = {
  heightenedNotificationDuty: {
    id: "barnets-lov-133",
    title: { da: "Skærpet underretningspligt", en: "Heightened duty to notify" },
    citation: "Barnets lov § 133 (lov nr. 721 af 13. juni 2023, i kraft 1. januar 2024; LBK nr. 282 af 17. marts 2025)",
    summary: {
      da: "Ansatte i offentlig tjeneste skal underrette kommunen, hvis de i deres arbejde får kendskab til eller grund til at antage, at et barn eller en ung under 18 år kan have behov for særlig støtte. Pligten er personlig og går forud for tavshedspligten.",
      en: "People in public service must notify the municipality if, in their work, they learn of or have reason to assume that a child or young person under 18 may need special support. The duty is personal and overrides confidentiality.",
    },
    caveat: {
      da: "Vi har kun set paragraffen nævnt i en ændringslov, ikke selve lovteksten. Tjek den gældende lovtekst på retsinformation.dk.",
      en: "We have seen the section only referred to in an amending act, not the statute text itself. Check the current text on retsinformation.dk.",
    },
    source: "https://www.lovguiden.dk/loven/bekendtgørelse-af-barnets-lov/2; https://danskelove.dk/serviceloven/152-154",
    asOf: "2025-03-17",
  },
  generalNotificationDuty: {
    id: "barnets-lov-135",
    title: { da: "Almindelig underretningspligt", en: "General duty to notify" },
    citation: "Barnets lov § 135",
    summary: {
      da: "Alle, der får kendskab til, at et barn eller en ung under 18 år udsættes for vanrøgt eller nedværdigende behandling eller lever under forhold, der bringer sundhed eller udvikling i fare, skal underrette kommunen.",
      en: "Anyone who learns that a child or young person under 18 is exposed to neglect or degrading treatment, or lives in conditions that endanger their health or development, must notify the municipality.",
    },
    caveat: {
      da: "Paragrafnummeret bygger på én kilde (Region Syddanmark). Tjek retsinformation.dk.",
      en: "The section number rests on one source (Region Syddanmark). Check retsinformation.dk.",
    },
    source:
      "https://regionsyddanmark.dk/fagfolk/det-naere-sundhedsvaesen/samarbejdsaftaler-og-forlobsprogrammer/born-og-unge/underretning-ved-mistanke-om-born-og-unges-forhold",
    asOf: "2025-03-17",
  },
  informationSharing115: {
    id: "retsplejeloven-115",
    title: { da: "Udveksling af oplysninger i SSP, PSP, KSP og Infohuse", en: "Sharing information in SSP, PSP, KSP and the Info-Houses" },
    citation: "Retsplejeloven § 115, stk. 1–4",
    summary: {
      da: "Politi, kommune, psykiatri og Kriminalforsorgen må udveksle oplysninger om rent private forhold, når det er nødvendigt for det kriminalitetsforebyggende samarbejde (SSP, PSP, KSP). Oplysningerne må ikke bruges til efterforskning. Der er ingen pligt til at videregive (stk. 4).",
      en: "The police, the municipality, psychiatry and the Prison and Probation Service may share information on purely private matters when it is necessary for crime-prevention cooperation (SSP, PSP, KSP). It may not be passed on for criminal investigation. There is no duty to share (stk. 4).",
    },
    caveat: {
      da: "Den gældende ordlyd (med KSP litra c) er kun set citeret af en kommune (2023).",
      en: "The current wording (with KSP litra c) was seen only as quoted by a municipality (2023).",
    },
    source: "https://ungegedal.dk/index.php?open=608&menu_id=74; https://stopekstremisme.dk/en/the-danish-info-houses-2",
    asOf: "2023-07-03",
  },
  healthDisclosure43: {
    id: "sundhedsloven-43",
    title: { da: "Videregivelse af helbredsoplysninger uden samtykke", en: "Disclosing health information without consent" },
    citation: "Sundhedsloven § 43, stk. 2, nr. 2, og stk. 4",
    summary: {
      da: "Sundhedspersoner må uden patientens samtykke videregive oplysninger til myndigheder, når det er nødvendigt for at varetage en åbenbar almen interesse eller væsentlige hensyn til patienten, sundhedspersonen eller andre (værdispringsreglen). Den, der har oplysningerne, afgør det (stk. 3). Patienten skal snarest muligt have besked bagefter (stk. 4).",
      en: "Health professionals may, without the patient's consent, disclose information to authorities when it is necessary to protect an obvious public interest or important interests of the patient, the health professional or others (the value-leap rule). The holder of the information decides (stk. 3). The patient must be told as soon as possible afterwards (stk. 4).",
    },
    source:
      "https://danskelove.dk/sundhedsloven/43; https://laeger.dk/foreninger/laegeforeningen/faa-hjaelp-og-raadgivning/juridisk-raadgivning/laegens-ansvar-og-pligt/oplysninger-til-myndigheder/maa-jeg-videregive-patienters-helbredsoplysninger-til-myndigheder",
    asOf: "2026-11-28",
  },
} as const satisfies Record<string, LegalText>;

function localise(text: LegalText, locale: Locale): LegalBasis {
  const { title, summary, caveat, ...rest } = text;
  return {
    ...rest,
    citation: keepSectionNumber(rest.citation),
    checkedAt: CHECKED_AT,
    title: title[locale],
    summary: keepSectionNumber(summary[locale]),
    ...(caveat ? { caveat: keepSectionNumber(caveat[locale]) } : {}),
  };
}

// One legal text per duty: the duties themselves say who has which (machines/duties.ts).
const TEXT_OF_DUTY = {
  NOTIFY_MUNICIPALITY: TEXTS.heightenedNotificationDuty,
  NOTIFY_MUNICIPALITY_GENERAL: TEXTS.generalNotificationDuty,
  SHARING_115: TEXTS.informationSharing115,
  HEALTH_DISCLOSURE: TEXTS.healthDisclosure43,
} satisfies Record<DutyKey, LegalText>;

/** The legal texts behind an outcome's duties, in the duties' order. */
export function legalBasisFor(duties: readonly DutyKey[], locale: Locale): LegalBasis[] {
  return duties.map((duty) => localise(TEXT_OF_DUTY[duty], locale));
}

/** The short name of a duty, e.g. "Skærpet underretningspligt". */
export const dutyTitle = (duty: DutyKey, locale: Locale): string => TEXT_OF_DUTY[duty].title[locale];
