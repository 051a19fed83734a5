// PostgreSQL for tests: LANTERN_TEST_DATABASE_URL, and a fresh randomly named schema per test run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The test database URL, or undefined (PostgreSQL tests then skip, saying so). */
export const PG_URL = process.env.LANTERN_TEST_DATABASE_URL || undefined;

/** Why PostgreSQL tests skip, or false when they run. */
export const PG_SKIP: string | false = PG_URL ? false : 'LANTERN_TEST_DATABASE_URL is not set (see README: Tests)';

/** Creates a schema with a random name; returns it and a function that drops it. */
export async function createTestSchema(
  prefix = 'lantern_test',
): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
  const drop = async () => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } finally {
      await c.end();
    }
  };
  return { schema, drop };
}
