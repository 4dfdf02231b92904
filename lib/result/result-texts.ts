import type { Localised } from "@/machines/locale";
import type { BodyKey } from "@/machines/vocabulary";

/** Said at a contact that applies only if a status the worker did not know turns out to hold (F17). */
export const IF_IT_TURNS_OUT: Partial<Record<BodyKey, Localised>> = {
  KSP: {
    da: "Hvis det viser sig, at personen er i Kriminalforsorgens varetægt",
    en: "If it turns out that the person is in the Prison and Probation Service's care",
  },
  PSP: {
    da: "Hvis det viser sig, at personen er i psykiatrisk behandling",
    en: "If it turns out that the person is in psychiatric treatment",
  },
};

/** Said at the municipality's unit for notifications about children when the person's age is not known. */
export const IF_A_CHILD: Localised = { da: "Hvis personen er under 18 år", en: "If the person is under 18" };

/** Said at the municipality's social services for adults when the person's age is not known. */
export const IF_AN_ADULT: Localised = { da: "Hvis personen er 18 år eller ældre", en: "If the person is 18 or older" };

/** Whom to ask for at the municipality's switchboard about an adult, where the directory knows no direct unit. */
export const ASK_FOR_ADULT_SERVICES: Localised = {
  da: "socialrådgivningen for voksne",
  en: "social services for adults",
};

/** The action of a duty to notify, before its channel: "Underret Aarhus Kommune". */
export const NOTIFY_ACTION: Localised = { da: "Underret {municipality}", en: "Notify {municipality}" };

/** The municipality when it is not known. */
export const THE_MUNICIPALITY: Localised = { da: "kommunen", en: "the municipality" };
