// CSV (RFC 4180) that opens safely in a spreadsheet: for question exports and a class's results.

// What a spreadsheet may run as a formula or read as the start of another cell, at the start of a
// cell (https://owasp.org/www-community/attacks/CSV_Injection): =, +, -, @, tab, line breaks, NUL
// and the separators (`,`, or `;` in locales that split on it), behind any quotes.
const STARTS_FORMULA = /^"*[=+\-@\t\n\r\0;,]/;
// A formula character after a character where a spreadsheet in another locale may start a new cell
// or row (behind any quotes, tabs or line breaks).
const STARTS_INNER_FORMULA = /([,;\t\n])(?=["\t\n]*[=+\-@\0])/g;

/**
 * A CSV cell (RFC 4180) that is safe to open in a spreadsheet, whichever separator its locale uses:
 * an apostrophe goes before a formula character at the start of the cell, and after a separator,
 * tab or line break inside it (where a `;` or tab locale starts a cell, or any starts a row), so no
 * cell a spreadsheet makes of it starts a formula; then the cell is quoted if it holds a separator,
 * quote, tab or line break.
 */
function cell(text: string): string {
	let safe = text.replace(/\r\n?/g, '\n').replace(STARTS_INNER_FORMULA, "$1'");
	if (STARTS_FORMULA.test(safe)) safe = `'${safe}`;
	return /[",;\t\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows as CSV text, lines ended by CRLF as RFC 4180 has them. `bom` starts it with a UTF-8 byte
 * order mark, without which Excel reads the file in the machine's legacy code page (“café” → “cafÃ©”).
 */
export function toCsvText(rows: readonly (readonly string[])[], { bom = false } = {}): string {
	return (bom ? '\uFEFF' : '') + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
