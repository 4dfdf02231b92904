import { runDatabaseTasks, seedTask } from "./database-task";

if (!(await runDatabaseTasks("db:seed", [seedTask]))) process.exitCode = 1;
