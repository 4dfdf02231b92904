import "server-only";
import { adminPath } from "./paths";
import { field, seeOther, signedInHandler } from "./admin-actions.server";
import { decideChange } from "./change-decisions.server";
import { refusalPage } from "./refusal-page";

const NOTICE = {
  approved: "godkendt",
  rejected: "afvist",
  notFound: "ukendt-aendring",
  ownChange: "egen-aendring",
  invitedBy: "inviteret-af",
  tooNew: "ny-konto",
  changedSince: "aendret-siden",
  unknownUnit: "ukendt-enhed",
} as const;

/** Approves or rejects a waiting change, as a second administrator with scope over its units. */
export const decisionHandler = (approve: boolean) =>
  signedInHandler(async ({ request, form, locale, db, admin }) => {
    const outcome = await decideChange(db, admin, field(form, "change"), approve);
    if (outcome === "forbidden") return refusalPage(locale, "forbidden");
    return seeOther(request, adminPath(locale, "changes", { besked: NOTICE[outcome] }));
  });
