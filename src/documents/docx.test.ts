import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { localDate } from '../shared/dates.ts';
import { renderDocx, type DocSpec } from './docx.ts';

const spec: DocSpec = {
  court: '广东省江门市蓬江区人民法院',
  title: '执行通知书',
  caseNumber: '（2026）粤0703执123号',
  blocks: [
    { type: 'addressee', text: '江门市恒泰建材有限公司：' },
    { type: 'paragraph', text: '责令你单位自收到本通知之日起立即履行下列义务 <&>' },
    { type: 'signature', lines: ['二〇二六年十一月二十六日', '（院印）'] },
  ],
};
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('rendering an instrument as DOCX', () => {
  it('gives the same bytes for the same data and issue date, even packed seconds apart', async () => {
    const first = await renderDocx(spec, localDate('2026-11-26'));
    await new Promise((r) => setTimeout(r, 2_100)); // zip times have a two-second resolution
    const second = await renderDocx(spec, localDate('2026-11-26'));
    expect(sha(second)).toBe(sha(first));
    expect(sha(await renderDocx(spec, localDate('2026-11-27')))).not.toBe(sha(first));
  });

  it('dates the core properties and every zip entry with the issue date', async () => {
    const bytes = await renderDocx(spec, localDate('2026-11-26'));
    const core = strFromU8(unzipSync(bytes)['docProps/core.xml']!);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-26T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-26T00:00:00Z</dcterms:modified>');
    expect(core).toContain('<dc:title>执行通知书 （2026）粤0703执123号</dc:title>');
    // Every local file header (PK\x03\x04) carries the DOS date of 2026-11-26 at offset 12.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dos = ((2026 - 1980) << 9) | (11 << 5) | 26;
    let headers = 0;
    for (let i = 0; i + 30 < bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x04034b50) continue;
      headers += 1;
      expect(view.getUint16(i + 12, true)).toBe(dos);
    }
    expect(headers).toBeGreaterThan(5);
  });

  it('puts the court, the title and the case number at the head, in A4 with the official margins', async () => {
    const xml = strFromU8(unzipSync(await renderDocx(spec, localDate('2026-11-26')))['word/document.xml']!);
    const court = xml.indexOf('广东省江门市蓬江区人民法院');
    expect(court).toBeGreaterThan(0);
    expect(xml.indexOf('执行通知书')).toBeGreaterThan(court);
    expect(xml.indexOf('（2026）粤0703执123号')).toBeGreaterThan(xml.indexOf('执行通知书'));
    expect(xml).toContain('&lt;&amp;&gt;');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="2098"/); // 37 mm
  });
});
