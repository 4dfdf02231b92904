/** The site an address is on, as a reader knows it: "https://www.vejle.dk/x" → "vejle.dk". */
export const hostOf = (address: string) => new URL(address).hostname.replace(/^www\./, "");
