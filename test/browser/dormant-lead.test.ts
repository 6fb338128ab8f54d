import { expect, it } from 'vitest';
import { login } from '../support/test-app.ts';
import { recordTerminationFacts } from '../support/termination-facts.ts';
import { announced, choose, openRunningCase, openTab, SCREENS, shot, signIn, useBrowserApp } from './browser-app.ts';

// A 终本 case in the party portal: the applicant still gives asset leads and, with one, asks that
// the case be resumed (民诉法解释 第517条); the officer sees the request on the case's timeline.
// Desktop and phone.

const openPage = useBrowserApp();

it('the applicant of a 终本 case submits a lead and asks for resumption', async () => {
  const page = await openPage();
  await page.setViewportSize(SCREENS[0].viewport);
  await signIn(page, 'party');
  const { caseUrl, caseId } = await openRunningCase(page);

  // The court closes the case as 终本, through the API.
  const app = openPage.app();
  const judge = await login(app, 'judge');
  await recordTerminationFacts(app, caseId);
  const closed = await app.server.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/close`,
    headers: judge,
    payload: { mode: 'current-procedure-terminated', closedOn: '2026-11-26', reason: '无可供执行财产', route: 'applicant-confirmed' },
  });
  expect(closed.statusCode, closed.body).toBe(200);

  for (const [i, screen] of SCREENS.entries()) {
    await page.setViewportSize(screen.viewport);
    await page.goto(caseUrl);
    await openTab(page, '线索');
    const form = page.getByRole('region', { name: '提交财产线索' });
    await choose(page, 'kind', '车辆');
    const plate = `粤J8${i}888`;
    await form.getByLabel('号牌号码（选填）').fill(plate);
    await form.getByLabel('线索内容及来源').fill('被执行人近期驾驶该车辆出入小区，来源：申请执行人现场所见');
    await form.getByLabel('同时申请恢复执行').check();
    await shot(page, `dormant-lead-form-${screen.name}`, true);
    await form.getByRole('button', { name: '提交线索' }).click();
    await announced(page, /财产线索已提交，并已申请恢复执行/).waitFor();
    await page.getByRole('region', { name: '我提交的财产线索' }).getByRole('listitem').filter({ hasText: plate }).waitFor();
  }
  const timeline = await app.server.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/timeline`, headers: judge });
  const actions = (timeline.json().items as { action: string }[]).map((e) => e.action);
  expect(actions.filter((a) => a === 'case.resumption-requested')).toHaveLength(2);
}, 180_000);
