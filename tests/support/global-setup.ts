import { POSTGRES_ADMIN_URL, postgresReachable } from './databases';

export default async () => {
  if (await postgresReachable()) {
    process.env.SHOWRUNNER_TEST_POSTGRES = 'on';
    return;
  }
  if (process.env.CI === 'true') {
    throw new Error(`PostgreSQL is required under CI=true but ${POSTGRES_ADMIN_URL} is not reachable.`);
  }
  process.env.SHOWRUNNER_TEST_POSTGRES = 'off';
  console.warn(`\n[tests] PostgreSQL at ${POSTGRES_ADMIN_URL} is not reachable: the PostgreSQL half of the suite is skipped.\n`);
};
