import "server-only";
import QRCode from "qrcode";

// The public link's QR code: medium error correction (survives a smudge on a printed poster), a quiet zone of
// four modules as the standard asks, black on white for any printer.
const OPTIONS = { errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } } as const;

export function mirrorQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: "svg" });
}

export function mirrorQrPng(url: string, width = 1024): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...OPTIONS, type: "png", width });
}

/** For an <img>: the SVG as a data URI (the page's CSP allows data: images). */
export async function mirrorQrDataUri(url: string): Promise<string> {
  return `data:image/svg+xml;base64,${Buffer.from(await mirrorQrSvg(url)).toString("base64")}`;
}
