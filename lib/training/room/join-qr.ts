import QRCode from "qrcode";

/** Medium error correction: a code a camera still reads from the back of a room when a projector blurs it. */
export const JOIN_QR_OPTIONS = { type: "svg", margin: 2, errorCorrectionLevel: "M" } as const;

/** The QR code of a session's join address as SVG markup, drawn on the server: no image from another host. */
export const joinQrSvg = (joinUrl: string): Promise<string> => QRCode.toString(joinUrl, JOIN_QR_OPTIONS);
