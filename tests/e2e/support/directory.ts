import infohouseContacts from "../../../prisma/seed-data/infohouse-contacts.json" with { type: "json" };
import municipalities from "../../../prisma/seed-data/municipalities.json" with { type: "json" };
import nationalContacts from "../../../prisma/seed-data/national-contacts.json" with { type: "json" };
import sspContacts from "../../../prisma/seed-data/ssp-contacts.json" with { type: "json" };

type Contact = {
  municipalityCode?: string;
  policeDistrictId?: string;
  nameDa: string;
  askForDa?: string;
  phone?: string;
  email?: string;
  url?: string;
  sourceDate: string | null;
};
type Municipality = (typeof municipalities)[number];

const ssp: Contact[] = sspContacts;
const infohouses: Contact[] = infohouseContacts;

// The e2e tests read the directory's seed data rather than repeat it, so a corrected number changes no test.
export const municipality = (code: string): Municipality => municipalities.find((candidate) => candidate.code === code)!;
export const sspOf = (code: string) => ssp.find((contact) => contact.municipalityCode === code);
export const infohouseOf = (code: string) => infohouses.find((contact) => contact.municipalityCode === code);
const districtHasSsp = (place: Municipality) => ssp.some((contact) => contact.policeDistrictId === place.policeDistrictId);

/** A municipality whose SSP the directory cannot reach directly, with or without a switchboard number. */
export const municipalityWithoutSsp = ({ switchboard }: { switchboard: boolean }) =>
  municipalities.find((place) => !sspOf(place.code) && !districtHasSsp(place) && Boolean(place.phone) === switchboard)!;

/** A municipality whose Info-House is reached by e-mail only. */
export const infohouseByEmailOnly = () => infohouses.find((contact) => contact.municipalityCode && contact.email && !contact.phone)!;

/** An SSP contact with a phone number whose source is older than two years (the directory holds such a record). */
export const sspFromOldSource = () =>
  ssp.find(
    (contact) =>
      contact.municipalityCode &&
      contact.phone &&
      contact.sourceDate &&
      Number(contact.sourceDate.slice(0, 4)) < new Date().getFullYear() - 2,
  )!;

/** A national contact of the seed data by its id, e.g. "cde". */
export const nationalContact = (id: string) => (nationalContacts as (Contact & { id: string })[]).find((contact) => contact.id === id)!;
