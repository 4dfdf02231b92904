import { gzipSync } from "node:zlib";
import { statechartSvg } from "../lib/training/diagram/statechart-svg";
import { STATECHART_LAYOUT } from "../lib/training/diagram/statechart-layout";
import { LOCALES } from "../machines/locale";

// The statechart diagram's weight in each language: what the SVG download sends, and what the model page's HTML
// carries inline. It prints figures; it does not pass or fail.
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(
  `Diagram ${STATECHART_LAYOUT.width} × ${STATECHART_LAYOUT.height}, ${STATECHART_LAYOUT.nodes.length} states, ${STATECHART_LAYOUT.edges.length} transitions`,
);
for (const locale of LOCALES) {
  const svg = Buffer.from(statechartSvg(locale, STATECHART_LAYOUT));
  const gzip = gzipSync(svg, { level: 9 }).length;
  console.log(`  ${locale}: ${svg.length} bytes (${kilobytes(svg.length)}), gzip ${gzip} bytes (${kilobytes(gzip)})`);
}
