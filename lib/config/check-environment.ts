import { EnvError, parseServerConfig } from "./env-schema";

/** Runs once at start-up: a bad variable stops the server with a message naming it. */
export function checkEnvironment(): void {
  try {
    parseServerConfig(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\nZIM Friend Console cannot start. ${error.message}\nSee README.md, "Configuration".\n`);
    process.exit(1);
  }
}
