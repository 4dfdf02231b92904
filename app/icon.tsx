import { ImageResponse } from "next/og";
import { ICON_SIZES, THEME_COLOR } from "@/lib/offline/app-identity";

// The app's icon: a white H on the primary blue of the Danish design system, drawn within the middle 60 %
// so that a launcher may crop it to a circle (a maskable icon).

export function generateImageMetadata() {
  return ICON_SIZES.map((size) => ({ id: String(size), size: { width: size, height: size }, contentType: "image/png" }));
}

export default async function Icon({ id }: { id: Promise<string> }) {
  const size = Number(await id) || ICON_SIZES[0];
  const unit = size / 10;
  const bar = { position: "absolute", background: "white", borderRadius: unit / 4 } as const;
  return new ImageResponse(
    <div style={{ display: "flex", position: "relative", width: size, height: size, background: THEME_COLOR }}>
      <div style={{ ...bar, left: 3 * unit, top: 3 * unit, width: unit, height: 4 * unit }} />
      <div style={{ ...bar, left: 6 * unit, top: 3 * unit, width: unit, height: 4 * unit }} />
      <div style={{ ...bar, left: 3 * unit, top: 4.6 * unit, width: 4 * unit, height: 0.8 * unit }} />
    </div>,
    { width: size, height: size },
  );
}
