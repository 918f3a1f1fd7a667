/** The grid page's stylesheet: a plain Bitable-like sheet with a sidebar slot on the right. */
export const GRID_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 -apple-system, "PingFang SC", "Segoe UI", sans-serif; color: #1f2329; background: #f5f6f7; }
header { display: flex; align-items: center; gap: 16px; padding: 10px 16px; background: #fff; border-bottom: 1px solid #dee0e3; }
header h1 { font-size: 16px; margin: 0; }
header .status { margin-left: auto; color: #8f959e; font-size: 12px; }
nav.tabs { display: flex; gap: 4px; padding: 0 16px; background: #fff; border-bottom: 1px solid #dee0e3; }
nav.tabs a { padding: 8px 12px; color: #646a73; text-decoration: none; border-bottom: 2px solid transparent; }
nav.tabs a.active { color: #3370ff; border-bottom-color: #3370ff; }
.layout { display: flex; height: calc(100vh - 90px); }
main { flex: 1; overflow: auto; padding: 12px 16px; }
aside#sidebar { width: 360px; border-left: 1px solid #dee0e3; background: #fff; overflow: auto; }
aside#sidebar:empty::before { content: "Sidebar slot"; display: block; padding: 16px; color: #bbbfc4; }
table.grid { border-collapse: collapse; background: #fff; min-width: 100%; }
table.grid th, table.grid td { border: 1px solid #dee0e3; padding: 0; height: 34px; min-width: 120px; max-width: 280px; text-align: left; }
table.grid th { background: #f5f6f7; font-weight: 500; padding: 0 8px; white-space: nowrap; }
table.grid th small { color: #8f959e; font-weight: 400; margin-left: 4px; }
table.grid td .cell { padding: 6px 8px; min-height: 32px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
table.grid td.editable .cell { cursor: text; }
table.grid td.editable .cell:hover { background: #f0f4ff; }
table.grid td.readonly .cell { color: #8f959e; }
table.grid td input, table.grid td select { width: 100%; height: 32px; border: 2px solid #3370ff; padding: 4px 6px; font: inherit; }
table.grid td.row-actions { min-width: 40px; width: 40px; text-align: center; }
table.grid tr.flash td { animation: flash 1.2s ease-out; }
@keyframes flash { from { background: #fff7d6; } to { background: #fff; } }
.tag { display: inline-block; padding: 0 6px; margin-right: 4px; border-radius: 10px; background: #e1eaff; color: #245bdb; font-size: 12px; }
button { font: inherit; border: 1px solid #dee0e3; background: #fff; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
button:hover { border-color: #3370ff; color: #3370ff; }
button.delete { border: none; color: #bbbfc4; padding: 2px 6px; }
button.delete:hover { color: #f54a45; }
.toolbar { margin: 0 0 8px; display: flex; gap: 8px; align-items: center; }
.error { color: #f54a45; font-size: 12px; }
`;
