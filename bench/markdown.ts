/** A Markdown table; also readable as plain text in a terminal. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** One figure of the report: a heading, an optional note, and its table or a sentence. */
export interface Section { title: string; body: string; note?: string }

export function renderSection(section: Section): string {
  return [`## ${section.title}`, section.note, section.body].filter(Boolean).join('\n\n');
}
