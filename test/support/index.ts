export { createTestDatabase, dropLeftoverDatabases, TEST_MYSQL_URL, type TestDatabase } from './mysql.js';
