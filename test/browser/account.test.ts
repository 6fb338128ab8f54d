import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { announced, choose, PASSWORD, shot, useBrowserApp } from './browser-app.ts';

// The account pages: changing one's password (desktop and phone), the list of one's devices,
// user administration, a temporary password changed at the next sign-in, and the sign-in's
// too-many-attempts message in local time.

const openPage = useBrowserApp();
const PHONE = { width: 390, height: 844 };

async function signInWith(page: Page, username: string, password: string, landing: string | RegExp = /\/(cases|todo)$/): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(landing);
}

async function openAccountMenu(page: Page, entry: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: '账户菜单' }).click();
  const item = page.getByRole('menuitem', { name: entry });
  await item.waitFor();
  // A click while the menu is still zooming in can be lost: wait until its pop-up has fully appeared.
  await expect
    .poll(() =>
      item.evaluate((e) => {
        const popup = e.closest('[role="menu"]')?.parentElement;
        return popup ? getComputedStyle(popup).opacity : '0';
      }),
    )
    .toBe('1');
  await item.click();
}

async function changePassword(page: Page, current: string, next: string): Promise<void> {
  await page.getByLabel('当前密码').fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('确认新密码').fill(next);
  await page.getByRole('main').getByRole('button', { name: '修改密码' }).click();
}

describe('changing one’s password', () => {
  it('on the desktop: a wrong current password is refused and nothing changes, then the new one works', async () => {
    const page = await openPage();
    await signInWith(page, 'clerk', PASSWORD);
    await openAccountMenu(page, '修改密码');
    await page.waitForURL('**/account/password');
    await shot(page, 'account-password');

    await changePassword(page, 'not-the-password', 'clerk-new-pass-1');
    await page.getByRole('alert').filter({ hasText: '当前密码不正确' }).first().waitFor();
    await shot(page, 'account-password-wrong');

    await changePassword(page, PASSWORD, 'clerk-new-pass-1');
    await announced(page, '密码已修改').waitFor();
    await shot(page, 'account-password-changed');
    await page.close();

    const again = await openPage();
    await signInWith(again, 'clerk', PASSWORD, '**/login');
    await again.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    await signInWith(again, 'clerk', 'clerk-new-pass-1');
    await again.close();
  });

  it('on a phone (390×844): through the account menu under the role', async () => {
    const page = await openPage();
    await page.setViewportSize(PHONE);
    await signInWith(page, 'enforcer', PASSWORD);
    await openAccountMenu(page, '修改密码');
    await page.waitForURL('**/account/password');
    await changePassword(page, PASSWORD, 'short');
    await page.getByText('新密码至少 8 位').waitFor();
    await shot(page, 'account-password-mobile-invalid');
    await changePassword(page, PASSWORD, 'enforcer-new-pass-1');
    await announced(page, '密码已修改').waitFor();
    await shot(page, 'account-password-mobile-changed');
    await page.close();

    const again = await openPage();
    await again.setViewportSize(PHONE);
    await signInWith(again, 'enforcer', 'enforcer-new-pass-1');
    await again.close();
  });
});

describe('the list of one’s devices', () => {
  it('shows this device and another, and signs the other out', async () => {
    const other = await openPage();
    await signInWith(other, 'judge', PASSWORD);
    const page = await openPage();
    await signInWith(page, 'judge', PASSWORD);
    await openAccountMenu(page, '登录设备');
    await page.waitForURL('**/account/sessions');
    const devices = page.getByRole('region', { name: '登录设备' }).getByRole('listitem').filter({ hasText: '登录于' });
    await expect.poll(() => devices.count()).toBe(2);
    await page.getByText('本设备').waitFor();
    await shot(page, 'account-sessions');
    await page.setViewportSize(PHONE);
    await shot(page, 'account-sessions-mobile');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByRole('button', { name: '退出其他全部设备' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: '退 出' })
      .or(page.getByRole('tooltip').getByRole('button', { name: '退出' }))
      .click();
    await announced(page, '已退出其他 1 台设备上的登录').waitFor();
    await expect.poll(() => devices.count()).toBe(1);

    await other.reload();
    await other.waitForURL('**/login');
    await other.close();
    await page.close();
  });
});

describe('user administration', () => {
  it('creates a user, disables and enables them, and resets the password, which they must change at the next sign-in', async () => {
    const page = await openPage();
    await signInWith(page, 'court-admin', PASSWORD);
    await page.getByRole('navigation').or(page.locator('.app-sider')).getByRole('link', { name: '用户管理' }).click();
    await page.waitForURL('**/admin/users');
    await page.getByRole('cell', { name: 'judge', exact: true }).waitFor();
    await shot(page, 'users-list');

    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名').fill('zhao.new');
    await dialog.getByLabel('姓名').fill('赵新（书记员）');
    await choose(page, 'role', '书记员');
    await dialog.getByLabel('初始密码').fill('initial-pass-2026');
    await shot(page, 'users-create');
    await dialog
      .getByRole('button', { name: '新 建' })
      .or(dialog.getByRole('button', { name: '新建' }))
      .click();
    await announced(page, '已新建用户 zhao.new').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('searchbox', { name: '查找用户' }).fill('zhao');
    await page.getByRole('searchbox', { name: '查找用户' }).press('Enter');
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'zhao.new', exact: true }) });
    await row.waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(2);

    await row.getByRole('button', { name: '停用 zhao.new' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /停\s*用/ })
      .click();
    await announced(page, /已停用 赵新/).waitFor();
    await row.getByText('已停用').waitFor();
    await shot(page, 'users-disabled');
    await row.getByRole('button', { name: '启用 zhao.new' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /启\s*用/ })
      .click();
    await announced(page, /已启用 赵新/).waitFor();
    await row.getByText('在用').waitFor();

    await row.getByRole('button', { name: '重置密码 zhao.new' }).click();
    const reset = page.getByRole('dialog', { name: /重置密码/ });
    await reset.getByLabel('临时密码').fill('temporary-pass-1');
    await shot(page, 'users-reset');
    await reset.getByRole('button', { name: /重\s*置/ }).click();
    await announced(page, /已为 赵新（书记员） 设置临时密码/).waitFor();
    await row.getByText('待改密码').waitFor();

    await page.setViewportSize(PHONE);
    await page.getByRole('region', { name: '用户列表' }).getByText('zhao.new', { exact: false }).waitFor();
    await shot(page, 'users-list-mobile');
    await page.close();

    const user = await openPage();
    await signInWith(user, 'zhao.new', 'temporary-pass-1', '**/account/password');
    await user.getByText('管理员为您设置了临时密码').waitFor();
    await shot(user, 'account-password-must-change');
    await changePassword(user, 'temporary-pass-1', 'zhao-own-pass-1');
    await user.waitForURL('**/cases');
    await user.close();
  });

  it('offers a court administrator no court but their own when assigning courts', async () => {
    const page = await openPage();
    await signInWith(page, 'court-admin', PASSWORD);
    await page.goto('/admin/users');
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'head', exact: true }) });
    await row.getByRole('button', { name: '调整法院 head' }).click();
    const dialog = page.getByRole('dialog', { name: /调整法院/ });
    await dialog.getByLabel('所在法院').waitFor();
    // The court administrator manages only 粤0703: the picker offers no other court.
    expect(await dialog.getByRole('combobox').count()).toBe(1);
    await shot(page, 'users-court');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.close();
  });
});

describe('too many sign-in attempts', () => {
  it('says in plain Chinese, in local time, when to try again', async () => {
    const page = await openPage();
    for (let i = 0; i < 6; i++) await signInWith(page, 'head', `wrong-${i}-pass`, '**/login');
    const alert = page.getByRole('alert').filter({ hasText: /尝试次数过多，请于 \d{2}:\d{2} 后再试/ });
    await alert.waitFor();
    await shot(page, 'login-too-many');
    await page.setViewportSize(PHONE);
    await shot(page, 'login-too-many-mobile');
    await page.close();
  });
});
