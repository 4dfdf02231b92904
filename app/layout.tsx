import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: "Henvis – hvem skal du kontakte ved bekymring for radikalisering?",
  description:
    "Et beslutningsværktøj til fagpersoner: få at vide, hvem du skal kontakte, når du er bekymret for, at en person er ved at blive radikaliseret.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="da">
      <body>{children}</body>
    </html>
  );
}
