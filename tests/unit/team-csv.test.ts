import fc from 'fast-check';
import { buildCsv, csvCell, csvFileName, CSV_BOM } from '../../shared/team-csv';

/** A minimal RFC 4180 reader, to check that what is written reads back the same. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('the team table as CSV', () => {
  it('starts with a byte-order mark and ends every row with CRLF, so Excel reads UTF-8', () => {
    const csv = buildCsv(['Name', 'Email'], [['José Núñez', 'jose@example.org']]);
    expect(csv).toBe(`${CSV_BOM}Name,Email\r\nJosé Núñez,jose@example.org\r\n`);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Evans, Dorothy')).toBe('"Evans, Dorothy"');
    expect(csvCell('The "boss"')).toBe('"The ""boss"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(9)).toBe('9');
    expect(csvCell(null)).toBe('');
  });

  it('makes every cell a spreadsheet would run as a formula inert', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","Click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Click"")"`,
    );
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('Dorothy = ok')).toBe('Dorothy = ok');
  });

  it('reads back exactly what was written, and no cell starts a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 8 }),
        (rows) => {
          const csv = buildCsv(['a', 'b'], rows);
          const read = readCsv(csv.slice(1));
          expect(read).toHaveLength(rows.length + 1);
          read.slice(1).forEach((row, i) =>
            row.forEach((cell, j) => {
              const original = rows[i]![j]!;
              expect(['=', '+', '-', '@', '\t', '\r']).not.toContain(cell.charAt(0));
              expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
            }),
          );
        },
      ),
    );
  });

  it('names the file with the date, safely', () => {
    expect(csvFileName('team', new Date('2026-03-01T10:00:00Z'))).toBe('team-2026-03-01.csv');
    expect(csvFileName('../équipe', new Date('2026-03-01T10:00:00Z'))).toBe('quipe-2026-03-01.csv');
  });
});
