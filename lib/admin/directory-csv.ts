import { finished } from "node:stream/promises";
import { setImmediate as nextTurn } from "node:timers/promises";
import { CsvError, parse } from "csv-parse";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { RECORD_FIELDS } from "../directory/contact-fields";
import { contactFieldsSchema, fieldErrors, type ContactErrorKey, type ContactFields } from "./contact-schema";
import { hasControlCharacter } from "../http/control-characters";
import { neutraliseFormula, restoreFormula, startsLikeFormula } from "./spreadsheet-formulas";

// The whole directory as one CSV file that an administrator can edit in a spreadsheet and import again. Nothing of
// an imported file is used unless every row of it is valid; what it would change goes to a second administrator.

/** A contact as the file holds it: its fields, its id and, once it is retired, the day (YYYY-MM-DD) it was. */
export type DirectoryContact = ContactFields & { id: string; retiredAt?: string };

export type ImportProblemKey =
  | ContactErrorKey
  | "tooLarge"
  | "encoding"
  | "empty"
  | "csv"
  | "cellCount"
  | "columns"
  | "id"
  | "duplicateId"
  | "formula"
  | "bodyChanged"
  | "importUnitChanged"
  | "noFile"
  | "unretire"
  | "control"
  | "tooManyRows"
  | "unknownUnit";

/**
 * A problem with an imported file: its line (the header is line 1; 0 is the whole file), the column, a message key
 * and, for too many rows, how many the file has.
 */
export type ImportProblem = { line: number; field?: string; key: ImportProblemKey; count?: number };

/** The contacts of a file that has no problem, with the line each one starts on. */
export type ImportedFile = { contacts: DirectoryContact[]; lines: number[] };

export type ChangeItem = {
  kind: "create" | "edit" | "retire";
  contactId: string;
  before: DirectoryContact | null;
  after: DirectoryContact;
};

export const DIRECTORY_CSV_COLUMNS = RECORD_FIELDS satisfies readonly (keyof DirectoryContact)[];

type Column = (typeof DIRECTORY_CSV_COLUMNS)[number];

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
// The directory holds a few hundred contacts, retired ones included. A file of many thousands is not an export of
// it, and a change set that large could be neither reviewed by a second administrator nor approved in one go.
export const MAX_IMPORT_ROWS = 1_000;

// A file is read and checked in slices, each a few milliseconds long, so that a large one holds no other request up.
const PARSE_CHUNK_BYTES = 64 * 1024;
const ROWS_PER_SLICE = 100;

const ID_PATTERN = /^[a-z0-9-]{1,80}$/;

const byId = (a: DirectoryContact, b: DirectoryContact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The directory as a CSV file: with a byte order mark so that Excel reads æ, ø and å, and Windows line ends. */
export function contactsToCsv(contacts: readonly DirectoryContact[]): string {
  const rows = [...contacts].sort(byId).map((contact) => DIRECTORY_CSV_COLUMNS.map((column) => neutraliseFormula(contact[column] ?? "")));
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...DIRECTORY_CSV_COLUMNS],
    record_delimiter: "windows",
    // csv-stringify quotes a cell with a line break only when the break is its record delimiter.
    quoted_match: /[\r\n]/,
  });
}

type Row = { line: number; cells: string[] };
type Refusal = { ok: false; problems: ImportProblem[] };

const refused = (line: number, key: ImportProblemKey, field?: string): Refusal => ({ ok: false, problems: [{ line, field, key }] });

/** The contacts of a CSV file, or every problem in it. Reads in slices, letting other requests run in between. */
export async function readContactCsv(file: Uint8Array): Promise<({ ok: true } & ImportedFile) | Refusal> {
  if (file.byteLength > MAX_IMPORT_BYTES) return refused(0, "tooLarge");
  let text: string;
  try {
    // The decoder strips a byte order mark.
    text = new TextDecoder("utf-8", { fatal: true }).decode(file);
  } catch {
    return refused(0, "encoding");
  }
  const table = await parseRows(file, text);
  if (!table.ok) return table;
  const [header, ...rows] = table.rows;
  if (!header) return refused(0, "empty");
  const columnsProblems = columnProblems(header);
  if (columnsProblems.length > 0) return { ok: false, problems: columnsProblems };
  if (rows.length === 0) return refused(0, "empty");
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, problems: [{ line: 0, key: "tooManyRows", count: rows.length }] };

  const columnIndex = new Map(header.cells.map((name, index) => [name.trim() as Column, index]));
  const problems: ImportProblem[] = [];
  const imported: ImportedFile = { contacts: [], lines: [] };
  const seenIds = new Set<string>();
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % ROWS_PER_SLICE === 0) await nextTurn();
    if (row.cells.length !== header.cells.length) {
      problems.push({ line: row.line, key: "cellCount" });
      continue;
    }
    const cells = Object.fromEntries(DIRECTORY_CSV_COLUMNS.map((column) => [column, row.cells[columnIndex.get(column)!]!])) as Record<
      Column,
      string
    >;
    const result = readRow(cells, row.line);
    if (seenIds.has(cells.id)) problems.push({ line: row.line, field: "id", key: "duplicateId" });
    seenIds.add(cells.id);
    if (result.ok) {
      imported.contacts.push(result.contact);
      imported.lines.push(row.line);
    } else problems.push(...result.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ...imported };
}

/** The file's rows with the line each starts on, leaving out blank rows; a file that is not CSV is refused. */
async function parseRows(file: Uint8Array, text: string): Promise<{ ok: true; rows: Row[] } | Refusal> {
  let records: string[][];
  try {
    records = await parseRecords(file, delimiterOf(text));
  } catch (error) {
    return refused(error instanceof CsvError && typeof error.lines === "number" ? error.lines : 0, "csv");
  }
  const starts = recordStartLines(text);
  return {
    ok: true,
    rows: records.flatMap((cells, index) => (cells.every((cell) => cell.trim() === "") ? [] : [{ line: starts[index]!, cells }])),
  };
}

/** The file's records, parsed a chunk at a time; rejects with csv-parse's error when the file is not CSV. */
async function parseRecords(file: Uint8Array, delimiter: string): Promise<string[][]> {
  const parser = parse({ bom: true, delimiter, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true });
  const records: string[][] = [];
  parser.on("readable", () => {
    for (let record: string[] | null; (record = parser.read() as string[] | null) !== null;) records.push(record);
  });
  const done = finished(parser);
  for (let offset = 0; offset < file.byteLength && !parser.destroyed; offset += PARSE_CHUNK_BYTES) {
    parser.write(file.subarray(offset, offset + PARSE_CHUNK_BYTES));
    await nextTurn();
  }
  if (!parser.destroyed) parser.end();
  await done;
  return records;
}

// Excel with Danish settings saves CSV with semicolons. The header tells which the file uses: its names hold neither.
function delimiterOf(text: string): string {
  const header = text.split(/\r\n|\n|\r/, 1)[0] ?? "";
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}

/**
 * The physical line each record starts on, counting the line breaks inside quoted cells. csv-parse's own count
 * (`info.lines`) counts a CRLF inside a quoted cell as two lines, so later rows would be reported too far down.
 */
function recordStartLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '"') quoted = !quoted;
    else if (character === "\r" || character === "\n") {
      if (character === "\r" && text[index + 1] === "\n") index++;
      line++;
      if (!quoted && index + 1 < text.length) starts.push(line);
    }
  }
  return starts;
}

function columnProblems(header: Row): ImportProblem[] {
  const names = header.cells.map((name) => name.trim());
  const known: ReadonlySet<string> = new Set(DIRECTORY_CSV_COLUMNS);
  const unknownOrRepeated = names.filter((name, index) => !known.has(name) || names.indexOf(name) !== index);
  const missing = DIRECTORY_CSV_COLUMNS.filter((column) => !names.includes(column));
  return [...unknownOrRepeated, ...missing].map((field) => ({ line: header.line, field, key: "columns" }));
}

const isoDay = z.iso.date();

function readRow(cells: Record<Column, string>, line: number): { ok: true; contact: DirectoryContact } | Refusal {
  const problems = DIRECTORY_CSV_COLUMNS.flatMap((field): ImportProblem[] => {
    if (hasControlCharacter(cells[field])) return [{ line, field, key: "control" }];
    if (field !== "phone" && startsLikeFormula(cells[field])) return [{ line, field, key: "formula" }];
    return [];
  });
  // A cell refused as it stands gets no further problem.
  const refusedCells = new Set(problems.map((problem) => problem.field));
  const values = Object.fromEntries(DIRECTORY_CSV_COLUMNS.map((column) => [column, restoreFormula(cells[column])])) as Record<
    Column,
    string
  >;
  const { id, retiredAt: retiredAtCell, ...fields } = values;
  const retiredAt = retiredAtCell.trim() || undefined;

  if (!ID_PATTERN.test(id) && !refusedCells.has("id")) problems.push({ line, field: "id", key: "id" });
  if (retiredAt && !isoDay.safeParse(retiredAt).success && !refusedCells.has("retiredAt")) {
    problems.push({ line, field: "retiredAt", key: "date" });
  }
  const parsed = contactFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    for (const [field, key] of Object.entries(fieldErrors(parsed.error.issues))) {
      if (!refusedCells.has(field)) problems.push({ line, field, key });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, contact: { id, ...parsed.data, ...(retiredAt ? { retiredAt } : {}) } };
}

const sameFields = (a: DirectoryContact, b: DirectoryContact) =>
  DIRECTORY_CSV_COLUMNS.every((column) => (a[column] ?? "") === (b[column] ?? ""));

/**
 * What importing a file would change in the live directory. A contact not in the file is left alone, since a file
 * may cover only part of the directory. An import may not create a contact in a unit the directory does not have
 * (`units`), move a contact to another body or unit, nor bring a retired contact back: those are problems, and then
 * nothing is changed.
 */
export function directoryChanges(
  imported: ImportedFile,
  live: readonly DirectoryContact[],
  units: ReadonlySet<string>,
): { ok: true; items: ChangeItem[] } | { ok: false; problems: ImportProblem[] } {
  const liveById = new Map(live.map((contact) => [contact.id, contact]));
  const items: ChangeItem[] = [];
  const problems: ImportProblem[] = [];
  imported.contacts.forEach((after, index) => {
    const line = imported.lines[index] ?? 0;
    const before = liveById.get(after.id);
    if (!before) {
      // A new contact that the file already retires has nothing to add to the directory.
      if (after.retiredAt) return;
      if (units.has(after.unit)) items.push({ kind: "create", contactId: after.id, before: null, after });
      else problems.push({ line, field: "unit", key: "unknownUnit" });
      return;
    }
    const refusals: ImportProblem[] = [];
    if (after.body !== before.body) refusals.push({ line, field: "body", key: "bodyChanged" });
    if (after.unit !== before.unit) refusals.push({ line, field: "unit", key: "importUnitChanged" });
    if (before.retiredAt && !after.retiredAt) refusals.push({ line, field: "retiredAt", key: "unretire" });
    problems.push(...refusals);
    if (refusals.length > 0 || before.retiredAt) return;
    // A retirement takes the live contact out as it stands: edits made to the same row are not carried with it.
    if (after.retiredAt) items.push({ kind: "retire", contactId: after.id, before, after: { ...before, retiredAt: after.retiredAt } });
    else if (!sameFields(after, before)) items.push({ kind: "edit", contactId: after.id, before, after });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}
