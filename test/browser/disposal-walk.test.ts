import { beforeAll, describe, expect, it } from 'vitest';
import { aCompany, buildCase } from '../support/builders/cases.builder.ts';
import { deliver, network } from '../searches/search-fixtures.ts';
import { announced, openTab, shot, useBrowserApp } from './browser-app.ts';
import { button, caseOpener, jumpingClock, onPhone, settled, submit } from './disposal-steps.ts';

// Issue 10's walk through the UI, as test/disposal/walk.test.ts walks it through the API: the judge
// issues and serves the first notices, starts an online search the sandbox network answers, freezes
// and deducts the deposit it finds, seals the flat, fixes its reference price by agreement, announces
// a first round that fails and a second at 80% that sells, and finds the money in the case account.

const clock = jumpingClock('2026-11-26T02:00:00.000Z');
const openPage = useBrowserApp({ seedCases: 0, clock });

let caseId = '';
const openCaseAt = caseOpener(clock, openPage, () => caseId);
beforeAll(async () => {
  // The API walk's debtor: the sandbox answers hold a deposit and a flat for it (same credit code per file).
  caseId = (await buildCase(openPage.app(), { debtor: aCompany('江门市恒泰建材有限公司') })).id;
});

type Asset = { id: string; kind: string; kindName: string; identifier: string };

describe('the whole walk through the UI', () => {
  it('notices, search, freeze and deduction, a failed first round and a sale in the second, the money in the account', async () => {
    let page = await openCaseAt('2026-11-26T02:00:00.000Z', { name: '文书与报告', key: 'measures' });

    // 执行通知书 and 报告财产令, each served on its addressee.
    const notices = page.getByRole('region', { name: '执行通知书与报告财产令' });
    await button(notices, '制作执行通知书和报告财产令').click();
    await announced(page, /已制作执行通知书和报告财产令 \d+ 份/).waitFor();
    const serve = notices.getByRole('button', { name: /^登记送达：/ });
    await serve.first().waitFor();
    const documents = await serve.count();
    expect(documents).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < documents; i += 1) {
      await serve.nth(i).click();
      await page.getByRole('dialog').getByLabel('受送达人身份（选填）').fill('被执行人');
      await submit(page, '登记', /^已登记/);
    }
    await expect(notices.getByText('未送达').count()).resolves.toBe(0);
    await shot(page, 'walk-notices-desktop', true);

    // The notices served, enforcement starts.
    await page.getByRole('button', { name: '开始执行' }).click();
    await page.getByRole('dialog').getByLabel('理由（选填）').fill('已向被执行人送达执行通知书和报告财产令。');
    await page.getByRole('dialog').getByRole('button', { name: '确认开始执行' }).click();
    await page.getByTestId('case-status').getByText('执行中').waitFor();

    // 查控: the search, answered by the sandbox network; the findings join the asset register.
    await openTab(page, '查控', 'searches');
    await button(page, '发起查控').click();
    await settled(page);
    await submit(page, '发起查控', /已发起网络查控，发出查询请求 \d+ 项/);
    await deliver(openPage.app(), network().registry);
    const search = page.getByRole('region', { name: /^查控 / });
    await search.getByText('已完成', { exact: true }).waitFor({ timeout: 60_000 });
    await shot(page, 'walk-search-desktop', true);

    const res = await page.request.get(`/api/v1/cases/${caseId}/assets`);
    const assets = ((await res.json()) as { items: Asset[] }).items;
    const deposit = assets.find((a) => a.kind === 'deposit');
    const flat = assets.find((a) => a.kind === 'real-estate');
    expect(deposit, JSON.stringify(assets)).toBeDefined();
    expect(flat, JSON.stringify(assets)).toBeDefined();

    // 财产: freeze 5000.00 of the deposit, deduct it, seal the flat.
    await openTab(page, '财产', 'assets');
    const depositCard = page.getByRole('region', { name: `${deposit!.kindName} ${deposit!.identifier}` });
    await depositCard.getByRole('button', { name: '查封、扣押、冻结' }).click();
    await page.getByRole('dialog').getByLabel('冻结金额（元）').fill('5000.00');
    await submit(page, '确认', /^已冻结，期限至/);
    await depositCard.getByText('生效中').waitFor();
    await button(depositCard, '扣划').click();
    await page.getByRole('dialog').getByLabel('扣划金额（元）').fill('5000.00');
    await page.getByRole('dialog').getByLabel('银行回执编号').fill('ICBC-JM-2026-1126');
    await submit(page, '确认', '已扣划 5000.00 元，尚冻结 0.00 元');
    const flatName = `${flat!.kindName} ${flat!.identifier}`;
    await page.getByRole('region', { name: flatName }).getByRole('button', { name: '查封、扣押、冻结' }).click();
    await submit(page, '确认', /^已查封，期限至/);
    await page.getByText('扣划等已到账 5000.00 元').waitFor();
    await shot(page, 'walk-assets-desktop', true);

    // 处置: the reference price by the parties' agreement.
    await openTab(page, '处置', 'disposal');
    let card = page.getByRole('region', { name: flatName });
    await button(card, '启动确定参考价').click();
    await settled(page);
    await shot(page, 'walk-start-price-dialog-desktop');
    await submit(page, '确认', `已启动确定参考价：${flatName}`);
    // The parties disagree (议价 gives no price); the next method the law allows is 定向询价.
    await button(card, '确定参考价').click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('申请执行人议价（元）').fill('900,000');
    await dialog.getByLabel('被执行人议价（元）').fill('1000000');
    await submit(page, '记录', '已记录当事人议价');
    await card.getByText('当事人议价（申请执行人 ¥900,000.00，被执行人 ¥1,000,000.00），未能确定').waitFor();
    await button(card, '确定参考价').click();
    dialog = page.getByRole('dialog');
    await dialog.getByTitle('定向询价').first().waitFor();
    await button(dialog, '记录').click();
    await dialog.getByText('请填写询价机构').waitFor();
    await page.getByRole('dialog').getByLabel('询价机构').fill('国家税务总局江门市税务局');
    await page.getByRole('dialog').getByLabel('答复价格（元）').fill('1,000,000');
    await shot(page, 'walk-price-step-dialog-desktop');
    await onPhone(page, 'walk-price-step-dialog');
    await submit(page, '记录', '参考价已确定：1,000,000.00 元（定向询价）');
    await card.getByText(/定向询价，2026-11-26 确定，有效期至/).waitFor();

    // 一拍: the legal limits beside the fields; a price below 70% is refused in Chinese.
    await button(card, '发布一拍公告').click();
    dialog = page.getByRole('dialog');
    await dialog.getByText('即不低于 ¥700,000.00').waitFor();
    await dialog.getByLabel('起拍价（元）').fill('600,000');
    await button(dialog, '发布').click();
    await dialog.getByRole('alert').filter({ hasText: '一拍起拍价不得低于参考价的70%' }).waitFor();
    await shot(page, 'walk-round1-refused-desktop');
    await dialog.getByLabel('起拍价（元）').fill('1,000,000.00');
    await dialog.getByText('保证金应在 ¥50,000.00 至 ¥200,000.00 之间').waitFor();
    await expect(dialog.getByLabel('保证金（元）').inputValue()).resolves.toBe('100,000.00');
    await settled(page);
    await shot(page, 'walk-round1-dialog-desktop');
    await onPhone(page, 'walk-round1-dialog');
    await submit(page, '发布', '已发布一拍公告：起拍价 1,000,000.00 元');
    await card.getByText('已公告').waitFor();
    await onPhone(page, 'walk-disposal-announced', true);

    // The day after bidding closed: no valid bid at 100% of the price, the first round fails.
    await page.context().close();
    page = await openCaseAt('2026-12-28T03:00:00.000Z', { name: '处置', key: 'disposal' });
    card = page.getByRole('region', { name: flatName });
    await button(card, '一拍：获取竞价结果').click();
    await submit(page, '获取', '竞价结果：流拍');
    await card.getByText('流拍').first().waitFor();

    // 二拍 at the lowest the law allows (80% of the first), within 30 days.
    await button(card, '发布二拍公告').click();
    dialog = page.getByRole('dialog');
    await dialog.getByText(/起拍价降价不超过一拍起拍价的20%：¥800,000.00 至 ¥1,000,000.00/).waitFor();
    await expect(dialog.getByLabel('起拍价（元）').inputValue()).resolves.toBe('800,000.00');
    await settled(page);
    await shot(page, 'walk-round2-dialog-desktop');
    await submit(page, '发布', '已发布二拍公告：起拍价 800,000.00 元');

    // The day after the second round closed: sold; the buyer pays.
    await page.context().close();
    page = await openCaseAt('2027-01-14T03:00:00.000Z', { name: '处置', key: 'disposal' });
    card = page.getByRole('region', { name: flatName });
    await button(card, '二拍：获取竞价结果').click();
    const sold = await submit(page, '获取', /^竞价结果：.+ 以 [\d,]+\.\d{2} 元竞得$/);
    const grouped = /以 ([\d,]+\.\d{2}) 元竞得/.exec(sold)![1]!;
    const price = grouped.replace(/,/g, '');
    expect(Number(price)).toBeGreaterThanOrEqual(800_000);
    await button(card, '二拍：买受人付款').click();
    await page.getByRole('dialog').getByText(`成交价 ¥${grouped}，保证金 ¥80,000.00`).waitFor();
    await settled(page);
    await onPhone(page, 'walk-payment-dialog');
    await submit(page, '确认', `已登记付款，${grouped} 元记入案款`);
    await card.getByText('已处置').waitFor();
    await card.getByText(/2027-01-14 付清价款，已记入案款/).waitFor();
    await shot(page, 'walk-disposal-desktop', true);
    await onPhone(page, 'walk-disposal', true);

    // 案款: the deducted deposit and the price, once each.
    await openTab(page, '案款', 'funds');
    const fen = Math.round(Number(price) * 100) + 500_000;
    const total = (fen / 100).toFixed(2);
    await page.getByText(`${total} 元`).first().waitFor();
    const account = (await (await page.request.get(`/api/v1/cases/${caseId}/account`)).json()) as Record<string, string>;
    expect(account).toMatchObject({ received: total, balance: total });
    await shot(page, 'walk-funds-desktop', true);
    await onPhone(page, 'walk-funds', true);
    await page.context().close();
  }, 400_000);
});
