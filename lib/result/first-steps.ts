import { keepSectionNumber } from "../legal/legal-basis";
import type { Locale, Localised } from "@/machines/locale";
import type { Answers, BodyKey, Workplace } from "@/machines/vocabulary";

/**
 * One first step. `names` are the bodies the text names: the step is shown only when each of them is among the
 * page's contacts, so that a step never sends the worker to a body the page gives no way to reach.
 */
type FirstStep = { text: Localised; names?: readonly BodyKey[]; when?: (answers: Answers) => boolean };

const aboutRadicalisation = (a: Answers) => a.concern === undefined || ["radicalisation", "travel", "exit_extremism"].includes(a.concern);
const ageUnknown = (a: Answers) => a.ageBand === "unknown";

const IF_A_CHILD: FirstStep = {
  text: {
    da: "Er personen under 18 år, så følg kommunens vej for underretninger.",
    en: "If the person is under 18, follow the municipality's route for notifications.",
  },
  names: ["MUNICIPALITY"],
  when: ageUnknown,
};

const HEALTH_CARE: readonly FirstStep[] = [
  { text: { da: "Tal med den ansvarlige læge eller din leder.", en: "Talk to the responsible doctor or your manager." } },
  {
    text: {
      da: "Spørg først patienten om samtykke. Uden samtykke må du kun videregive efter sundhedsloven § 43.",
      en: "Ask the patient for consent first. Without consent you may disclose only under sundhedsloven § 43.",
    },
  },
  {
    text: {
      da: "Skriv i journalen, hvad du har videregivet og hvorfor, som din arbejdsplads kræver det.",
      en: "Note in the patient's record what you disclosed and why, as your workplace requires.",
    },
  },
];

/**
 * What the worker does first, inside their own organisation, before the outside body (docs/domain.md, "What the
 * worker does first, by role"). Practice, not law. The domain gives no first step for "other".
 */
const FIRST_STEPS: Record<Workplace, readonly FirstStep[]> = {
  education: [
    { text: { da: "Fortæl din leder om din bekymring.", en: "Tell your manager about your concern." } },
    { text: { da: "Tal med skolens SSP-kontaktperson.", en: "Talk to the school's SSP contact person." }, names: ["SSP"] },
    IF_A_CHILD,
  ],
  psychiatry: HEALTH_CARE,
  health: HEALTH_CARE,
  prison_probation: [
    {
      text: {
        da: "Følg din institutions egen procedure ved bekymring for radikalisering.",
        en: "Follow your institution's own procedure for concerns about radicalisation.",
      },
      when: aboutRadicalisation,
    },
    {
      text: {
        da: "Fortæl din leder om din bekymring, og følg din institutions egen procedure.",
        en: "Tell your manager about your concern and follow your institution's own procedure.",
      },
      when: (a) => !aboutRadicalisation(a),
    },
    { text: { da: "Kontakt derefter KSP.", en: "Then contact KSP." }, names: ["KSP"] },
  ],
  social_services: [
    {
      text: {
        da: "Kontakt din kommunes kontaktperson for radikalisering eller dens repræsentant i Infohuset.",
        en: "Contact your municipality's radicalisation contact or its representative in the Info-House.",
      },
      names: ["INFOHOUSE"],
    },
    {
      text: {
        da: "I komplekse sager kan du få råd hos VISO, når borgeren har givet samtykke.",
        en: "In complex cases you can get advice from VISO, once the citizen has consented.",
      },
      names: ["VISO"],
    },
  ],
  other: [],
  private: [
    {
      text: {
        da: "Ring til Hotline mod radikalisering. Du kan være anonym.",
        en: "Call the Anti-Radicalisation Hotline. You can stay anonymous.",
      },
      names: ["HOTLINE"],
    },
    { text: { da: "Tal med en anden voksen, som kender personen.", en: "Talk to another adult who knows the person." } },
    {
      text: { da: "Er der begået en forbrydelse, så kontakt politiet.", en: "If a crime is involved, contact the police." },
      names: ["POLICE"],
    },
  ],
};

/** The first steps of a route, given the bodies the page gives a contact for without a condition. */
export function firstSteps(answers: Answers, onPage: ReadonlySet<BodyKey>, locale: Locale): string[] {
  const steps = answers.workplace ? FIRST_STEPS[answers.workplace] : [];
  return steps
    .filter((step) => (step.when?.(answers) ?? true) && (step.names ?? []).every((body) => onPage.has(body)))
    .map((step) => keepSectionNumber(step.text[locale]));
}
