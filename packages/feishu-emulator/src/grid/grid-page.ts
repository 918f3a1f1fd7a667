import type { AdminBase } from '../admin/emulator-admin.js';
import { GRID_SCRIPT } from './grid-script.js';
import { GRID_CSS } from './grid-style.js';

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** The server-rendered shell of the grid page; the script fills the table from the admin API. */
export function renderGridPage(base: AdminBase, tableId: string): string {
  const tabs = base.tables
    .map(
      (t) =>
        `<a href="/base/${escapeHtml(base.appToken)}?table=${escapeHtml(t.tableId)}"${t.tableId === tableId ? ' class="active"' : ''}>${escapeHtml(t.name)}</a>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(base.name)} · Feishu emulator</title>
<style>${GRID_CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(base.name)}</h1><span class="error" id="error"></span><span class="status" id="status">loading…</span></header>
<nav class="tabs">${tabs}</nav>
<div class="layout">
  <main>
    <div class="toolbar"><button id="add-row" type="button">+ Add row</button></div>
    <div id="grid" data-app-token="${escapeHtml(base.appToken)}" data-table-id="${escapeHtml(tableId)}"></div>
  </main>
  <!-- Sidebar slot: a later issue embeds the Base extension here. Keep it empty. -->
  <aside id="sidebar"></aside>
</div>
<script>${GRID_SCRIPT}</script>
</body>
</html>`;
}

export function renderNotFound(message: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Not found</title></head><body><p>${escapeHtml(message)}</p><p><a href="/_emulator/bases">List bases</a></p></body></html>`;
}
