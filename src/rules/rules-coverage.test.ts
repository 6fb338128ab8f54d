// Guards the convention: every rule file carries citations and a test beside it, is listed in
// the registry, and docs/rules.md is regenerated whenever a rule's documentation changes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RuleDoc } from './citation.ts';
import { calculators, ruleDocs } from './calculators/index.ts';
import { RULES_DOC_PATH, renderRulesDoc } from './generate-docs.ts';

const rulesDir = fileURLToPath(new URL('.', import.meta.url));
const calculatorsDir = join(rulesDir, 'calculators');
const sources = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
// Read the text rather than import everything: only rule files must be pure and safe to load.
const exportsRule = (file: string) => /^export (const|let) rule\b/m.test(readFileSync(join(rulesDir, file), 'utf8'));
const ruleFiles = sources(rulesDir).filter(exportsRule);
const load = (path: string): Promise<unknown> => import(/* @vite-ignore */ pathToFileURL(path).href);

describe('every rule is cited, tested and documented', () => {
  it('finds the rule files', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(6);
  });

  it.each(ruleFiles)('%s has a test file beside it', (file) => {
    expect(existsSync(join(rulesDir, file.replace(/\.ts$/, '.test.ts')))).toBe(true);
  });

  it.each(ruleFiles)('%s exports a rule with an id matching its file and at least one full citation', async (file) => {
    const mod = (await load(join(rulesDir, file))) as { rule?: RuleDoc };
    const rule = mod.rule;
    expect(rule?.id).toBe(basename(file, '.ts'));
    expect(rule?.title).toBeTruthy();
    expect(rule?.summary).toBeTruthy();
    expect(rule?.citations.length).toBeGreaterThan(0);
    for (const c of rule?.citations ?? []) {
      expect(c.source && c.version && c.article).toBeTruthy();
      expect(['VERIFIED', 'VERIFIED-2nd', 'UNSURE']).toContain(c.certainty);
    }
  });

  // A citation reaches users (the calculators' 法律依据, docs/rules.md): it must be a real name with
  // its version; an UNSURE article says so in words, never with a placeholder.
  it.each(ruleFiles)('%s cites no placeholder, and an UNSURE citation says 条文号待核实 or names its article', async (file) => {
    const mod = (await load(join(rulesDir, file))) as { rule: RuleDoc };
    for (const c of mod.rule.citations) {
      const text = `${c.source} ${c.version} ${c.article}`;
      expect(text, file).not.toMatch(/TODO|TBD|FIXME|XXX|\?\?\?|待核(?!实)|名称待|待补|待定|占位/);
      expect(c.source, file).toMatch(/^《[^》]+》|^[^《]*《[^》]+》/);
      expect(c.version.trim(), file).not.toBe('');
    }
  });

  it('ruleDocs lists every rule file exactly once', () => {
    const ids = ruleDocs.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleFiles.map((f) => basename(f, '.ts')).sort());
  });

  it('every calculator file is registered under its name and has a test beside it', async () => {
    const files = sources(calculatorsDir).filter(
      (f) => !['index.ts', 'context.ts', 'calculator.types.ts', 'calculators.errors.ts', 'run.ts'].includes(f),
    );
    for (const file of files) {
      const mod = (await load(join(calculatorsDir, file))) as { calculator?: { name: string } };
      expect(mod.calculator?.name, file).toBe(basename(file, '.ts'));
      expect(calculators[basename(file, '.ts')], file).toBe(mod.calculator);
      expect(existsSync(join(calculatorsDir, file.replace(/\.ts$/, '.test.ts'))), file).toBe(true);
    }
    expect(Object.keys(calculators)).toHaveLength(files.length);
  });

  it('docs/rules.md is up to date (run `npx tsx src/rules/generate-docs.ts`)', () => {
    expect(existsSync(RULES_DOC_PATH)).toBe(true);
    expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(renderRulesDoc());
  });
});
