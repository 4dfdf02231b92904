/** The cells of a short row of a new SSP contact in Copenhagen: 100,000 of them make a file of about 8 MB. */
export const newContactCells = (id: string, cells: Record<string, string> = {}): Record<string, string> => ({
  id,
  body: "SSP",
  unit: "municipality:101",
  nameDa: "SSP",
  nameEn: "SSP",
  url: "https://kk.dk",
  source: "https://kk.dk",
  verifiedAt: "2026-06-01",
  verifiedBy: "SSP",
  ...cells,
});
