import { inject } from "vitest";

// Integration tests talk to the database provisioned by global-setup.ts.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "test-auth-secret-test-auth-secret-0123456789";
process.env.APP_ENCRYPTION_KEY ??= "0".repeat(64);
process.env.LOG_LEVEL ??= "silent";
