import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTACT_MODEL } from "@/lib/directory/contact-fields";

// The column each kind of field needs in prisma/schema.prisma.
const COLUMN_OF_KIND: Record<(typeof CONTACT_MODEL)[keyof typeof CONTACT_MODEL]["kind"], string> = {
  id: "String @id",
  body: "BodyKey",
  scope: "ContactScope",
  place: "String",
  municipality: "String",
  text: "String",
  phone: "String",
  email: "String",
  web: "String",
  sourceDate: "String",
  audience: "ContactAudience",
  line: "ChannelLine @default(FUNCTION)",
  day: "DateTime @db.Date",
  instant: "DateTime",
  version: "Int @default(0)",
};

const schema = readFileSync(new URL("../../../prisma/schema.prisma", import.meta.url), "utf8");

/** A model's columns as schema.prisma declares them: type, "?" when nullable, and the attributes that set its type. */
function columnsOf(model: string): Record<string, string> {
  const block = new RegExp(`^model ${model} \\{\\n([\\s\\S]*?)^\\}`, "m").exec(schema)?.[1];
  if (!block) throw new Error(`no model ${model} in prisma/schema.prisma`);
  const models = new Set([...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]));
  const columns: Record<string, string> = {};
  for (const line of block.split("\n").map((text) => text.trim())) {
    const field = /^(\w+)\s+(\w+)(\??)((?:\s+@[\w.]+(?:\([^)]*\))?)*)/.exec(line);
    if (!field || models.has(field[2]!)) continue;
    const [, name, type, nullable, attributes] = field;
    const typing = (attributes ?? "").match(/@id|@db\.\w+|@default\([^)]*\)/g) ?? [];
    columns[name!] = [`${type}${nullable}`, ...typing].join(" ");
  }
  return columns;
}

describe("the contact's fields", () => {
  it("are the Contact model's columns in prisma/schema.prisma, each of the type and nullability the field list says", () => {
    const listed = Object.fromEntries(
      Object.entries(CONTACT_MODEL).map(([name, { kind, nullable }]) => {
        const [type, ...attributes] = COLUMN_OF_KIND[kind].split(" ");
        return [name, [`${type}${nullable ? "?" : ""}`, ...attributes].join(" ")];
      }),
    );
    expect(listed).toEqual(columnsOf("Contact"));
  });
});
