import { buildApp } from "./build-app";

process.exitCode = buildApp();
