import type { EmulatorAdmin } from '../admin/emulator-admin.js';

const DAY_MS = 86_400_000;

/** A demo base with one orders table, so the grid page has something to show. */
export function seedDemo(admin: EmulatorAdmin, now: number): { appToken: string; tableId: string } {
  const base = admin.createBase('Demo shop');
  const table = admin.createTable(base.appToken, 'Orders', [
    { field_name: 'Order', type: 1 },
    { field_name: 'Customer', type: 1 },
    { field_name: 'Amount', type: 2, property: { formatter: '0.00' } },
    {
      field_name: 'Status',
      type: 3,
      property: { options: [{ name: 'Open' }, { name: 'Paid' }, { name: 'Shipped' }] },
    },
    { field_name: 'Ordered on', type: 5 },
    { field_name: 'Gift wrap', type: 7 },
  ]);
  const rows = [
    {
      Order: 'SO-1001',
      Customer: 'Zhang Min',
      Amount: 128.5,
      Status: 'Paid',
      'Ordered on': now - 3 * DAY_MS,
      'Gift wrap': true,
    },
    { Order: 'SO-1002', Customer: 'Li Lei', Amount: 42, Status: 'Open', 'Ordered on': now - DAY_MS },
    {
      Order: 'SO-1003',
      Customer: 'Han Meimei',
      Amount: 310,
      Status: 'Shipped',
      'Ordered on': now - 7 * DAY_MS,
    },
  ];
  for (const fields of rows) admin.userCreateRecord(base.appToken, table.tableId, fields);
  return { appToken: base.appToken, tableId: table.tableId };
}
