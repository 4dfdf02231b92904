// The page "Tegn på bekymring": signs to be aware of, stated as guidance and never as a checklist,
// each with the public pages that list it. Every text here paraphrases what its sources say;
// docs/sources.md ("Signs of concern") lists the same pages and what each supports.
import { fixedContact } from "@/lib/directory/always-available";
import type { Locale, Localised } from "@/machines/locale";

export type Source = {
  url: string;
  /** The page's own title or heading, in the page's language. */
  title: string;
  /** The language of the page, so that its title is marked up in that language. */
  lang: Locale;
  /** The date the page shows, if it shows one. */
  asOf?: string;
};

export type SourcedText = { text: Localised; sources: readonly Source[] };

export type SignGroup = { heading: Localised; signs: readonly SourcedText[] };

// The stored copies of these pages show no date. Two copies of the national centre's page differ in
// wording; the one used here is the one that Københavns and Silkeborg Kommune repeat.
const CENTRE_SIGNS: Source = {
  url: "https://www.stopekstremisme.dk/er-du-bekymret/hvilke-tegn-skal-du-vaere-opmaerksom-pa",
  title: "Hvilke tegn skal du være opmærksom på? (stopekstremisme.dk)",
  lang: "da",
};
const CENTRE_CONTACT: Source = {
  url: "https://stopekstremisme.dk/er-du-bekymret-1/her-kan-du-henvende-dig",
  title: "Her kan du henvende dig (stopekstremisme.dk)",
  lang: "da",
};
const CENTRE_CONTACT_EN: Source = {
  url: "https://stopekstremisme.dk/en/are-you-worried",
  title: "Are you worried? (stopekstremisme.dk)",
  lang: "en",
};
const COPENHAGEN: Source = {
  url: "https://ekstremisme.kk.dk/er-du-bekymret",
  title: "Er du bekymret? (Københavns Kommune)",
  lang: "da",
};
const AARHUS: Source = {
  url: "https://antiradikalisering.aarhus.dk/hvad-kan-jeg-goere/",
  title: "Hvad skal man være bekymret over? (Aarhus Kommune)",
  lang: "da",
};
const AARHUS_EN: Source = {
  url: "https://antiradikalisering.aarhus.dk/english/what-can-i-do/",
  title: "What should you be concerned about? (Aarhus Kommune)",
  lang: "en",
};
const TAARNBY: Source = {
  url: "https://ssp.taarnby.dk/forebyggende-indsatser/bekymring-for-radikalisering-og-ekstremisme/bekymring-for-radikalisering-og-ekstremisme",
  title: "Bekymring for radikalisering og ekstremisme? (SSP Tårnby)",
  lang: "da",
};
const FREDERICIA: Source = {
  url: "https://www.fredericia.dk/bekymring-radikalisering-ekstremisme",
  title: "Bekymring for radikalisering og ekstremisme (Fredericia Kommune)",
  lang: "da",
};
const SILKEBORG: Source = {
  url: "https://ssp.silkeborg.dk/bekymring-for-radikalisering-og-ekstremisme",
  title: "Bekymring for radikalisering og ekstremisme (SSP Silkeborg)",
  lang: "da",
};
const KOEGE: Source = {
  url: "https://sspkoege.dk/ung/indsatser/raad-vejledning/",
  title: "Antidemokratiske fællesskaber (SSP Køge)",
  lang: "da",
};

/** Read before the signs: what they are and what they are not. */
export const BEFORE_THE_SIGNS: readonly SourcedText[] = [
  {
    text: {
      da: "Ingen af tegnene betyder i sig selv, at en person er ved at blive radikaliseret. Tegnene er ikke en tjekliste, men et hjælperedskab, og de skal ses i sammenhæng med hinanden.",
      en: "None of the signs means on its own that a person is becoming radicalised. The signs are not a checklist but an aid, and they must be seen together.",
    },
    sources: [CENTRE_SIGNS, COPENHAGEN, SILKEBORG],
  },
  {
    text: {
      da: "Hvis flere af tegnene viser sig på samme tid, kan der være grund til at reagere, så det kan blive undersøgt, om der er grund til bekymring.",
      en: "If several of the signs appear at the same time, there may be reason to act, so that someone can look into whether there is cause for concern.",
    },
    sources: [COPENHAGEN, SILKEBORG],
  },
];

/** The signs, in groups. Each sign lists the pages that name it. */
export const SIGN_GROUPS: readonly SignGroup[] = [
  {
    heading: { da: "Holdninger", en: "Views" },
    signs: [
      {
        text: {
          da: "Viser foragt for eller intolerance over for andres holdninger.",
          en: "Shows contempt for or intolerance of other people's views.",
        },
        sources: [CENTRE_SIGNS, COPENHAGEN, AARHUS, TAARNBY],
      },
      {
        text: { da: "Afviser demokratiske principper.", en: "Rejects democratic principles." },
        sources: [AARHUS, TAARNBY, FREDERICIA],
      },
      {
        text: {
          da: "Giver udtryk for konspirationsteorier, simple fjendebilleder eller had mod bestemte grupper.",
          en: "Puts forward conspiracy theories, simple images of an enemy or hatred of certain groups.",
        },
        sources: [AARHUS, AARHUS_EN, TAARNBY],
      },
      {
        text: { da: "Argumenterer for 'absolutte løsninger'.", en: "Argues for 'absolute solutions'." },
        sources: [AARHUS, AARHUS_EN, TAARNBY],
      },
      {
        text: {
          da: "Prædiker og moraliserer og prøver at få andre til at mene det samme.",
          en: "Preaches and moralises, and tries to make others share their beliefs.",
        },
        sources: [CENTRE_SIGNS, COPENHAGEN, AARHUS],
      },
      {
        text: { da: "Er meget optaget af en bestemt sag eller person.", en: "Is very preoccupied with a particular cause or person." },
        sources: [CENTRE_SIGNS, COPENHAGEN],
      },
    ],
  },
  {
    heading: { da: "Adfærd", en: "Behaviour" },
    signs: [
      {
        text: {
          da: "Opsøger hjemmesider, litteratur eller film med ekstremistiske eller voldslegitimerende budskaber.",
          en: "Seeks out websites, literature or films with extremist messages or messages that justify violence.",
        },
        sources: [CENTRE_SIGNS, COPENHAGEN, AARHUS, TAARNBY],
      },
      {
        text: {
          da: "Deltager i møder eller begivenheder med ekstremistiske, hadefulde eller voldslegitimerende budskaber.",
          en: "Takes part in meetings or events with extremist or hateful messages, or messages that justify violence.",
        },
        sources: [CENTRE_SIGNS, COPENHAGEN, AARHUS],
      },
      {
        text: {
          da: "Spreder voldslegitimerende budskaber, fx på sociale medier.",
          en: "Spreads messages that justify violence, for example on social media.",
        },
        sources: [CENTRE_SIGNS, COPENHAGEN],
      },
      {
        text: {
          da: "Viser tilknytning til ekstreme budskaber gennem sit tøj, sit udseende eller totalitære symboler.",
          en: "Shows attachment to extreme messages through clothing, appearance or totalitarian symbols.",
        },
        sources: [CENTRE_SIGNS, COPENHAGEN, AARHUS],
      },
      {
        text: {
          da: "Truer, chikanerer eller lægger socialt pres på andre.",
          en: "Threatens, harasses or puts social pressure on others.",
        },
        sources: [CENTRE_SIGNS, COPENHAGEN],
      },
    ],
  },
  {
    heading: { da: "Venner og familie", en: "Friends and family" },
    signs: [
      {
        text: {
          da: "Får nye venner eller relationer til personer eller grupper, der giver anledning til bekymring, fx på grund af kriminalitet eller ekstreme holdninger.",
          en: "Makes new friends or ties with people or groups that give cause for concern, for example because of crime or extreme views.",
        },
        sources: [AARHUS, AARHUS_EN, TAARNBY, FREDERICIA],
      },
      {
        text: {
          da: "Er isoleret fra familien eller splittet i forhold til den.",
          en: "Is isolated or separated from their family.",
        },
        sources: [AARHUS, AARHUS_EN, TAARNBY],
      },
      {
        text: {
          da: "Har opgivet sine hidtidige venner og fritidsaktiviteter.",
          en: "Has cut ties with existing friends and given up their hobbies.",
        },
        sources: [AARHUS, AARHUS_EN, TAARNBY],
      },
    ],
  },
  {
    heading: { da: "Vold, våben og rejser", en: "Violence, weapons and travel" },
    signs: [
      {
        text: {
          da: "Er parat til at bruge vold, fx ved at være involveret i voldshandlinger eller voldelige sammenstød.",
          en: "Is ready to use violence, for example by being involved in violent acts or violent clashes.",
        },
        sources: [CENTRE_SIGNS, COPENHAGEN, AARHUS],
      },
      {
        text: {
          da: "Viser interesse for at rejse til udlandet og deltage i konflikter eller træningsaktiviteter, hvor ekstreme grupper er involveret.",
          en: "Shows an interest in travelling abroad to take part in conflicts or training where extreme groups are involved.",
        },
        sources: [CENTRE_SIGNS, COPENHAGEN],
      },
      {
        text: { da: "Færdes i miljøer med let adgang til våben.", en: "Spends time in settings with easy access to weapons." },
        sources: [CENTRE_SIGNS, COPENHAGEN],
      },
    ],
  },
];

/** How to judge the concern: look at the whole situation and talk to someone. */
export const JUDGING: readonly SourcedText[] = [
  {
    text: {
      da: "Se på personens hele situation. Har personen for nylig været igennem en personlig krise, fx et dødsfald, sygdom i familien, et mistet job eller et brud med uddannelsen? Sammen med nogle af tegnene kan det være grund til bekymring.",
      en: "Look at the person's whole situation. Has the person recently been through a personal crisis, such as a death, illness in the family, a lost job or dropping out of education? Together with some of the signs, that may give cause for concern.",
    },
    sources: [CENTRE_SIGNS],
  },
  {
    text: {
      da: "Er du i tvivl, så tal med en anden voksen, der kender personen. Som fagperson kan du fx tale med din leder eller en kollega. Det giver flere perspektiver, og du kan få sat flere ord på din bekymring.",
      en: "If you are unsure, talk to another adult who knows the person. As a professional you can, for example, talk to your manager or a colleague. That gives you more perspectives and helps you put your concern into words.",
    },
    sources: [COPENHAGEN],
  },
  {
    text: {
      da: "Spørg din kommunes SSP-konsulent, om kommunen har et bekymringsbarometer eller et bekymringsskema, du kan bruge. Fredericia Kommune har fx et bekymringsskema, der kan bruges som rettesnor, og hos SSP i Køge kan du få sparring og rådgivning om en bekymring.",
      en: "Ask your municipality's SSP consultant whether the municipality has a concern barometer or a concern form you can use. Fredericia Kommune, for example, has a concern form to use as a guide, and SSP in Køge gives sparring and advice about a concern.",
    },
    sources: [KOEGE, FREDERICIA],
  },
  {
    text: {
      da: "Ser du tegn på bekymring, bør du søge råd, uanset om personen er under eller over 18 år.",
      en: "If you see signs of concern, you should seek advice whether the person is under or over 18.",
    },
    sources: [AARHUS, AARHUS_EN],
  },
];

const hotline = (locale: Locale) => fixedContact("hotline", locale);

/** The Anti-Radicalisation Hotline: its name, number and hours are the always-available contact's. */
export const HOTLINE = {
  name: { da: hotline("da").name, en: hotline("en").name } satisfies Localised,
  phone: hotline("da").phone ?? "",
  telHref: `tel:+45${(hotline("da").phone ?? "").replace(/\s/g, "")}`,
  advice: {
    text: {
      da: "Hotlinen giver råd til alle, både fagpersoner og andre borgere, der har en konkret bekymring om ekstremisme. Hvis det er relevant, henviser hotlinen videre til de lokale myndigheder.",
      en: "The hotline advises everyone, both professionals and other citizens, who has a concrete concern about extremism. If relevant, the hotline refers you on to the local authorities.",
    },
    sources: [CENTRE_CONTACT, CENTRE_CONTACT_EN],
  } satisfies SourcedText,
  /** Opening hours and anonymity, as the always-available contact has them. */
  hours: { da: hotline("da").hours ?? "", en: hotline("en").hours ?? "" } satisfies Localised,
} as const;

/** When a crime or danger is suspected, the police, not advice. */
export const POLICE: SourcedText = {
  text: {
    da: "Har du mistanke om, at der er sket eller vil ske ulovlige handlinger med baggrund i ekstremisme, så kontakt politiet på 114. Er nogen i fare lige nu, så ring 112.",
    en: "If you suspect that illegal acts based on extremism have happened or will happen, contact the police on 114. If someone is in danger right now, call 112.",
  },
  sources: [CENTRE_CONTACT, CENTRE_CONTACT_EN, SILKEBORG],
};

/** Every sourced text on the page. */
export const ALL_SOURCED_TEXTS: readonly SourcedText[] = [
  ...BEFORE_THE_SIGNS,
  ...SIGN_GROUPS.flatMap((group) => group.signs),
  ...JUDGING,
  HOTLINE.advice,
  POLICE,
];

/**
 * The sources of a section as a page in `locale` shows them: each once, in the order they first appear.
 * A text that has a source in the page's language shows only those; the others are the same publisher's
 * page in another language.
 */
export function sourcesOf(texts: readonly SourcedText[], locale: Locale): Source[] {
  const inLanguage = (text: SourcedText) => {
    const own = text.sources.filter((source) => source.lang === locale);
    return own.length > 0 ? own : text.sources;
  };
  const seen = new Map<string, Source>();
  for (const source of texts.flatMap(inLanguage)) if (!seen.has(source.url)) seen.set(source.url, source);
  return [...seen.values()];
}

/** Every source named here; the page in each language links to those `sourcesOf` gives it. */
export const ALL_SOURCES: readonly Source[] = [
  ...new Map(ALL_SOURCED_TEXTS.flatMap((text) => text.sources).map((source) => [source.url, source])).values(),
];
