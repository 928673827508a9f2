import type { TestProject } from "vitest/node";
import { provisionTestDatabase } from "./provision-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One isolated, migrated database per integration run (see provision-database.ts). */
export default async function setup(project: TestProject) {
  const db = await provisionTestDatabase("int");
  process.env.DATABASE_URL = db.url;
  project.provide("databaseUrl", db.url);
  return () => db.release();
}
