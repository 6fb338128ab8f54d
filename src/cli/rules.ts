import { Command } from 'commander';
import { calculators } from '../rules/calculators/index.ts';
import { calculatorContext } from '../rules/calculators/context.ts';
import { courtByCode } from '../courts/registry.ts';
import { problemOf } from '../http/errors.ts';

// The same calculators as POST /api/v1/rules/<name>, offline: no database needed.
export function rulesCommand(): Command {
  return new Command('rules')
    .description(`法律计算器：${Object.keys(calculators).join(', ')}`)
    .argument('<name>', '计算器名称')
    .requiredOption('--json <input>', '输入 JSON')
    .action((name: string, opts: { json: string }) => {
      const calc = calculators[name];
      if (!calc) {
        console.log(JSON.stringify(problemOf({ ok: false, code: 'unknown-calculator', detail: name })));
        process.exitCode = 2;
        return;
      }
      let input: unknown;
      try {
        input = JSON.parse(opts.json);
      } catch {
        console.log(JSON.stringify(problemOf({ ok: false, code: 'invalid-json' })));
        process.exitCode = 2;
        return;
      }
      const result = calc.run(input, calculatorContext({ byCode: (code) => { const c = courtByCode(code); return c && { ...c, id: 0, parentId: null }; } }));
      console.log(JSON.stringify(result.ok ? result.value : problemOf(result), null, 2));
      if (!result.ok) process.exitCode = 2;
    });
}
