import { describe, expect, it, vi } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { choose, pickDate, shot, useBrowserApp } from './browser-app.ts';
import { calculatorOrder, calculatorPages } from '../../web/src/features/rules/calculator-fields.ts';
import type { CalculatorName } from '../../web/src/features/rules/rules.api.ts';

// Every calculator of the 计算器 page, on a desktop and on a phone, as a clerk uses it without
// signing in: once with good input (an answer with its legal basis) and once with input the law
// or the form refuses (a Chinese explanation, never the server's English).

vi.setConfig({ testTimeout: 600_000 });
const openPage = useBrowserApp();

type Step = (page: Page, form: Locator) => Promise<void>;
type Scenario = { valid: Step; answer: RegExp; invalid: Step; refusal: RegExp };

// Typing a date ends with Enter, which may itself submit the form: wait for that answer first.
async function submit(form: Locator): Promise<void> {
  const button = form.getByRole('button', { name: /(计\s*算|解\s*析|校\s*验|审\s*查)$/ });
  await expect
    .poll(() => button.getByRole('img', { name: 'loading' }).count(), {
      timeout: 60_000,
      message: `the answer to ${await form.getAttribute('aria-label')} is still pending`,
    })
    .toBe(0);
  await button.click();
}

const scenarios: Record<CalculatorName, Scenario> = {
  'delay-interest': {
    valid: async (page, form) => {
      await form.getByLabel('金钱债务（元）').fill('100000.00');
      await pickDate(page, '#delayInterest_deadline', '2025-01-01');
      await pickDate(page, '#delayInterest_until', '2025-03-02');
    },
    answer: /¥1,050\.00/,
    invalid: (page) => pickDate(page, '#delayInterest_until', '2024-12-01'),
    refusal: /计算截止日不能早于履行期限届满日/,
  },
  period: {
    valid: async (page, form) => {
      await pickDate(page, '#period_start', '2026-09-30');
      await form.getByLabel('期间长度', { exact: true }).fill('1');
    },
    answer: /遇法定休假日顺延/,
    invalid: async (page, form) => {
      await form.getByLabel('期间长度', { exact: true }).fill('5000');
      await choose(page, 'period_unit', '年');
    },
    refusal: /期间长度须为正整数，且不能过长/,
  },
  'payout-deadline': {
    valid: (page) => pickDate(page, '#payoutDeadline_arrivedOn', '2026-09-01'),
    answer: /最迟发放日\s*2026-10-\d\d/,
    invalid: (_, form) => form.getByLabel('发放期限（日）').fill('45'),
    refusal: /不能大于\s*30/,
  },
  'seizure-term': {
    valid: (page) => pickDate(page, '#seizureTerm_start', '2026-03-01'),
    answer: /最长期限\s*1 年/,
    invalid: (page) => pickDate(page, '#seizureTerm_requestedEnd', '2026-02-01'),
    refusal: /须晚于生效日 2026-03-01/,
  },
  'auction-plan': {
    valid: (_, form) => form.getByLabel('参考价（元）').fill('1000000'),
    answer: /¥700,000\.00/,
    invalid: (_, form) => form.getByLabel('拟定一拍起拍价（元）').fill('500000'),
    refusal: /起拍价低于法定最低限度/,
  },
  distribution: {
    valid: async (_, form) => {
      await form.getByLabel('执行所得（元）').fill('100000');
      await form.getByLabel('债权金额（元）').nth(0).fill('60000');
      await form.getByLabel('债权金额（元）').nth(1).fill('90000');
    },
    answer: /¥40,000\.00/,
    invalid: async (_, form) => {
      await form.getByLabel('债权人', { exact: true }).nth(0).fill('陈小红');
      await form.getByLabel('债权人', { exact: true }).nth(1).fill('陈小红');
    },
    refusal: /债权清单填写不正确/,
  },
  'termination-check': {
    valid: async (page, form) => {
      await pickDate(page, '#terminationCheck_filedOn', '2026-01-15');
      await pickDate(page, '#terminationCheck_asOf', '2026-04-20');
      for (const step of ['已向被执行人发出执行通知', '已发出报告财产令', '已核查被执行人报告的财产', '已发出限制消费令'])
        await form.getByLabel(step).check();
      for (const step of ['已纳入失信名单（或不符合纳入条件）', '已通过网络执行查控系统查询', '已核查申请执行人提供的财产线索'])
        await form.getByLabel(step).check();
      await form.getByLabel('已现场调查').check();
      await form.getByLabel('已约谈申请执行人').check();
    },
    answer: /符合终结本次执行程序的条件/,
    invalid: (page) => pickDate(page, '#terminationCheck_asOf', '2025-12-01'),
    refusal: /审查日 2025-12-01 早于立案日期 2026-01-15/,
  },
  'dishonest-listing': {
    valid: async (page, form) => {
      await choose(page, 'dishonestListing_ground', '第2项：以伪造证据、暴力、威胁等方法妨碍、抗拒执行');
      await pickDate(page, '#dishonestListing_birthDate', '1990-05-01');
      await form.getByLabel('未履行的金钱债务（元）').fill('50000');
      await pickDate(page, '#dishonestListing_listedOn', '2026-03-01');
    },
    answer: /纳入期限\s*2 年/,
    invalid: async (page, form) => {
      await choose(page, 'dishonestListing_ground', '第1项：有履行能力而拒不履行生效法律文书确定义务');
      await form.getByLabel('延长年数').fill('1');
    },
    refusal: /第1项情形没有固定期限，不能延长/,
  },
  'case-number': {
    valid: (_, form) => form.getByLabel('案号').fill('（2026）粤0703执123号'),
    answer: /有效的案号/,
    invalid: (_, form) => form.getByLabel('案号').fill('粤0703执123'),
    refusal: /案号无效[\s\S]*格式不符/,
  },
  identity: {
    valid: (_, form) => form.getByLabel('证件号码').fill('11010519491231002X'),
    answer: /有效的公民身份号码[\s\S]*1949-12-31/,
    invalid: (_, form) => form.getByLabel('证件号码').fill('110105194912310021'),
    refusal: /号码无效[\s\S]*校验码不符/,
  },
};

/** Shows a calculator: its tab on a desktop, the picker on a phone. */
async function open(page: Page, name: CalculatorName, phone: boolean): Promise<void> {
  if (!phone) return page.getByRole('tab', { name: calculatorPages[name].tab, exact: true }).click();
  const picker = page.getByRole('combobox', { name: '选择计算器' });
  await picker.focus();
  await picker.press('ArrowDown');
  await page.getByTitle(calculatorPages[name].title, { exact: true }).and(page.locator('[aria-selected]')).click();
  await expect.poll(() => picker.getAttribute('aria-expanded')).toBe('false');
}

async function everyCalculator(viewport: { width: number; height: number }, suffix: string) {
  const phone = viewport.width < 768;
  const page = await openPage();
  await page.setViewportSize(viewport);
  await page.goto('/calculators');
  if (phone) expect(await page.getByRole('tab').count()).toBe(0);
  for (const name of calculatorOrder) {
    await open(page, name, phone);
    await expect.poll(() => new URL(page.url()).searchParams.get('tab') ?? 'delay-interest').toBe(name); // the first is shown by default
    const panel = page.getByRole('tabpanel');
    const form = panel.getByRole('form');
    const result = panel.getByTestId('calc-result');
    // Polled: while the tabs switch, the panel left behind is still on screen.
    await expect
      .poll(() =>
        panel
          .getByTestId('calc-intro')
          .innerText()
          .catch(() => ''),
      )
      .toBe(calculatorPages[name].intro);
    // Every input is explained under its field.
    for (const f of Object.values(calculatorPages[name].fields as Record<string, { help: string }>))
      await panel.getByText(f.help).first().waitFor();

    const s = scenarios[name];
    await s.valid(page, form);
    await submit(form);
    await expect.poll(() => result.innerText(), { timeout: 60_000 }).toMatch(s.answer);
    await expect(result.getByTestId('basis').innerText()).resolves.toMatch(/法律依据[\s\S]*《[^》]+》/);
    await shot(page, `calculators-${name}${suffix}`, true);

    await s.invalid(page, form);
    await submit(form);
    await expect.poll(() => result.innerText(), { timeout: 60_000 }).toMatch(s.refusal);
    const text = await result.innerText();
    expect(text, name).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/); // no English sentence from the server
    await shot(page, `calculators-${name}-refused${suffix}`, true);
  }
  await page.context().close();
}

describe('every calculator of the 计算器 page', () => {
  it('answers good input with its legal basis and refuses bad input in Chinese, on a desktop', () =>
    everyCalculator({ width: 1440, height: 900 }, ''));

  it('does the same on a phone, the calculator chosen from a picker', () => everyCalculator({ width: 390, height: 844 }, '-mobile'));
});
