import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { wallClockNoon, type LocalDate } from '../shared/dates.ts';

// A court instrument laid out as the national format for official documents has it (GB/T 9704):
// A4, margins 37/35/28/26 mm, the court's name and the instrument's title centred in 宋体 二号,
// the case number right-aligned, the body in 仿宋 三号 at an exact 28-point line with a two-character
// first-line indent, the date and seal on the right. Fonts are named in Chinese, as WPS and Word
// installed in China know them; another system substitutes its own CJK fonts.

export type Block =
  | { readonly type: 'addressee'; readonly text: string } // flush left: "江门市恒泰建材有限公司："
  | { readonly type: 'paragraph'; readonly text: string; readonly bold?: boolean }
  | { readonly type: 'heading'; readonly text: string } // a centred sub-title (an attachment's name)
  | { readonly type: 'signature'; readonly lines: readonly string[] }
  | { readonly type: 'note'; readonly text: string } // 四号, flush left: contacts, remarks
  | {
      readonly type: 'table';
      readonly columns: readonly string[];
      readonly widths: readonly number[];
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly type: 'page-break' };

export type DocSpec = {
  readonly court: string;
  readonly title: string; // 执行通知书
  readonly caseNumber: string;
  readonly blocks: readonly Block[];
};

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const HEAD_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const SIZE = { er: 44, san: 32, si: 28, xiaosi: 24 }; // half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28 pt
const INDENT = { firstLine: 640 }; // two characters of 三号

const run = (text: string, opts: { size?: number; bold?: boolean; font?: typeof BODY_FONT; spacing?: number } = {}) =>
  new TextRun({
    text,
    size: opts.size ?? SIZE.san,
    bold: opts.bold ?? false,
    font: opts.font ?? BODY_FONT,
    ...(opts.spacing ? { characterSpacing: opts.spacing } : {}),
  });

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const para = (children: ParagraphChild[], opts: { align?: Align; indent?: boolean; after?: number; keepNext?: boolean } = {}) =>
  new Paragraph({
    children,
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    spacing: { ...LINE, after: opts.after ?? 0 },
    ...(opts.indent ? { indent: INDENT } : {}),
    ...(opts.keepNext ? { keepNext: true, keepLines: true } : {}),
  });

// The paragraph before a signature stays on the signature's page: a date and seal never stand alone.
function blockToDocx(b: Block, next: Block | undefined): (Paragraph | Table)[] {
  const keepNext = next?.type === 'signature';
  switch (b.type) {
    case 'addressee':
      // Flush left, not justified: a long credit code would stretch the line's characters apart.
      return [para([run(b.text)], { align: AlignmentType.LEFT, keepNext })];
    case 'paragraph':
      return [para([run(b.text, { bold: b.bold ?? false })], { indent: true, keepNext })];
    case 'heading':
      return [
        para([run(b.text, { size: SIZE.san, bold: true, font: HEAD_FONT })], { align: AlignmentType.CENTER, after: 240, keepNext: true }),
      ];
    case 'signature':
      return b.lines.map((l, i) => para([run(l)], { align: AlignmentType.RIGHT, keepNext: i < b.lines.length - 1 }));
    case 'note':
      return [para([run(b.text, { size: SIZE.si })], { align: AlignmentType.LEFT, keepNext })];
    case 'page-break':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case 'table':
      return [table(b)];
  }
}

function table(b: Extract<Block, { type: 'table' }>): Table {
  const cell = (text: string, width: number, bold = false) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      verticalAlign: VerticalAlign.CENTER,
      children: [
        new Paragraph({ alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, { size: SIZE.xiaosi, bold })] }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: b.columns.map((c, i) => cell(c, b.widths[i]!, true)) }),
      ...b.rows.map((r) => new TableRow({ height: { value: 560, rule: 'atLeast' }, children: r.map((c, i) => cell(c, b.widths[i]!)) })),
    ],
  });
}

function documentOf(spec: DocSpec): Document {
  const mm = (v: number) => Math.round((v * 1440) / 25.4); // A4 is 11906 × 16838 twips
  return new Document({
    title: spec.title,
    creator: spec.court,
    lastModifiedBy: spec.court,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE.san } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(20) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: SIZE.si })],
              }),
            ],
          }),
        },
        children: [
          para([run(spec.court, { size: SIZE.er, bold: true, font: HEAD_FONT })], { align: AlignmentType.CENTER }),
          para([run(spec.title, { size: SIZE.er, bold: true, font: HEAD_FONT, spacing: 120 })], {
            align: AlignmentType.CENTER,
            after: 240,
          }),
          para([run(spec.caseNumber)], { align: AlignmentType.RIGHT, after: 240 }),
          ...spec.blocks.flatMap((b, i) => blockToDocx(b, spec.blocks[i + 1])),
        ],
      },
    ],
  });
}

const escapeXml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

// The docx package stamps the core properties and each zip entry with the time of packing; both
// are fixed to the issue date here, so that the same data always gives the same bytes (and hash).
function coreProperties(spec: DocSpec, issuedOn: LocalDate): string {
  const at = `${issuedOn}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(`${spec.title} ${spec.caseNumber}`)}</dc:title><dc:creator>${escapeXml(spec.court)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(spec.court)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The instrument as DOCX bytes: deterministic for the same spec and issue date. */
export async function renderDocx(spec: DocSpec, issuedOn: LocalDate): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(documentOf(spec), false, [{ path: 'docProps/core.xml', data: coreProperties(spec, issuedOn) }]);
  const files = unzipSync(new Uint8Array(packed));
  return zipSync(files, { level: 6, mtime: wallClockNoon(issuedOn) });
}
