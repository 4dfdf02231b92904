import type { Localised } from "./locale";

/** How the R8 body is placed: first contact, or next contact after advice (R7). */
export type Role = "first" | "later";

export const ROLE_TEXTS = {
  first: { da: "første kontakt", en: "the first contact" },
  later: { da: "næste kontakt, når du har fået råd", en: "the next contact once you have had advice" },
} satisfies Record<Role, Localised>;

// "{role}" is replaced by a ROLE_TEXTS entry.
export const REASON_TEXTS = {
  emergency: {
    da: "Der er akut fare for liv eller helbred, så ring 112 nu.",
    en: "Someone's life or health is in immediate danger, so call 112 now.",
  },
  crimeSuspected: {
    da: "Du har mistanke om, at en forbrydelse er begået eller planlægges, så politiet (114) er første kontakt.",
    en: "You suspect that a crime has been committed or is being planned, so the police (114) are the first contact.",
  },
  settingSsp: {
    da: "Du arbejder i skole, dagtilbud eller uddannelse, så SSP inddrages, når politiet kender sagen.",
    en: "You work in a school, daycare or education, so SSP is involved once the police know about the case.",
  },
  settingPsp: {
    da: "Du arbejder i psykiatrien, så PSP inddrages, når politiet kender sagen.",
    en: "You work in psychiatry, so PSP is involved once the police know about the case.",
  },
  settingKsp: {
    da: "Du arbejder i Kriminalforsorgen, så KSP inddrages, når politiet kender sagen.",
    en: "You work in the Prison and Probation Service, so KSP is involved once the police know about the case.",
  },
  crimeUnknown: {
    da: "Du ved ikke, om der er tale om en forbrydelse, så Hotline mod radikalisering giver dig råd først, og politiet (114) tager sig af mistanke om forbrydelser.",
    en: "You do not know whether a crime is involved, so the Anti-Radicalisation Hotline advises you first, and the police (114) deal with suspected crime.",
  },
  travel: {
    da: "Bekymringen handler om udrejse til et område med væbnet konflikt, så Infohuset i politikredsen er første kontakt, og politiet inddrages.",
    en: "The concern is about travel to an armed conflict zone, so the police district's Info-House is the first contact and the police are involved.",
  },
  exitExtremism: {
    da: "Personen vil ud af et ekstremistisk miljø, så Infohuset i politikredsen er første kontakt.",
    en: "The person wants to leave an extremist environment, so the police district's Info-House is the first contact.",
  },
  exitExtremismInPrison: {
    da: "Personen er i fængsel, varetægtsfængslet, under tilsyn eller tæt på løsladelse, så Kriminalforsorgen inddrages med mentorstøtte.",
    en: "The person is in prison, on remand, on probation or about to be released, so the Prison and Probation Service is involved with mentoring.",
  },
  petExplained: {
    da: "PET's exitprogram bliver forklaret, men du skal ikke kontakte PET direkte; det sker gennem politiet og Infohuset.",
    en: "PET's exit programme is explained, but you do not contact PET directly; that goes through the police and the Info-House.",
  },
  exitGang: {
    da: "Personen vil ud af et bande- eller rockermiljø, så det nationale exitkontaktpunkt er første kontakt gennem lokalpolitiet (114), og kommunen inddrages.",
    en: "The person wants to leave a gang or biker environment, so the National Exit Contact Point is the first contact through the local police (114), and the municipality is involved.",
  },
  preventionGeneral: {
    da: "Det handler om forebyggelse generelt og ikke om én bestemt person, så Center for Dokumentation og Indsats mod Ekstremisme (CDE) kan rådgive.",
    en: "This is general prevention work, not about one specific person, so the Danish Centre for Prevention of Extremism (CDE) can advise.",
  },
  preventionSchool: {
    da: "Du arbejder i skole, dagtilbud eller uddannelse, så STUK er første kontakt om demokratisk dannelse og håndtering af bekymringer.",
    en: "You work in a school, daycare or education, so STUK is the first contact on democracy education and handling concerns.",
  },
  wellbeing: {
    da: "Bekymringen handler kun om personens trivsel og ikke om ekstremisme, så kommunen er første kontakt.",
    en: "The concern is only about the person's wellbeing, not extremism, so the municipality is the first contact.",
  },
  adviceFirst: {
    da: "Du vil gerne have råd først, så Hotline mod radikalisering (41 74 90 90) er første kontakt.",
    en: "You want advice first, so the Anti-Radicalisation Hotline (41 74 90 90) is the first contact.",
  },
  privatePerson: {
    da: "Du er privatperson, så Hotline mod radikalisering er første kontakt, og politiet (114) tager sig af mistanke om forbrydelser.",
    en: "You are a private person, so the Anti-Radicalisation Hotline is the first contact, and the police (114) deal with suspected crime.",
  },
  inPrisonStaff: {
    da: "Du arbejder i Kriminalforsorgen, og personen er i fængsel, varetægtsfængslet, under tilsyn eller tæt på løsladelse, så Kriminalforsorgens egen procedure ved bekymring er {role}, og KSP inddrages.",
    en: "You work in the Prison and Probation Service and the person is in prison, on remand, on probation or about to be released, so the Service's own procedure for concerns is {role}, and KSP is involved.",
  },
  inPrison: {
    da: "Personen er i fængsel, varetægtsfængslet, under tilsyn eller tæt på løsladelse, så KSP er {role}.",
    en: "The person is in prison, on remand, on probation or about to be released, so KSP is {role}.",
  },
  inPsychiatry: {
    da: "Personen er i psykiatrisk behandling, så PSP er {role}.",
    en: "The person is in psychiatric treatment, so PSP is {role}.",
  },
  under18: {
    da: "Personen er under 18 år, så SSP i bopælskommunen er {role}.",
    en: "The person is under 18, so SSP in their home municipality is {role}.",
  },
  aged18to24: {
    da: "Personen er mellem 18 og 24 år, så SSP er {role}; mange kommuner har SSP+ op til 25 år.",
    en: "The person is between 18 and 24, so SSP is {role}; many municipalities run SSP+ up to 25.",
  },
  aged25plus: {
    da: "Personen er 25 år eller ældre, så Infohuset i politikredsen er {role}.",
    en: "The person is 25 or older, so the police district's Info-House is {role}.",
  },
  ageUnknown: {
    da: "Personens alder er ukendt, så Infohuset i politikredsen er {role}.",
    en: "The person's age is not known, so the police district's Info-House is {role}.",
  },
  viso: {
    da: "Du arbejder i kommunens socialforvaltning, så du kan også få specialrådgivning hos VISO, men borgeren skal give samtykke, før du giver personoplysninger videre.",
    en: "You work in municipal social services, so you can also get specialist advice from VISO, but the citizen must consent before you pass on personal data.",
  },
  municipality: {
    da: "Personens bopælskommune afgør, hvilke lokale kontakter du får vist.",
    en: "The person's home municipality decides which local contacts you are shown.",
  },
  notifyPublicEmployee: {
    da: "Personen er under 18 år. Som offentligt ansat skal du underrette kommunen, hvis du har grund til at antage, at barnet eller den unge kan have behov for særlig støtte (skærpet underretningspligt, barnets lov).",
    en: "The person is under 18. As a public employee you must notify the municipality if you have reason to assume that the child or young person may need special support (the heightened duty to notify, barnets lov).",
  },
  notifyIfPublicService: {
    da: "Personen er under 18 år. Er du ansat i offentlig tjeneste, skal du underrette kommunen, hvis du har grund til at antage, at barnet eller den unge kan have behov for særlig støtte (skærpet underretningspligt, barnets lov).",
    en: "The person is under 18. If you work in public service, you must notify the municipality if you have reason to assume that the child or young person may need special support (the heightened duty to notify, barnets lov).",
  },
  notifyEveryone: {
    da: "Personen er under 18 år. Alle skal underrette kommunen, hvis barnet eller den unge udsættes for vanrøgt eller nedværdigende behandling eller lever under forhold, der bringer sundhed eller udvikling i fare (barnets lov).",
    en: "The person is under 18. Everyone must notify the municipality if the child or young person is neglected or treated in a degrading way, or lives in conditions that endanger their health or development (barnets lov).",
  },
  notifyDespiteAdvice: {
    da: "Pligten til at underrette kommunen gælder, selv om du først søger råd.",
    en: "The duty to notify the municipality applies even though you seek advice first.",
  },
  healthDisclosure: {
    da: "Du arbejder i sundhedsvæsenet, så udgangspunktet er patientens samtykke. Uden samtykke må du kun videregive helbredsoplysninger, når det er nødvendigt for at beskytte en åbenbar almen interesse eller væsentlige hensyn til patienten, dig selv eller andre (sundhedsloven § 43, stk. 2, nr. 2), og patienten skal have besked bagefter (stk. 4). Følg din arbejdsplads' procedure, og tal med den ansvarlige læge eller din leder.",
    en: "You work in health care, so the patient's consent comes first. Without consent you may disclose health information only when it is necessary to protect an obvious public interest or important interests of the patient, yourself or others (sundhedsloven § 43, stk. 2, nr. 2), and the patient must be told afterwards (stk. 4). Follow your workplace's procedure and talk to the responsible doctor or your manager.",
  },
  ifInPrisonOrProbation: {
    da: "Du ved ikke, om personen er i Kriminalforsorgens varetægt. Viser det sig, at personen er i fængsel, varetægtsfængslet, under tilsyn eller tæt på løsladelse, så inddrag også KSP.",
    en: "You do not know whether the person is in the Prison and Probation Service's care. If it turns out that they are in prison, on remand, on probation or about to be released, involve KSP too.",
  },
  ifInPsychiatricTreatment: {
    da: "Du ved ikke, om personen er i psykiatrisk behandling. Viser det sig, at personen er det, så inddrag også PSP.",
    en: "You do not know whether the person is in psychiatric treatment. If it turns out that they are, involve PSP too.",
  },
  sharing115: {
    da: "SSP, PSP, KSP og Infohuset kan udveksle oplysninger efter retsplejeloven § 115, men der er ingen pligt til at videregive dem.",
    en: "SSP, PSP, KSP and the Info-House may share information under retsplejeloven § 115, but there is no duty to pass it on.",
  },
} satisfies Record<string, Localised>;

export type ReasonId = keyof typeof REASON_TEXTS;
