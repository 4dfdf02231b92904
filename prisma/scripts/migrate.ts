import { migrateTask, runDatabaseTasks } from "./database-task";

if (!(await runDatabaseTasks("db:migrate", [migrateTask]))) process.exitCode = 1;
