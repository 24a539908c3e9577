import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readCsvText, toCsv, type TCsvColumn } from "./csv";

type Row = { text: string | null; count: number | null; flag: boolean };
const COLUMNS: TCsvColumn<Row>[] = [
  { name: "text", description: "Any text.", value: (row) => row.text },
  { name: "count", description: "A number.", value: (row) => row.count },
  { name: "flag", description: "true or false.", value: (row) => row.flag },
];

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe("CSV", () => {
  it("writes a header and CRLF lines, quoting commas, quotes and line breaks", () => {
    const csv = toCsv(COLUMNS, [
      { text: 'He said "ouch", then sat', count: 3, flag: true },
      { text: "two\nlines", count: null, flag: false },
      { text: null, count: 0, flag: false },
    ]);
    expect(csv).toBe('text,count,flag\r\n"He said ""ouch"", then sat",3,true\r\n"two\nlines",,false\r\n,0,false\r\n');
  });

  it("keeps a text cell that starts like a formula from running in a spreadsheet, and reads it back as written", () => {
    const csv = toCsv(COLUMNS, [{ text: "=HYPERLINK(\"http://evil.example\",\"click\")", count: -2, flag: false }]);
    const [, row] = parse(csv);
    expect(row![0]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row![1]).toBe("-2"); // a number is not text: no apostrophe
    expect(readCsvText(row![0]!)).toBe(`=HYPERLINK("http://evil.example","click")`);
    expect(readCsvText("'quoted on purpose")).toBe("'quoted on purpose");
    // Text that really starts with an apostrophe (before a formula sign or not) comes back as written.
    for (const text of ["'=x", "'plain", "''"]) expect(readCsvText(parse(toCsv(COLUMNS, [{ text, count: null, flag: false }]))[1]![0]!)).toBe(text);
  });

  it("round-trips any text through a standard CSV parser", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.option(fc.string({ unit: "grapheme" }).filter((text) => text !== "")), count: fc.option(fc.integer()), flag: fc.boolean() }), { maxLength: 20 }), (rows) => {
        const [header, ...parsed] = Papa.parse<string[]>(toCsv(COLUMNS, rows)).data.filter((line) => line.length > 1 || line[0] !== "");
        expect(header).toEqual(["text", "count", "flag"]);
        expect(parsed.map(([text, count, flag]) => ({ text: text === "" ? null : readCsvText(text!), count: count === "" ? null : Number(count), flag: flag === "true" }))).toEqual(rows);
      }),
    );
  });
});
