import type { Localised } from "@/machines/locale";
import type { BodyKey } from "@/machines/vocabulary";

/** Why the directory shows a nearer channel instead of the body's own contact. */
export const GAP_TEXTS = {
  INFOHOUSE: {
    da: "Vi kender ikke et direkte nummer til Infohuset i denne politikreds. Kontakt politikredsen på 114 og bed om Infohuset, eller ring til Hotline mod radikalisering.",
    en: "We know no direct number for the Info-House in this police district. Call the police district on 114 and ask for the Info-House, or call the Anti-Radicalisation Hotline.",
  },
  PSP: {
    da: "PSP drives af politikredsen sammen med kommunen og regionens psykiatri. Vi kender ikke et direkte nummer til PSP: spørg din egen enheds PSP-kontaktperson, eller kontakt politikredsen.",
    en: "PSP is run by the police district with the municipality and the region's psychiatry. We know no direct number for PSP: ask your own unit's PSP contact person, or contact the police district.",
  },
  KSP: {
    da: "KSP drives af politikredsen sammen med kommunen og Kriminalforsorgen. Vi kender ikke et direkte nummer til KSP: spørg din egen institutions KSP-kontaktperson, eller kontakt politikredsen.",
    en: "KSP is run by the police district with the municipality and the Prison and Probation Service. We know no direct number for KSP: ask your own institution's KSP contact person, or contact the police district.",
  },
  SSP: {
    da: "Vi kender ikke et direkte nummer til SSP i denne kommune. Find SSP-koordinatoren på kommunens hjemmeside, eller spørg din ledelse.",
    en: "We know no direct number for SSP in this municipality. Find the SSP coordinator on the municipality's website, or ask your management.",
  },
  MUNICIPALITY: {
    da: "Vi kender ikke et direkte nummer til kommunens socialforvaltning. Ring til kommunens hovednummer, eller find socialforvaltningen på kommunens hjemmeside.",
    en: "We know no direct number for the municipality's social services. Call the municipality's main number, or find social services on the municipality's website.",
  },
  STUK: {
    da: "Vi kender ingen kontrolleret kontakt til Styrelsen for Undervisning og Kvalitet. Center for Dokumentation og Indsats mod Ekstremisme rådgiver også skoler om forebyggelse.",
    en: "We know no verified contact for the National Agency for Quality and Supervision. The Centre for Prevention of Extremism also advises schools on prevention.",
  },
  NFC_EXIT: {
    da: "Exitkontaktpunktet for rocker- og bandemiljøer har ikke et offentligt nummer i vores kilder. Du når det gennem politiet på 114.",
    en: "The National Exit Contact Point for biker and gang environments has no public number in our sources. It is reached through the local police on 114.",
  },
  NO_MUNICIPALITY: {
    da: "Vi kender ikke kommunen, så vi viser den landsdækkende kontakt.",
    en: "We do not know the municipality, so we show the national contact.",
  },
} as const satisfies Partial<Record<BodyKey | "NO_MUNICIPALITY", Localised>>;
