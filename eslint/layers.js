// The import allow-list of Zhixing's layers (style.md: "Imports point inward"). Every file under
// src/ and web/src/ is given a layer, and a layer may import only the layers listed for it;
// `same` means only from its own context. An import that no row allows is an error.
import { dirname, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The layer and context of a file, from its path relative to the repository root. */
export function classify(file) {
  const p = relative(root, file).split(sep).join('/');
  if (p.startsWith('web/src/')) return { layer: 'web', context: 'web' };
  if (!p.startsWith('src/')) return null;
  const parts = p.split('/');
  const top = parts[1];
  const name = parts[parts.length - 1];
  if (top === 'shared') return { layer: 'shared', context: 'shared' };
  if (top === 'db') return { layer: 'db', context: 'db' };
  if (top === 'http') return { layer: 'http', context: 'http' };
  if (top === 'cli') return { layer: 'cli', context: 'cli' };
  if (top === 'demo') return { layer: 'demo', context: 'demo' };
  if (name.endsWith('.repo.ts') || parts.includes('repo')) return { layer: 'repo', context: top };
  if (name.endsWith('.contract.ts')) return { layer: 'contract', context: top };
  if (name.endsWith('.errors.ts')) return { layer: 'errors', context: top };
  if (name.endsWith('.types.ts') || name.endsWith('.models.ts')) return { layer: 'types', context: top };
  if (top === 'platform') return { layer: 'platform', context: 'platform' };
  if (top === 'rules') {
    if (name === 'rules.routes.ts') return { layer: 'routes', context: 'rules' };
    if (name === 'generate-docs.ts') return { layer: 'tool', context: 'rules' };
    if (parts[2] === 'calculators') return { layer: parts[3].endsWith('.types.ts') ? 'types' : 'calculators', context: 'rules' };
    return { layer: 'rules', context: 'rules' };
  }
  if (name.endsWith('.routes.ts')) return { layer: 'routes', context: top };
  return { layer: 'usecase', context: top };
}

// from layer → the layers it may import ('same:' = only within its own context).
export const allowed = {
  shared: ['shared'],
  rules: ['rules', 'shared'],
  calculators: ['calculators', 'usecase', 'types', 'rules', 'shared'],
  errors: ['shared'],
  types: ['types', 'rules', 'shared'],
  contract: ['contract', 'types', 'rules', 'shared'],
  db: ['db', 'shared'],
  repo: ['same:repo', 'types', 'rules', 'db', 'shared'],
  usecase: ['usecase', 'same:repo', 'types', 'same:errors', 'rules', 'db', 'platform', 'shared'],
  routes: ['usecase', 'contract', 'types', 'same:errors', 'http', 'calculators', 'rules', 'platform', 'shared'],
  http: ['http', 'routes', 'contract', 'usecase', 'types', 'errors', 'rules', 'calculators', 'platform', 'shared'],
  platform: ['platform', 'same:repo', 'usecase', 'types', 'rules', 'db', 'shared'],
  cli: ['cli', 'demo', 'usecase', 'types', 'http', 'calculators', 'rules', 'db', 'platform', 'shared'],
  demo: ['demo', 'usecase', 'repo', 'types', 'rules', 'db', 'platform', 'shared'],
  tool: ['rules', 'calculators', 'shared'],
  web: ['web', 'shared', 'rules'],
};

export function permits(from, to) {
  return (allowed[from.layer] ?? []).some((entry) =>
    entry.startsWith('same:') ? entry.slice(5) === to.layer && to.context === from.context : entry === to.layer,
  );
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers’ allow-list (edge → use case → rules/repository).' },
    schema: [],
    messages: { denied: '{{from}} ({{fromLayer}} of {{fromContext}}) may not import {{to}} ({{toLayer}} of {{toContext}}).' },
  },
  create(context) {
    const file = context.filename;
    const from = classify(file);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(file), source);
      const to = classify(target);
      if (!to || permits(from, to)) return;
      context.report({
        node,
        messageId: 'denied',
        data: {
          from: relative(root, file),
          fromLayer: from.layer,
          fromContext: from.context,
          to: relative(root, target),
          toLayer: to.layer,
          toContext: to.context,
        },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { imports: rule } };
