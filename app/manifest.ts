import type { MetadataRoute } from "next";
import { ICON_SIZES, iconPath, THEME_COLOR } from "@/lib/offline/app-identity";
import messages from "@/messages/da.json";

/** The web app manifest: Henvis can be installed, and opens on the start page in Danish. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${messages.site.name} – ${messages.site.tagline}`,
    short_name: messages.site.name,
    description: messages.site.description,
    lang: "da",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: THEME_COLOR,
    icons: ICON_SIZES.flatMap((size) =>
      (["any", "maskable"] as const).map((purpose) => ({ src: iconPath(size), sizes: `${size}x${size}`, type: "image/png", purpose })),
    ),
  };
}
