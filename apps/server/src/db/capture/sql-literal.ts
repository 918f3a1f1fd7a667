/**
 * A SQL string literal for a validated identifier, safe under any sql_mode: plain when it holds
 * only unremarkable characters, else a hex literal (so no quote or backslash rule can bite).
 */
export function sqlStringLiteral(text: string): string {
  if (/^[\p{L}\p{N}_ $.-]*$/u.test(text)) return `'${text}'`;
  return `CONVERT(X'${Buffer.from(text, 'utf8').toString('hex')}' USING utf8mb4)`;
}
