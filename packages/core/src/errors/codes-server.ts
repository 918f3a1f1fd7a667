import type { CatalogueEntry } from './catalogue-entry.js';

/** Errors of the server's foundation: its config file, its state database and capture on MySQL. */
export const serverCodes = {
  CONFIG_FILE_INVALID: {
    area: 'config',
    cause: 'The config file basesync.config.json cannot be read or is not a JSON object of options.',
    fix: 'Fix the JSON in the file named in the message, or remove the file and use environment variables.',
    retry: 'never',
  },
  MYSQL_IDENTIFIER_INVALID: {
    area: 'mysql',
    cause:
      'A schema, table or column name is empty, longer than 64 characters or contains a character MySQL forbids.',
    fix: 'Use the name exactly as MySQL lists it (SHOW TABLES / SHOW COLUMNS).',
    retry: 'never',
  },
  MYSQL_TABLE_NOT_FOUND: {
    area: 'mysql',
    cause: 'A named MySQL table does not exist in the configured database.',
    fix: 'Check the spelling and the database in the MySQL URL, or create the table first.',
    retry: 'never',
  },
  MYSQL_COLUMN_NOT_FOUND: {
    area: 'mysql',
    cause: 'A named column does not exist in its MySQL table.',
    fix: 'Check the spelling (SHOW COLUMNS FROM the table), or remap the field to an existing column.',
    retry: 'never',
  },
  MYSQL_PRIVILEGE_MISSING: {
    area: 'mysql',
    cause: 'The MySQL user basesync connects as lacks a privilege or setting that capture triggers need.',
    fix: 'Run the GRANT or SET GLOBAL statement given in the message as an administrator, then retry.',
    retry: 'never',
  },
  MYSQL_CONNECTION_FAILED: {
    area: 'mysql',
    cause:
      'basesync could not open a connection to MySQL (refused, unknown host, bad credentials or database).',
    fix: 'Check host, port, user, password and database in the MySQL URL, and that the server is up and reachable.',
    retry: 'transient',
  },
  MYSQL_MIGRATION_LOCK_TIMEOUT: {
    area: 'mysql',
    cause: 'Another basesync process held the migration lock for longer than the wait allowed.',
    fix: 'Wait for the other process to finish migrating; if none is running, restart this one.',
    retry: 'transient',
  },
  MYSQL_MIGRATION_FAILED: {
    area: 'mysql',
    cause: 'Applying a basesync state migration to MySQL failed.',
    fix: 'Read the cause in the log, fix the database (space, privileges: CREATE, ALTER, INDEX, REFERENCES), then restart.',
    retry: 'never',
  },
  MAPPING_TABLE_WITHOUT_PRIMARY_KEY: {
    area: 'mapping',
    cause: 'A MySQL table without a primary key cannot be captured: its rows have no stable key.',
    fix: 'Add a primary key (ALTER TABLE … ADD PRIMARY KEY (…)) on column(s) that identify each row.',
    retry: 'never',
  },
  MAPPING_TABLE_RESERVED: {
    area: 'mapping',
    cause: "A basesync_* table is basesync's own state and cannot be mapped.",
    fix: 'Map one of your own tables instead.',
    retry: 'never',
  },
} as const satisfies Record<string, CatalogueEntry>;
