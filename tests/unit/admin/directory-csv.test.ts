import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { contactFieldsSchema, type ContactFieldsInput } from "@/lib/admin/contact-schema";
import {
  contactsToCsv,
  DIRECTORY_CSV_COLUMNS,
  directoryChanges,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  readContactCsv,
  type DirectoryContact,
} from "@/lib/admin/directory-csv";
import { newContactCells } from "@/tests/helpers/import-rows";

function contact(id: string, fields: Partial<ContactFieldsInput> = {}, retiredAt?: string): DirectoryContact {
  const checked = contactFieldsSchema.parse({
    body: "SSP",
    unit: "municipality:101",
    nameDa: "Københavns Kommune: rådgivning om ekstremisme",
    nameEn: "City of Copenhagen: advice on extremism",
    phone: "40 20 71 98",
    url: "https://www.kk.dk/ekstremisme",
    hoursDa: "Hverdage kl. 9–15",
    source: "https://www.kk.dk/ekstremisme",
    verifiedAt: "2026-06-01",
    verifiedBy: "Søren Ærø",
    ...fields,
  });
  return { id, ...checked, ...(retiredAt ? { retiredAt } : {}) };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (text: string) => readContactCsv(bytes(text));

/** The file's cells as a spreadsheet shows them, one object per row. */
const cellsOf = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

/** A file with the given rows, written as a spreadsheet would save it: no neutralising of cells. */
const spreadsheetFile = (rows: Record<string, string>[], delimiter = ",") =>
  stringify(rows, { header: true, columns: [...DIRECTORY_CSV_COLUMNS], delimiter, record_delimiter: "windows" });

const rowOf = (contact: DirectoryContact): Record<string, string> =>
  Object.fromEntries(DIRECTORY_CSV_COLUMNS.map((column) => [column, contact[column] ?? ""]));

/**
 * What `work` returns, and how often the event loop turned while it ran: each turn is a moment another request
 * could have been served. The longest time between two turns is printed, not judged.
 */
async function turnsDuring<T>(name: string, work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  let last = performance.now();
  let longest = 0;
  const turn = () => {
    if (!running) return;
    turns++;
    longest = Math.max(longest, performance.now() - last);
    last = performance.now();
    setImmediate(turn);
  };
  setImmediate(turn);
  const result = await work();
  running = false;
  console.log(`${name}: the event loop turned ${turns} times, at most ${Math.round(longest)} ms apart`);
  return { result, turns };
}

const newRow = (index: number, fields: Record<string, string> = {}) => newContactCells(`b-${index}`, fields);

async function imported(text: string) {
  const result = await read(text);
  if (!result.ok) throw new Error(`The file was refused: ${JSON.stringify(result.problems)}`);
  return result;
}

describe("the directory as a CSV file", () => {
  it("opens in Excel with æ, ø and å: a byte order mark, Windows line ends and the documented columns", () => {
    const file = bytes(contactsToCsv([contact("ssp-101")]));
    expect([...file.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(file);
    expect(text.split("\r\n")[0]).toBe(
      "id,body,unit,nameDa,nameEn,phone,email,url,hoursDa,hoursEn,askForDa,askForEn,audience,line,notes,source,sourceDate,verifiedAt,verifiedBy,nextReviewAt,retiredAt",
    );
    expect(text.replaceAll("\r\n", "")).not.toContain("\n");
  });

  it("lists the contacts by id, whatever order they come in", () => {
    const csv = contactsToCsv([contact("ssp-147"), contact("infohus-koebenhavn"), contact("ssp-101")]);
    expect(cellsOf(csv).map((row) => row.id)).toEqual(["infohus-koebenhavn", "ssp-101", "ssp-147"]);
  });

  it("gives back exactly the same contacts when read again, with æøå and a cell holding a comma, a quote and a line break", async () => {
    const contacts = [
      contact("ssp-101", {
        notes: 'Ring først, spørg efter "vagten"\r\nEllers skriv til Ærø-kontoret',
        hoursEn: "Weekdays 9–15\nSaturdays closed",
      }),
      contact("infohus-koebenhavn", { body: "INFOHOUSE", unit: "district:koebenhavn", phone: "114", email: "info@politi.dk" }),
      contact("ssp-147", { sourceDate: "2024-06", nextReviewAt: "2027-01-15" }, "2026-11-30"),
    ];
    const result = await imported(contactsToCsv(contacts));
    expect(result.contacts).toEqual([contacts[1], contacts[0], contacts[2]]);
  });

  it("writes a cell a spreadsheet would run as a formula with a leading quote, and reads it back without", async () => {
    const risky = contact("ssp-101", { nameDa: '=HYPERLINK("https://example.com")', notes: "-5 dage", hoursDa: "@ring først" });
    const literalQuote = contact("ssp-147", { notes: "'-citat fra kilden" });
    const csv = contactsToCsv([risky, literalQuote]);
    const [first, second] = cellsOf(csv);
    expect(first).toMatchObject({ nameDa: '\'=HYPERLINK("https://example.com")', notes: "'-5 dage", hoursDa: "'@ring først" });
    expect(second!.notes).toBe("''-citat fra kilden");
    expect((await imported(csv)).contacts).toEqual([risky, literalQuote]);
  });
});

describe("reading an imported file", () => {
  it("refuses a cell that starts like a formula, with its line and column", async () => {
    const rows = [rowOf(contact("ssp-101")), { ...rowOf(contact("ssp-147")), notes: '=HYPERLINK("https://example.com","Klik")' }];
    expect(await read(spreadsheetFile(rows))).toEqual({ ok: false, problems: [{ line: 3, field: "notes", key: "formula" }] });
  });

  it("accepts a phone number written with +45, and stores it as the directory writes it", async () => {
    const result = await imported(spreadsheetFile([{ ...rowOf(contact("ssp-101")), phone: "+45 40 20 71 98" }]));
    expect(result.contacts[0]!.phone).toBe("40 20 71 98");
  });

  it("returns no contact when one row is bad, and names each bad field with the line it is on", async () => {
    const rows = [
      rowOf(contact("ssp-101")),
      { ...rowOf(contact("ssp-147")), email: "ssp at frederiksberg.dk", url: "ftp://frederiksberg.dk", nameEn: "" },
      rowOf(contact("ssp-153")),
    ];
    expect(await read(spreadsheetFile(rows))).toEqual({
      ok: false,
      problems: [
        { line: 3, field: "nameEn", key: "required" },
        { line: 3, field: "email", key: "email" },
        { line: 3, field: "url", key: "url" },
      ],
    });
  });

  it("counts the lines of a cell with a line break in it, so that a later row's problem has the line it is on", async () => {
    const rows = [
      { ...rowOf(contact("ssp-101")), notes: "Første linje\r\nanden linje\r\ntredje linje" },
      { ...rowOf(contact("ssp-147")), email: "ikke en adresse" },
    ];
    expect(await read(spreadsheetFile(rows))).toEqual({ ok: false, problems: [{ line: 5, field: "email", key: "email" }] });
  });

  it("refuses a file that is not UTF-8, such as Ærø saved as Latin-1", async () => {
    const latin1 = Uint8Array.from([...bytes("id,nameDa\r\nssp-101,"), 0xc6, 0x72, 0xf8]);
    expect(await readContactCsv(latin1)).toEqual({ ok: false, problems: [{ line: 0, key: "encoding" }] });
  });

  it("refuses a file over 10 MB before reading it", async () => {
    const tooLarge = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0xff);
    expect(await readContactCsv(tooLarge)).toEqual({ ok: false, problems: [{ line: 0, key: "tooLarge" }] });
    expect(MAX_IMPORT_BYTES).toBe(10 * 1024 * 1024);
  });

  it("refuses a cell holding NUL or another control character, with its line and column, and keeps tabs and line breaks", async () => {
    const rows = [
      { ...rowOf(contact("ssp-101")), nameDa: "SSP\u0000København", notes: "Ring først\tefter kl. 9\r\nEllers skriv" },
      { ...rowOf(contact("ssp-147")), verifiedBy: "Redaktionen\u001b[2J" },
      { ...rowOf(contact("ssp-153")), hoursDa: "Hverdage\u0085kl. 9–15" },
    ];
    expect(await read(spreadsheetFile(rows))).toEqual({
      ok: false,
      problems: [
        { line: 2, field: "nameDa", key: "control" },
        { line: 4, field: "verifiedBy", key: "control" },
        { line: 5, field: "hoursDa", key: "control" },
      ],
    });
    const clean = [{ ...rowOf(contact("ssp-101")), notes: "Ring først\tefter kl. 9\r\nEllers skriv" }];
    expect((await imported(spreadsheetFile(clean))).contacts[0]!.notes).toBe("Ring først\tefter kl. 9\r\nEllers skriv");
  });

  it(`refuses a file of more than ${MAX_IMPORT_ROWS} contacts with their number, and reads 100,000 rows in slices`, async () => {
    const file = spreadsheetFile(Array.from({ length: 100_000 }, (_, index) => newRow(index)));
    expect(file.length).toBeLessThan(MAX_IMPORT_BYTES);
    const { result, turns } = await turnsDuring("reading 100,000 rows", () => read(file));
    expect(result).toEqual({ ok: false, problems: [{ line: 0, key: "tooManyRows", count: 100_000 }] });
    expect(turns).toBeGreaterThan(20);
  });

  it(`checks a file of ${MAX_IMPORT_ROWS} rows in slices, with the other requests served in between`, async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, index) => newRow(index, index % 2 ? { email: "ikke en adresse" } : {}));
    const { result, turns } = await turnsDuring(`checking ${MAX_IMPORT_ROWS} rows`, () => read(spreadsheetFile(rows)));
    expect(result.ok ? [] : result.problems).toHaveLength(MAX_IMPORT_ROWS / 2);
    expect(turns).toBeGreaterThan(MAX_IMPORT_ROWS / 200);
  });

  it("refuses an id given twice, on the later line", async () => {
    const rows = [rowOf(contact("ssp-101")), rowOf(contact("ssp-147")), rowOf(contact("ssp-101", { nameDa: "SSP København" }))];
    expect(await read(spreadsheetFile(rows))).toEqual({ ok: false, problems: [{ line: 4, field: "id", key: "duplicateId" }] });
  });

  it("refuses an id that is not lower-case letters, digits and hyphens, and a retirement date that is not a date", async () => {
    const rows = [
      { ...rowOf(contact("ssp-101")), id: "SSP 101" },
      { ...rowOf(contact("ssp-147")), retiredAt: "30-11-2026" },
    ];
    expect(await read(spreadsheetFile(rows))).toEqual({
      ok: false,
      problems: [
        { line: 2, field: "id", key: "id" },
        { line: 3, field: "retiredAt", key: "date" },
      ],
    });
  });

  it("refuses a file with an unknown column, naming it and the column it replaces", async () => {
    const text = contactsToCsv([contact("ssp-101")]).replace(",phone,", ",telefon,");
    expect(await read(text)).toEqual({
      ok: false,
      problems: [
        { line: 1, field: "telefon", key: "columns" },
        { line: 1, field: "phone", key: "columns" },
      ],
    });
  });

  it("refuses an empty file and a file with only the header", async () => {
    const empty = { ok: false, problems: [{ line: 0, key: "empty" }] };
    expect(await read("")).toEqual(empty);
    expect(await read("\uFEFF\r\n")).toEqual(empty);
    expect(await read(contactsToCsv([]))).toEqual(empty);
  });

  it("refuses text that is not CSV, and a row with more cells than the header", async () => {
    const unclosedQuote = `${contactsToCsv([contact("ssp-101")])}"ssp-147,SSP\r\n`;
    expect(await read(unclosedQuote)).toMatchObject({ ok: false, problems: [{ key: "csv" }] });
    const extraCell = contactsToCsv([contact("ssp-101")]).replace(/\r\n$/, ",ekstra\r\n");
    expect(await read(extraCell)).toEqual({ ok: false, problems: [{ line: 2, key: "cellCount" }] });
  });

  it("reads a file that Excel with Danish settings saved with semicolons, and skips its blank rows", async () => {
    const contacts = [contact("ssp-101", { notes: "Hverdage, også i ferier" }), contact("ssp-147")];
    const text = spreadsheetFile(contacts.map(rowOf), ";").replace(/\r\n(?=ssp-147)/, "\r\n;;;;;;;;;;;;;;;;\r\n\r\n");
    const result = await imported(text);
    expect(result.contacts).toEqual(contacts);
    expect(result.lines).toEqual([2, 5]);
  });
});

describe("what an imported file changes", () => {
  const UNITS = new Set([
    "municipality:101",
    "municipality:147",
    "municipality:153",
    "municipality:159",
    "municipality:161",
    "municipality:165",
  ]);
  const live = [
    contact("ssp-101"),
    contact("ssp-147"),
    contact("ssp-153"),
    contact("ssp-159", {}, "2026-01-31"),
    contact("ssp-161", { unit: "municipality:161" }),
  ];

  it("changes nothing when the file is the directory as it was exported", async () => {
    expect(directoryChanges(await imported(contactsToCsv(live)), live, UNITS)).toEqual({ ok: true, items: [] });
  });

  it("creates new contacts, edits changed ones and retires those the file retires; a missing contact stays", async () => {
    const edited = contact("ssp-147", { phone: "38 21 00 00" });
    const created = contact("ssp-165", { unit: "municipality:165" });
    const retired = contact("ssp-153", { phone: "99 99 99 99" }, "2026-11-30");
    const alreadyRetiredNew = contact("ssp-167", { unit: "municipality:167" }, "2026-11-30");
    const file = await imported(contactsToCsv([live[0]!, edited, created, retired, alreadyRetiredNew, live[3]!]));

    expect(directoryChanges(file, live, UNITS)).toEqual({
      ok: true,
      items: [
        { kind: "edit", contactId: "ssp-147", before: live[1], after: edited },
        { kind: "retire", contactId: "ssp-153", before: live[2], after: { ...live[2], retiredAt: "2026-11-30" } },
        { kind: "create", contactId: "ssp-165", before: null, after: created },
      ],
    });
  });

  it("refuses a new contact in a police district, region or municipality the directory does not have, with the line", async () => {
    const file = await imported(
      contactsToCsv([
        contact("ssp-101"),
        contact("infohus-findes-ikke", { body: "INFOHOUSE", unit: "district:findes-ikke", phone: "114" }),
        contact("viso-findes-ikke", { body: "VISO", unit: "region:atlantis" }),
        contact("ssp-165", { unit: "municipality:165" }),
        contact("ssp-173", { unit: "municipality:173" }),
      ]),
    );
    expect(directoryChanges(file, live, UNITS)).toEqual({
      ok: false,
      problems: [
        { line: 2, field: "unit", key: "unknownUnit" },
        { line: 5, field: "unit", key: "unknownUnit" },
        { line: 6, field: "unit", key: "unknownUnit" },
      ],
    });
  });

  it("refuses to move a contact to another unit or body, or to bring a retired contact back, with the line", async () => {
    const file = await imported(
      contactsToCsv([
        contact("ssp-101", { unit: "municipality:147" }),
        contact("ssp-147", { body: "PSP" }),
        contact("ssp-159"),
        contact("ssp-161", { unit: "municipality:161", nameDa: "SSP Glostrup" }),
      ]),
    );
    expect(directoryChanges(file, live, UNITS)).toEqual({
      ok: false,
      problems: [
        { line: 2, field: "unit", key: "importUnitChanged" },
        { line: 3, field: "body", key: "bodyChanged" },
        { line: 4, field: "retiredAt", key: "unretire" },
      ],
    });
  });
});
