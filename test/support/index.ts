export { createTestDatabase, dropLeftoverDatabases, TEST_MYSQL_URL, type TestDatabase } from './mysql.js';
export { ClearableTokenCache, createEmulatorClient, startTestEmulator } from './emulator.js';
