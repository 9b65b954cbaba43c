import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The extractor's core (text in, claims out) must run in a browser's worker, so it may use
 * nothing from Node: no Node module, no Node global, and nothing from the parts that may
 * (extract/io, extract/threads, extract/measure).
 */

const ROOT = resolve(import.meta.dirname, '../..');
const NODE_ONLY_DIRS = ['extract/io', 'extract/threads', 'extract/measure'];
const NODE_GLOBALS = new Set(['Buffer', 'process', 'require', 'global', '__dirname', '__filename', 'setImmediate']);
const BUILTINS = new Set(builtinModules);

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return NODE_ONLY_DIRS.includes(path) ? [] : tsFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

const isBuiltin = (spec: string) => spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0]!);

/** Why importing `spec` from the file `from` (relative to the root) breaks the core, or null. */
function badImport(spec: string, from: string): string | null {
  if (isBuiltin(spec)) return `imports Node's ${spec}`;
  if (!spec.startsWith('.')) return null;
  const target = relative(ROOT, resolve(ROOT, dirname(from), spec));
  const dir = NODE_ONLY_DIRS.find((d) => target === d || target.startsWith(`${d}/`));
  return dir ? `imports ${target} from Node-only ${dir}` : null;
}

function moduleSpecifier(node: ts.Node): string | null {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
    return node.moduleSpecifier.text;
  const dynamic = ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword;
  const [arg] = dynamic ? node.arguments : [];
  return arg && ts.isStringLiteral(arg) ? arg.text : null;
}

/** A global read as itself, not a property name (`x.process`) or a key (`{ process: 1 }`). */
function nodeGlobal(node: ts.Node): string | null {
  if (!ts.isIdentifier(node) || !NODE_GLOBALS.has(node.text)) return null;
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return null;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) return null;
  return `uses Node's global ${node.text}`;
}

/** Every use of Node in one file's source, as `file:line: what`. */
function nodeUses(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const spec = moduleSpecifier(node);
    const why = (spec !== null ? badImport(spec, file) : null) ?? nodeGlobal(node);
    if (why) found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${why}`);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('the extractor core', () => {
  it('finds each kind of Node use in a file written for the test', () => {
    const source = [
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { writeAtomic } from '../io/write-atomic';",
      "export { plan } from '../threads/plan-chunks';",
      "const w = await import('worker_threads');",
      "const bytes = Buffer.from('x');",
      'const env = process.env;',
      "const ok = { process: 1 }.process + Math.max(1, 2);",
      "import { z } from 'zod';",
      "import type { Span } from '../types';"
    ].join('\n');
    expect(nodeUses('extract/refiners/example.ts', source)).toEqual([
      "extract/refiners/example.ts:1: imports Node's node:fs",
      "extract/refiners/example.ts:2: imports Node's path",
      'extract/refiners/example.ts:3: imports extract/io/write-atomic from Node-only extract/io',
      'extract/refiners/example.ts:4: imports extract/threads/plan-chunks from Node-only extract/threads',
      "extract/refiners/example.ts:5: imports Node's worker_threads",
      "extract/refiners/example.ts:6: uses Node's global Buffer",
      "extract/refiners/example.ts:7: uses Node's global process"
    ]);
  });

  it('imports nothing from Node and nothing from io, threads or measure (extract/ and contract/)', () => {
    const files = [...tsFiles('extract'), ...tsFiles('contract')];
    expect(files).toContain('extract/pipeline.ts');
    expect(files).toContain('contract/schema.ts');
    expect(files.some((f) => NODE_ONLY_DIRS.some((d) => f.startsWith(`${d}/`)))).toBe(false);
    expect(files.flatMap((f) => nodeUses(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });
});
