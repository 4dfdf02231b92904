import type { Localised } from "@/machines/locale";
import type { Workplace } from "@/machines/vocabulary";

const HEALTH_CARE: readonly Localised[] = [
  { da: "Tal med den ansvarlige læge eller din leder.", en: "Talk to the responsible doctor or your leader." },
  {
    da: "Spørg først patienten om samtykke. Uden samtykke må du kun videregive efter sundhedsloven § 43.",
    en: "Ask the patient for consent first. Without consent you may disclose only under sundhedsloven § 43.",
  },
  {
    da: "Skriv i journalen, hvad du har videregivet og hvorfor, som din arbejdsplads kræver det.",
    en: "Note in the patient's record what you disclosed and why, as your workplace requires.",
  },
];

/**
 * What the worker does first, inside their own organisation, before the outside body (docs/domain.md, "What the
 * worker does first, by role"). Practice, not law. The domain gives no first step for "other".
 */
export const FIRST_STEPS: Record<Workplace, readonly Localised[]> = {
  education: [
    { da: "Fortæl din leder om din bekymring.", en: "Tell your leader about your concern." },
    { da: "Tal med skolens SSP-kontaktperson.", en: "Talk to the school's SSP contact person." },
    {
      da: "Gælder det et barn, så følg kommunens vej for underretninger.",
      en: "If it is about a child, follow the municipality's route for notifications.",
    },
  ],
  psychiatry: HEALTH_CARE,
  health: HEALTH_CARE,
  prison_probation: [
    {
      da: "Følg din institutions egen procedure ved bekymring for radikalisering.",
      en: "Follow your institution's own procedure for concerns about radicalisation.",
    },
    { da: "Kontakt derefter KSP.", en: "Then contact KSP." },
  ],
  social_services: [
    {
      da: "Kontakt din kommunes kontaktperson for radikalisering eller kommunens repræsentant i Infohuset.",
      en: "Contact your municipality's radicalisation contact or its representative in the Info-House.",
    },
    {
      da: "I komplekse sager kan du få råd hos VISO, når borgeren har givet samtykke.",
      en: "In complex cases you can get advice from VISO, once the citizen has consented.",
    },
  ],
  other: [],
  private: [
    { da: "Ring til Hotline mod radikalisering. Du kan være anonym.", en: "Call the Anti-Radicalisation Hotline. You can stay anonymous." },
    { da: "Tal med en anden voksen, som kender personen.", en: "Talk to another adult who knows the person." },
    { da: "Er der begået en forbrydelse, så kontakt politiet.", en: "If a crime is involved, contact the police." },
  ],
};
