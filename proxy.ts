import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

export default createMiddleware(routing);

// Every page path, also those with a dot (such as /wp-login.php), gets a localised page: the app serves
// no files of its own outside /_next.
export const config = {
  matcher: "/((?!api|_next).*)",
};
