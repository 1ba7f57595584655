import { chromium } from "playwright";
import { readFileSync } from "node:fs";
const [src, out, y, h, w] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: Number(w ?? 375), height: Number(h) } });
const data = readFileSync(src).toString("base64");
await page.setContent(`<body style="margin:0"><img src="data:image/png;base64,${data}" style="display:block;margin-top:-${y}px"></body>`);
await page.screenshot({ path: out });
await browser.close();
