import childNotificationContacts from "@/prisma/seed-data/child-notification-contacts.json" with { type: "json" };
import infohouseContacts from "@/prisma/seed-data/infohouse-contacts.json" with { type: "json" };
import kspContacts from "@/prisma/seed-data/ksp-contacts.json" with { type: "json" };
import municipalities from "@/prisma/seed-data/municipalities.json" with { type: "json" };
import nationalContacts from "@/prisma/seed-data/national-contacts.json" with { type: "json" };
import policeDistricts from "@/prisma/seed-data/police-districts.json" with { type: "json" };
import pspContacts from "@/prisma/seed-data/psp-contacts.json" with { type: "json" };
import regions from "@/prisma/seed-data/regions.json" with { type: "json" };
import sspContacts from "@/prisma/seed-data/ssp-contacts.json" with { type: "json" };
import type { BodyKey } from "@/machines/vocabulary";

/** The directory's seed data as the files hold it, before it is checked. */
export const DIRECTORY_SEED = { regions, policeDistricts, municipalities };

/** One file per kind of contact, and the bodies each file may hold. */
export const CONTACT_FILES: { file: string; bodies: readonly BodyKey[]; records: unknown[] }[] = [
  { file: "national-contacts.json", bodies: ["VISO", "CDE", "PET", "KRIMINALFORSORGEN"], records: nationalContacts },
  { file: "ssp-contacts.json", bodies: ["SSP"], records: sspContacts },
  { file: "infohouse-contacts.json", bodies: ["INFOHOUSE"], records: infohouseContacts },
  { file: "child-notification-contacts.json", bodies: ["MUNICIPALITY"], records: childNotificationContacts },
  { file: "psp-contacts.json", bodies: ["PSP"], records: pspContacts },
  { file: "ksp-contacts.json", bodies: ["KSP", "KRIMINALFORSORGEN"], records: kspContacts },
];
