import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@basesync/test-support';
import {
  introspectSchema,
  isBasesyncError,
  readServerFacts,
  resolveColumns,
  resolveTable,
  type SchemaCatalog,
} from './server-under-test.js';

let db: TestDatabase;
let catalog: SchemaCatalog;

beforeAll(async () => {
  db = await createTestDatabase('introspection');
  await db.pool.query(`CREATE TABLE customers (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT '客户编号',
    email VARCHAR(120) CHARACTER SET ascii NOT NULL,
    name VARCHAR(64) NOT NULL DEFAULT '匿名' COMMENT '客户名称',
    PRIMARY KEY (id), UNIQUE KEY customers_email (email)) COMMENT='客户表'`);
  await db.pool.query(`CREATE TABLE orders (
    shop_id INT NOT NULL, order_no VARCHAR(32) NOT NULL,
    customer_id INT UNSIGNED NULL,
    status ENUM('new','paid','shipped') NOT NULL DEFAULT 'new',
    total DECIMAL(12,2) NULL,
    total_with_tax DECIMAL(12,2) AS (total * 1.13) VIRTUAL,
    PRIMARY KEY (shop_id, order_no),
    CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
      ON DELETE CASCADE ON UPDATE SET NULL)`);
  await db.pool.query('CREATE TABLE notes (body TEXT)');
  await db.pool.query(
    'CREATE TRIGGER notes_audit BEFORE INSERT ON notes FOR EACH ROW SET NEW.body = TRIM(NEW.body)',
  );
  catalog = await introspectSchema(db.pool);
});
afterAll(async () => {
  await db.drop();
});

function table(name: string) {
  return resolveTable(catalog, name);
}

describe('MySQL introspection', () => {
  test('lists the base tables of the connected database with their comments', () => {
    expect(catalog.schema).toBe(db.name);
    expect(catalog.tables.map((t) => t.name)).toEqual(['customers', 'notes', 'orders']);
    expect(table('customers').comment).toBe('客户表');
  });

  test('columns carry type, full type, nullability, default, Chinese comments, charset and auto_increment', () => {
    const [id, email, name] = table('customers').columns;
    expect(id).toMatchObject({
      name: 'id',
      dataType: 'int',
      columnType: 'int(10) unsigned',
      nullable: false,
      autoIncrement: true,
      comment: '客户编号',
    });
    expect(email).toMatchObject({ charset: 'ascii', defaultValue: null, autoIncrement: false });
    expect(name).toMatchObject({ defaultValue: "'匿名'", comment: '客户名称', charset: 'utf8mb4' });
  });

  test('enums, decimals, nullable columns and generated columns are told apart', () => {
    const columns = Object.fromEntries(table('orders').columns.map((c) => [c.name, c]));
    expect(columns['status']).toMatchObject({ dataType: 'enum', columnType: "enum('new','paid','shipped')" });
    expect(columns['status']?.defaultValue).toBe("'new'");
    expect(columns['total']).toMatchObject({
      columnType: 'decimal(12,2)',
      nullable: true,
      defaultValue: null,
    });
    expect(columns['total_with_tax']?.generated).toBe(true);
    expect(columns['total']?.generated).toBe(false);
  });

  test('composite primary keys keep their order; unique keys and no-key tables are reported', () => {
    expect(table('orders').primaryKey).toEqual(['shop_id', 'order_no']);
    expect(table('customers').uniqueKeys).toEqual([
      { name: 'customers_email', primary: false, columns: ['email'] },
    ]);
    expect(table('notes').primaryKey).toBeUndefined();
  });

  test('foreign keys come with their ON DELETE and ON UPDATE rules', () => {
    expect(table('orders').foreignKeys).toEqual([
      {
        name: 'orders_customer',
        columns: ['customer_id'],
        referencedSchema: db.name,
        referencedTable: 'customers',
        referencedColumns: ['id'],
        onDelete: 'CASCADE',
        onUpdate: 'SET NULL',
      },
    ]);
  });

  test("a table's existing triggers are listed", () => {
    expect(table('notes').triggers).toEqual([
      expect.objectContaining({ name: 'notes_audit', timing: 'BEFORE', event: 'INSERT' }),
    ]);
  });

  test('server facts: version, binary logging, time zones and the grants of the current user', async () => {
    const facts = await readServerFacts(db.pool);
    expect(facts.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(typeof facts.logBin).toBe('boolean');
    expect(typeof facts.logBinTrustFunctionCreators).toBe('boolean');
    expect(facts.timeZone.session).toBeTruthy();
    expect(facts.currentUser).toMatch(/^root@/);
    expect(facts.grants.join('\n')).toMatch(/^GRANT /m);
    expect(facts.privileges).toContainEqual({ scope: 'global', privilege: 'TRIGGER' });
  });
});

describe('names from users', () => {
  const refusals: [string, string][] = [
    ['orders`; DROP TABLE customers; --', 'MYSQL_TABLE_NOT_FOUND'],
    ['orders; DROP TABLE customers', 'MYSQL_TABLE_NOT_FOUND'],
    ["orders' OR '1'='1", 'MYSQL_TABLE_NOT_FOUND'],
    ['', 'MYSQL_IDENTIFIER_INVALID'],
    ['x'.repeat(65), 'MYSQL_IDENTIFIER_INVALID'],
  ];

  test.each(refusals)('the table name %j is refused (%s) and nothing is dropped', async (name, code) => {
    let caught: unknown;
    try {
      resolveTable(catalog, name);
    } catch (err) {
      caught = err;
    }
    expect(isBasesyncError(caught) && caught.code).toBe(code);
    expect(isBasesyncError(caught) && caught.field).toBe('table');
    const again = await introspectSchema(db.pool);
    expect(again.tables.map((t) => t.name)).toEqual(['customers', 'notes', 'orders']);
  });

  test('a wrongly cased table name is refused with a hint at the right one', () => {
    expect(() => resolveTable(catalog, 'Orders')).toThrow(
      /is not in database .* \(did you mean "orders"\?\)/,
    );
  });

  test('an unknown column is refused naming the table and the column', () => {
    expect(() => resolveColumns(table('orders'), ['shop_id', 'order_number'])).toThrow(
      `column "order_number" is not in table ${db.name}.orders`,
    );
  });
});
