import { describe, expect, it } from 'vitest';
import { localDate } from '../../shared/dates.ts';
import type { Block } from '../docx.ts';
import { renderDocx } from '../docx.ts';
import { terminationRuling, type TerminationRulingData } from './termination-ruling.ts';

const textOf = (blocks: readonly Block[]) => blocks.map((b) => ('text' in b ? b.text : 'lines' in b ? b.lines.join('\n') : '')).join('\n');

const data: TerminationRulingData = {
  court: '广东省江门市蓬江区人民法院',
  caseNumber: '（2026）粤0703执123号',
  issuedOn: localDate('2026-11-26'),
  filedOn: localDate('2026-07-01'),
  applicants: [{ kind: 'person', name: '陈小红', idNumber: '440703198003151234' }],
  debtors: [{ kind: 'organization', name: '江门市恒泰建材有限公司', creditCode: '91440703MA4UJ5XB2K', legalRepresentative: '梁国强' }],
  title: { issuer: '广东省江门市蓬江区人民法院', documentNumber: '（2026）粤0703民初1234号' },
  claim: '123456.00',
  recovered: '23456.00',
  outstanding: '100000.00',
  measures: [
    { on: localDate('2026-07-03'), text: '向被执行人送达执行通知书' },
    { on: localDate('2026-07-05'), text: '通过网络执行查控系统查询被执行人的存款、车辆、不动产、证券等财产（共2次）' },
  ],
  assets: [],
  interview: { on: localDate('2026-11-20'), view: '同意终结本次执行程序，发现财产后申请恢复执行' },
  route: 'applicant-confirmed',
  officer: '李明',
};

describe('the 终本 ruling', () => {
  it('recites the claim, the measures, what was found and recovered, the interview, and the continuing duties', () => {
    const text = textOf(terminationRuling.build(data).blocks);
    expect(text).toContain('申请执行标的为人民币123456.00元');
    expect(text).toContain('（一）2026年7月3日，向被执行人送达执行通知书；');
    expect(text).toContain('（二）2026年7月5日，通过网络执行查控系统查询被执行人的存款、车辆、不动产、证券等财产（共2次）。');
    expect(text).toContain('未发现被执行人江门市恒泰建材有限公司有可供执行的财产');
    expect(text).toContain('本案已执行到位人民币23456.00元，尚有人民币100000.00元未执行到位');
    expect(text).toContain('申请执行人的意见为：同意终结本次执行程序');
    expect(text).toContain('申请执行人书面同意终结本次执行程序');
    expect(text).toContain('终结本院（2026）粤0703执123号案件的本次执行程序。');
    expect(text).toContain('申请恢复执行不受申请执行时效期间的限制');
    expect(text).toContain('审判员  李明');
  });

  it('lists the assets found with their state, and names the panel route', () => {
    const text = textOf(
      terminationRuling.build({
        ...data,
        route: 'panel-review',
        interview: null,
        assets: [{ text: '机动车（粤J12345，估值人民币30000.00元）', outcome: '已采取控制措施，继续有效' }],
      }).blocks,
    );
    expect(text).toContain('（一）机动车（粤J12345，估值人民币30000.00元），已采取控制措施，继续有效。');
    expect(text).toContain('经合议庭评议并报院长批准');
    expect(text).not.toContain('约谈申请执行人');
  });

  it('renders the same bytes for the same data', async () => {
    const spec = terminationRuling.build(data);
    const [a, b] = await Promise.all([renderDocx(spec, data.issuedOn), renderDocx(spec, data.issuedOn)]);
    expect(Buffer.compare(a, b)).toBe(0);
  });
});
