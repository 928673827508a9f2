/**
 * pg-boss on the application database (schema `pgboss`): PostgreSQL is the
 * only stateful dependency. Retry limits are set per job definition.
 */
import PgBoss from "pg-boss";
import { getEnv } from "../env";

export function createBoss(): PgBoss {
  return new PgBoss({ connectionString: getEnv().DATABASE_URL, schema: "pgboss", max: 5 });
}
