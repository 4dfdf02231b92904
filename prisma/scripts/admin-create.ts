import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createAccount } from "../../lib/admin/accounts.server";
import { ADMIN_ROLES, type AdminRole } from "../../lib/admin/roles";
import { directoryIsEmpty } from "../../lib/directory/seed.server";
import { migrateTask, runDatabaseTasks, seedTask } from "./database-task";

// Creates an administrator: the first national administrator, or any other from the command line. The
// password is read from a prompt (or from standard input when it is not a terminal), never from an argument.
const USAGE = `Usage: npm run admin:create -- --email <address> [--role national|district-editor|municipality-editor|trainer]
                            [--district <police district id>] [--municipality <code>[,<code>…]]
The password is asked for (at least 12 characters, not a common one), or read from standard input.`;

const ROLE_NAMES: Record<string, AdminRole> = Object.fromEntries(ADMIN_ROLES.map((role) => [role.toLowerCase().replace(/_/g, "-"), role]));

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = "";
    for await (const chunk of process.stdin) input += String(chunk);
    return input.split(/\r?\n/)[0] ?? "";
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const muted = prompt as unknown as { _writeToOutput: (text: string) => void };
  process.stdout.write("Password: ");
  // Echo nothing of what is typed.
  muted._writeToOutput = () => undefined;
  const password = await new Promise<string>((resolve) => prompt.question("", resolve));
  prompt.close();
  process.stdout.write("\n");
  return password;
}

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string", default: "national" },
      district: { type: "string" },
      municipality: { type: "string" },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
const role = ROLE_NAMES[options.role ?? ""];
if (!options.email) fail("--email is required.");
if (!role) fail(`Unknown role "${options.role}".`);
const password = await readPassword();

let outcome = "";
const created = await runDatabaseTasks("admin:create", [
  migrateTask,
  // An editor's municipalities and district must exist: a new database gets the directory first.
  async (handles) => ((await directoryIsEmpty(handles.db)) ? seedTask(handles) : "directory already seeded"),
  async ({ db }) => {
    const result = await createAccount(db, {
      email: options.email!,
      password,
      role,
      policeDistrictId: options.district,
      municipalityCodes: options.municipality?.split(",").map((code) => code.trim()),
    });
    outcome = result.ok ? `created ${options.email} (${options.role})` : `not created: ${result.problem}`;
    return outcome;
  },
]);
if (!created || outcome.startsWith("not created")) process.exitCode = 1;
