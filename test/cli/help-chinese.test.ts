import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/main.ts';
import { chineseError } from '../../src/cli/chinese.ts';
import { calculators } from '../../src/rules/calculators/index.ts';
import { runInProcess } from '../support/cli.ts';
import { zhixingBinary, type Store } from './cli-fixtures.ts';

// The command line as a court's IT staff read it: every help page, usage line and parse error
// in Chinese, the version, and `zhixing rules --help` listing each calculator with its inputs.

vi.setConfig({ testTimeout: 240_000 });

// No database: the calculators answer from the bundled calendar and court registry.
const zhixing = (args: string[]) => runInProcess(args, { ZHIXING_DATA_DIR: join(tmpdir(), 'zhixing-help-no-data') });
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

// commander's own English: none of it may reach an operator.
const english =
  /Usage:|Options:|Commands:|Arguments:|display help|output the version|error:|unknown option|unknown command|\(default:|\[options\]|\[command\]|Did you mean|missing required|too many arguments|is invalid/;

/** Every command of the program, as the words that name it: [], ['import'], ['sweep', 'run'] … */
function commandPaths(cmd: Command, path: string[] = []): string[][] {
  return [path, ...cmd.commands.flatMap((c) => commandPaths(c, [...path, c.name()]))];
}

describe('zhixing speaks Chinese', () => {
  it('shows every command’s help in Chinese, with Chinese headings, usage line and help option', async () => {
    const paths = commandPaths(buildProgram()).filter((p) => p.at(-1) !== 'help');
    expect(paths.length).toBeGreaterThan(15);
    for (const path of paths) {
      const r = await zhixing([...path, '--help']);
      const name = `zhixing ${path.join(' ')} --help`;
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(new RegExp(`^用法：zhixing${path.map((p) => ` ${p}`).join('')}`));
      expect(r.stdout, name).toContain('选项：');
      expect(r.stdout, name).toContain('-h, --help');
      expect(r.stdout, name).toContain('显示帮助');
      expect(r.stdout, name).not.toMatch(english);
    }
    const top = await zhixing(['--help']);
    expect(top.stdout).toContain('命令：');
    expect(top.stdout).toContain('help [命令]');
    expect(top.stdout).toContain('-V, --version');
    const imp = await zhixing(['help', 'import']);
    expect(imp.stdout).toContain('用法：zhixing import [选项] <文件>');
    expect(imp.stdout).toMatch(/--batch <数量> +每批提交的行数（默认：5000）/);
  });

  it('prints the package version', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await zhixing([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });

  it('prints the version from the compiled program too, as an operator runs it', async () => {
    const none: Store = { env: {}, label: 'none', open: () => Promise.reject(new Error('no database')), dispose: async () => {} };
    const r = await zhixingBinary(none, ['--version']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('reports parse errors in Chinese, with a hint to the help and a suggestion for a mistyped command', async () => {
    const cases: [string[], string][] = [
      [['import', 'x.jsonl', '--bogus'], '错误：未知选项 --bogus'],
      [['swep'], '错误：未知命令 swep\n（是否要输入 sweep？）'],
      [['import'], '错误：缺少参数 <文件>'],
      [['rules', 'period'], '错误：缺少必需的选项 --json <输入JSON>'],
      [['rules', 'period', '--json'], '错误：选项 --json <输入JSON> 缺少取值'],
      [['outbox', 'list', '--limit', 'x'], '错误：选项 --limit <数量> 的取值「x」无效：须为正整数'],
      [['calendar', 'show', '2026', '2027'], '错误：命令 show 的参数过多：应有 1 个，实有 2 个'],
    ];
    for (const [args, message] of cases) {
      const r = await zhixing(args);
      const name = `zhixing ${args.join(' ')}`;
      expect(r.code, name).not.toBe(0);
      expect(r.stderr, name).toContain(message);
      expect(r.stderr, name).toContain('（加 --help 查看用法）');
      expect(r.stderr, name).not.toMatch(english);
    }
  });

  it('translates any other parse error of commander, keeping its text after 错误：', () => {
    expect(chineseError("error: option '--a' cannot be used with option '--b'\n")).toBe(
      "错误：option '--a' 不能与 option '--b' 同时使用\n",
    );
    expect(chineseError('error: something new\n')).toBe('错误：something new\n');
  });

  it('lists every calculator of the registry in `zhixing rules --help`, each input with whether it is required, its type and its meaning', async () => {
    const r = await zhixing(['rules', '--help']);
    expect(r.code).toBe(0);
    for (const calc of Object.values(calculators)) {
      const start = r.stdout.indexOf(`\n  ${calc.name}  ${calc.title}\n`);
      expect(start, calc.name).toBeGreaterThan(0);
      const block = r.stdout.slice(start + 1).split('\n\n')[0]!;
      const input = calc.input as unknown as { properties: Record<string, unknown>; required?: string[] };
      for (const key of Object.keys(input.properties)) {
        const required = input.required?.includes(key) ? '必填' : '选填';
        expect(block, `${calc.name}.${key}`).toMatch(new RegExp(`\\n    ${key}  ${required}  \\S`));
      }
      expect(block, calc.name).toContain(`示例：zhixing rules ${calc.name} --json '`);
    }
    expect(r.stdout).toContain('start  必填  日期 YYYY-MM-DD  起算日：引起期间开始的事实发生之日（YYYY-MM-DD）');
    expect(r.stdout).toContain('unit  必填  取值 day | workday | month | year  期间单位：day 日；workday 工作日；month 月；year 年');
    expect(r.stdout).toContain('      每项：\n        on  必填  日期 YYYY-MM-DD  清偿日期');
  });

  it('runs each calculator’s own help example and answers with its legal basis', async () => {
    const help = (await zhixing(['rules', '--help'])).stdout;
    for (const calc of Object.values(calculators)) {
      const json = new RegExp(`zhixing rules ${calc.name} --json '(.+)'`).exec(help)![1]!;
      const r = await zhixing(['rules', calc.name, '--json', json]);
      expect(r.code, `${calc.name}: ${r.stdout}`).toBe(0);
      expect((JSON.parse(r.stdout) as { basis: unknown[] }).basis.length, calc.name).toBeGreaterThan(0);
    }
  });
});
