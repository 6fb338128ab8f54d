import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore, withDatabase, zhixing, type Store } from './cli-fixtures.ts';

// `zhixing users create --role institution --institution <code>`: an assisting institution's
// account (协助执行单位), bound to its institution, through the same use case as the API's.

let store: Store;
beforeAll(async () => {
  store = await freshStore();
  const migrated = await zhixing(store, ['db', 'migrate']);
  expect(migrated.code, migrated.stderr).toBe(0);
});
afterAll(() => store?.dispose());

const create = (username: string, extra: string[]) =>
  zhixing(store, [
    'users',
    'create',
    '--username',
    username,
    '--name',
    '工商银行江门分行',
    '--role',
    'institution',
    '--court',
    '粤0703',
    '--password',
    'bank-password-2026',
    ...extra,
  ]);

describe('zhixing users create --role institution', () => {
  it('creates an account bound to a known institution, and refuses one without or with an unknown institution', async () => {
    const made = await create('icbc-jm', ['--institution', 'sandbox-icbc']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('已创建用户 icbc-jm');

    const none = await create('nobank', []);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain('unknown-institution');
    const unknown = await create('xbank', ['--institution', 'no-such-bank']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('没有代码为 no-such-bank 的协助执行单位');

    const rows = await withDatabase(store, ({ read }) =>
      read.selectFrom('users').select(['username', 'role', 'institution_code']).where('role', '=', 'institution').execute(),
    );
    expect(rows).toEqual([{ username: 'icbc-jm', role: 'institution', institution_code: 'sandbox-icbc' }]);
  }, 300_000);
});
