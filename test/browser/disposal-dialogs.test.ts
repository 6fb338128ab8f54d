import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildCase } from '../support/builders/cases.builder.ts';
import { announced, choose, shot, signIn, useBrowserApp } from './browser-app.ts';
import { button, caseOpener, jumpingClock, onPhone, settled, submit } from './disposal-steps.ts';

// The 处置 tab's other dialogs, on three sealed flats of one case: a price by appraisal (extended,
// then reported), a round withdrawn and held again, bid logs typed in, 变卖 after the second round
// fails; a price by online inquiry and 以物抵债 after the first round fails; a sold round whose buyer
// does not pay (悔拍); and a clerk who sees no buttons. The flats are recorded and sealed through the
// API; every disposal step in the UI.

const clock = jumpingClock('2026-11-26T02:00:00.000Z');
const openPage = useBrowserApp({ seedCases: 0, clock });
let caseId = '';
const openCaseAt = caseOpener(clock, openPage, () => caseId);
const flats = ['粤(2024)江门市不动产权第0071001号', '粤(2024)江门市不动产权第0071002号', '粤(2024)江门市不动产权第0071003号'];

beforeAll(async () => {
  caseId = (await buildCase(openPage.app())).id;
});

async function post(page: Page, url: string, data: Record<string, unknown>) {
  const res = await page.request.post(url, { data });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return (await res.json()) as Record<string, string>;
}

const cardOf = (page: Page, identifier: string) => page.getByRole('region', { name: `不动产 ${identifier}` });

describe('the 处置 dialogs', () => {
  it('appraisal, withdrawal, bid logs and 变卖; online inquiry and 以物抵债; 悔拍; a clerk sees no buttons', async () => {
    let page = await openCaseAt('2026-11-26T02:00:00.000Z');
    for (const identifier of flats) {
      const flat = await post(page, `/api/v1/cases/${caseId}/assets`, {
        kind: 'real-estate',
        identifier,
        institution: '江门市不动产登记中心',
        estimatedValue: '1000000.00',
      });
      await post(page, `/api/v1/cases/${caseId}/seizures`, {
        assetId: flat.assetId,
        measure: 'seal',
        ruledOn: '2026-11-26',
        effectiveOn: '2026-11-26',
      });
    }
    await page.goto(`/cases/${caseId}?tab=disposal`);
    const [a, b, c] = flats.map((f) => cardOf(page, f));

    // A: the law requires an appraisal; extended by 15 days, then the report fixes the price.
    await button(a!, '启动确定参考价').click();
    await settled(page);
    const required = page.getByRole('dialog').getByLabel('法律规定须评估或双方申请评估（径行委托评估）');
    await page.getByRole('dialog').getByText('法律规定须评估或双方申请评估（径行委托评估）').click();
    await expect.poll(() => required.isChecked()).toBe(true);
    await submit(page, '确认', /^已启动确定参考价/);
    await button(a!, '确定参考价').click();
    let dialog = page.getByRole('dialog');
    await dialog.getByTitle('委托评估').first().waitFor();
    await dialog.getByLabel('评估机构').fill('广东中联羊城资产评估有限公司');
    await submit(page, '记录', '已记录委托评估');
    await a!.getByText(/广东中联羊城资产评估有限公司，报告期限 2026-12-26）.*评估中/).waitFor();
    await button(a!, '确定参考价').click();
    dialog = page.getByRole('dialog');
    await dialog.getByTitle('评估报告').first().waitFor(); // the report first; the extension on asking
    await choose(page, 'method', '延长评估期限');
    await dialog.getByText('现报告期限 2026-12-26').waitFor();
    await submit(page, '记录', '已记录延长评估期限');
    await a!.getByText(/报告期限 2027-01-10，已延长1次/).waitFor();
    await button(a!, '确定参考价').click();
    await page.getByRole('dialog').getByLabel('评估价（元）').fill('1,000,000.00');
    await submit(page, '记录', '参考价已确定：1,000,000.00 元（委托评估）');

    // A's first round announced, withdrawn with a reason, and announced again.
    await button(a!, '发布一拍公告').click();
    await submit(page, '发布', '已发布一拍公告：起拍价 1,000,000.00 元');
    await button(a!, '一拍：撤回').click();
    dialog = page.getByRole('dialog');
    await button(dialog, '确认').click();
    await dialog.getByText('请填写撤回原因').waitFor();
    await dialog.getByLabel('撤回原因').fill('案外人提出执行异议，暂缓拍卖');
    await submit(page, '确认', '已记录：撤回');
    await a!.getByText('案外人提出执行异议，暂缓拍卖').waitFor();
    await button(a!, '发布一拍公告').click();
    await submit(page, '发布', '已发布一拍公告：起拍价 1,000,000.00 元');

    // B: the parties give no figures, the tax office does not answer, two inquiry platforms do.
    await button(b!, '启动确定参考价').click();
    await submit(page, '确认', /^已启动确定参考价/);
    await button(b!, '确定参考价').click();
    await submit(page, '记录', '已记录当事人议价');
    await button(b!, '确定参考价').click();
    await page.getByRole('dialog').getByLabel('询价机构').fill('国家税务总局江门市税务局');
    await submit(page, '记录', '已记录定向询价');
    await button(b!, '确定参考价').click();
    dialog = page.getByRole('dialog');
    await dialog.getByTitle('网络询价').first().waitFor();
    await dialog.getByLabel('询价平台 1').fill('淘宝网司法询价');
    await dialog.getByLabel('询价结果（元） 1').fill('1,000,000');
    await button(dialog, '添加平台结果').click();
    await dialog.getByLabel('询价平台 2').fill('京东司法询价');
    await dialog.getByLabel('询价结果（元） 2').fill('1,100,000');
    await settled(page);
    await shot(page, 'disposal-online-inquiry-desktop');
    await onPhone(page, 'disposal-online-inquiry');
    await submit(page, '记录', '参考价已确定：1,050,000.00 元（网络询价）');
    await button(b!, '发布一拍公告').click();
    await submit(page, '发布', '已发布一拍公告：起拍价 1,050,000.00 元');

    // C: agreed at 1,000,000; a first round at the 70% floor, which the sandbox's bidders reach.
    await button(c!, '启动确定参考价').click();
    await submit(page, '确认', /^已启动确定参考价/);
    await button(c!, '确定参考价').click();
    await page.getByRole('dialog').getByLabel('申请执行人议价（元）').fill('1000000');
    await page.getByRole('dialog').getByLabel('被执行人议价（元）').fill('1000000');
    await submit(page, '记录', '参考价已确定：1,000,000.00 元（当事人议价）');
    await button(c!, '发布一拍公告').click();
    await page.getByRole('dialog').getByLabel('起拍价（元）').fill('700,000');
    await page.getByRole('dialog').getByLabel('保证金（元）').fill('70,000');
    await submit(page, '发布', '已发布一拍公告：起拍价 700,000.00 元');

    // After the first rounds' bidding: A's log typed in (one bid below the price: 流拍), B fails, C sells.
    await page.context().close();
    page = await openCaseAt('2026-12-28T03:00:00.000Z', { name: '处置', key: 'disposal' });
    const [a2, b2, c2] = flats.map((f) => cardOf(page, f));
    await button(a2!, '一拍：录入竞价记录').click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('竞价记录').fill('张三 六十万');
    await button(dialog, '确认').click();
    await dialog.getByText('第1行不是“竞买人, 出价, 时间”').waitFor();
    await dialog.getByLabel('竞价记录').fill('张三, 600,000, 2026-12-27 11:00');
    await submit(page, '确认', '竞价结果：流拍');
    await button(b2!, '一拍：获取竞价结果').click();
    await submit(page, '获取', '竞价结果：流拍');
    await button(b2!, '以物抵债').click();
    await page.getByRole('dialog').getByLabel('接受抵债的债权人').fill('陈小红');
    await submit(page, '抵债', '已以物抵债，抵债价额 1,050,000.00 元记入案款');
    await b2!.getByText('已处置').waitFor();
    await button(c2!, '一拍：获取竞价结果').click();
    await submit(page, '获取', /^竞价结果：.+ 以 [\d,]+\.\d{2} 元竞得$/);
    await button(c2!, '一拍：悔拍').click();
    await page.getByRole('dialog').getByLabel('说明（选填）').fill('买受人逾期未支付价款');
    await submit(page, '确认', '已记录：悔拍');
    await c2!.getByText('买受人逾期未支付价款').waitFor();
    await button(a2!, '发布二拍公告').click();
    await submit(page, '发布', '已发布二拍公告：起拍价 800,000.00 元');

    // A's second round closes without a bid; 变卖 at its price, sold within the period.
    await page.context().close();
    page = await openCaseAt('2027-01-14T03:00:00.000Z', { name: '处置', key: 'disposal' });
    const a3 = cardOf(page, flats[0]!);
    await button(a3, '二拍：录入竞价记录').click();
    await submit(page, '确认', '竞价结果：流拍');
    await button(a3, '变卖').click();
    await submit(page, '开始变卖', /^已开始变卖，变卖价 800,000\.00 元，变卖期至 2027-03-1\d$/);
    await button(a3, '变卖结果').click();
    await page.getByRole('dialog').getByLabel('买受人').fill('江门市兴业置业有限公司');
    await settled(page);
    await shot(page, 'disposal-sale-result-desktop');
    await submit(page, '记录', '变卖成交，800,000.00 元记入案款');
    await a3.getByText('已处置').waitFor();
    await announced(page, '变卖成交，800,000.00 元记入案款').first().waitFor();
    await shot(page, 'disposal-dialogs-tab-desktop', true);
    await onPhone(page, 'disposal-dialogs-tab', true);
    await page.context().close();

    // A clerk (书记员) reads the disposal but may not progress it: no buttons.
    page = await openPage();
    await signIn(page, 'clerk');
    await page.goto(`/cases/${caseId}?tab=disposal`);
    const c4 = cardOf(page, flats[2]!);
    await c4.getByText('悔拍', { exact: true }).waitFor();
    await expect(c4.getByRole('button').count()).resolves.toBe(0);
    await page.context().close();
  }, 400_000);
});
