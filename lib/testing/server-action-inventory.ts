import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * A static inventory of every server action in the codebase: each `'use server'` module's
 * runtime exports and each inline `'use server'` function, with what it is built with.
 * An export counts as built by the pipeline only when its initializer is a call of one of the
 * layers imported from `@/lib/action` (directly, or through a local const that is).
 */
export const LAYERS = ['publicAction', 'staffAction', 'clientAction', 'defineAction'] as const;
const ACTION_MODULE = '@/lib/action';
const SCAN_DIRS = ['app', 'lib', 'components'];
const SKIP = /(^|\/)(node_modules|\.next[^/]*|data|test-results|playwright-report)(\/|$)/;

export type InventoryEntry = {
  file: string;
  name: string;
  /** The layer it is built with, or null when it is not built with one. */
  layer: (typeof LAYERS)[number] | null;
  why?: string;
};

function walk(dir: string, out: string[]) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (SKIP.test(p)) continue;
    if (e.isDirectory()) walk(p, out);
    else if (/\.(ts|tsx|js|jsx|mjs)$/.test(e.name) && !/\.(test|spec)\.[jt]sx?$/.test(e.name)) out.push(p);
  }
}

function hasDirective(statements: ts.NodeArray<ts.Statement> | undefined): boolean {
  for (const s of statements ?? []) {
    if (!ts.isExpressionStatement(s) || !ts.isStringLiteral(s.expression)) return false;
    if (s.expression.text === 'use server') return true;
  }
  return false;
}

/** Local names bound to the layers by `import { staffAction as x } from '@/lib/action'`. */
function layerImports(sf: ts.SourceFile): Map<string, (typeof LAYERS)[number]> {
  const m = new Map<string, (typeof LAYERS)[number]>();
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    if (s.moduleSpecifier.text !== ACTION_MODULE) continue;
    const named = s.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named) || s.importClause?.isTypeOnly) continue;
    for (const el of named.elements) {
      const imported = (el.propertyName ?? el.name).text;
      if ((LAYERS as readonly string[]).includes(imported)) m.set(el.name.text, imported as (typeof LAYERS)[number]);
    }
  }
  return m;
}

function unwrap(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}

export function inventoryFile(file: string, source: string): InventoryEntry[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const entries: InventoryEntry[] = [];
  const layers = layerImports(sf);
  const locals = new Map<string, ts.Expression | 'function' | 'other'>();
  for (const s of sf.statements) {
    if (ts.isVariableStatement(s))
      for (const d of s.declarationList.declarations)
        if (ts.isIdentifier(d.name)) locals.set(d.name.text, d.initializer ?? 'other');
    if (ts.isFunctionDeclaration(s) && s.name) locals.set(s.name.text, 'function');
  }
  const layerOf = (
    e: ts.Expression | 'function' | 'other' | undefined,
    seen = new Set<string>(),
  ): (typeof LAYERS)[number] | null => {
    if (!e || e === 'function' || e === 'other') return null;
    const x = unwrap(e);
    if (ts.isCallExpression(x) && ts.isIdentifier(x.expression)) return layers.get(x.expression.text) ?? null;
    if (ts.isIdentifier(x) && !seen.has(x.text)) {
      seen.add(x.text);
      const init = locals.get(x.text);
      return init === undefined ? null : layerOf(init, seen);
    }
    return null;
  };
  const add = (name: string, init: ts.Expression | 'function' | 'other' | undefined, why: string) => {
    const layer = layerOf(init);
    entries.push({ file, name, layer, why: layer ? undefined : why });
  };

  if (hasDirective(sf.statements)) {
    for (const s of sf.statements) {
      const exported =
        ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (ts.isVariableStatement(s) && exported) {
        for (const d of s.declarationList.declarations)
          add(ts.isIdentifier(d.name) ? d.name.text : d.name.getText(sf), d.initializer, 'not a layer call');
      } else if (ts.isFunctionDeclaration(s) && exported) {
        add(s.name?.text ?? 'default', 'function', 'a hand-written function: no pipeline');
      } else if (ts.isExportDeclaration(s) && !s.isTypeOnly) {
        if (s.moduleSpecifier || !s.exportClause || !ts.isNamedExports(s.exportClause)) {
          entries.push({
            file,
            name: s.getText(sf),
            layer: null,
            why: 're-export: define actions where they are exported',
          });
          continue;
        }
        for (const el of s.exportClause.elements) {
          if (el.isTypeOnly) continue;
          add(el.name.text, locals.get((el.propertyName ?? el.name).text), 'not a layer call');
        }
      } else if (ts.isExportAssignment(s)) {
        add('default', s.expression, 'default export is not a layer call');
      }
    }
  }
  // Inline 'use server' functions (closures in server components) bypass every layer.
  const visit = (n: ts.Node) => {
    if (
      (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n)) &&
      n.body &&
      ts.isBlock(n.body)
    ) {
      if (hasDirective(n.body.statements)) {
        const name =
          ts.isFunctionDeclaration(n) && n.name
            ? n.name.text
            : `inline@${sf.getLineAndCharacterOfPosition(n.pos).line + 1}`;
        entries.push({ file, name, layer: null, why: "inline 'use server' function: no pipeline" });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return entries;
}

export function serverActionInventory(root: string): InventoryEntry[] {
  const files: string[] = [];
  for (const d of SCAN_DIRS) if (fs.existsSync(path.join(root, d))) walk(path.join(root, d), files);
  const out: InventoryEntry[] = [];
  for (const f of files) {
    const src = fs.readFileSync(f, 'utf8');
    if (!src.includes('use server')) continue; // cheap pre-filter; the parser decides
    out.push(...inventoryFile(path.relative(root, f), src));
  }
  return out;
}
