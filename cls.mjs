import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const path of ["/resultat?a=1.d1.c1.k0.w0.p1.h1.a0.m751.r1", "/", "/tjek?a=1.d1.c1.k0.w0.p1.h1.a0.m751.r1"]) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__cls += e.value; }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("http://127.0.0.1:3400" + path, { waitUntil: "networkidle" });
  await page.waitForTimeout(1500);
  console.log(path.slice(0, 12), "CLS", (await page.evaluate(() => window.__cls)).toFixed(3));
  await context.close();
}
await browser.close();
