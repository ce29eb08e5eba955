/**
 * `cn` (components/ui/cn.ts) only joins class names: it does not resolve Tailwind conflicts
 * (tailwind-merge cost 8.7 KB gzip in every page's first load). So a `className` given to a UI
 * primitive must never fight the primitive's own classes (`p-6` + a caller's `p-0` would leave
 * the winner to stylesheet order, not to the caller). This test finds every call site of the
 * primitives in the app, renders the primitive to learn its own classes (each variant the
 * call site may use), and fails when tailwind-merge would drop one of them: a caller needing
 * another look must get a variant or prop for it instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement, type FunctionComponent, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { twMerge } from 'tailwind-merge';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { Badge } from '@/components/ui/badge';
import { Button, buttonVariants } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { Dialog } from '@/components/ui/dialog';
import { CheckboxField, Field, SelectField, TextareaField, TextField } from '@/components/ui/field';
import { FilterDisclosure } from '@/components/ui/filter-disclosure';
import { FormStatus } from '@/components/ui/form-status';
import { Skeleton } from '@/components/ui/skeleton';
import {
  SortableHead,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHead,
} from '@/components/ui/table';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PROBE = 'probe-class-xyz';

type Props = Record<string, unknown>;
/** Renders the primitive (with the props a call site fixed) and returns its own classes. */
type Primitive = { render: (props: Props) => ReactElement; variants: Record<string, readonly (string | boolean)[]> };

const noop = () => {};
/** Renders any primitive with loosely typed props (the call sites were type-checked already). */
const el = (c: unknown, p: Props, child?: ReactNode | (() => null)) =>
  createElement(c as FunctionComponent<Props>, p, child as ReactNode);
const PRIMITIVES: Record<string, Primitive> = {
  Badge: { render: (p) => el(Badge, p), variants: { tone: ['neutral', 'warning', 'success', 'danger'] } },
  Button: {
    render: (p) => el(Button, p),
    variants: { variant: ['primary', 'secondary', 'danger', 'ghost'], size: ['md', 'sm', 'compact', 'tight'] },
  },
  Card: { render: (p) => el(Card, p), variants: { flush: [false, true], tone: ['neutral', 'warning'] } },
  Dialog: {
    render: (p) => el(Dialog, { title: 't', onClose: noop, ...p }, 'x'),
    variants: { sheet: [false, true] },
  },
  Field: { render: (p) => el(Field, { name: 'n', label: 'l', ...p }, () => null), variants: {} },
  TextField: { render: (p) => el(TextField, { name: 'n', label: 'l', ...p }), variants: {} },
  SelectField: { render: (p) => el(SelectField, { name: 'n', label: 'l', ...p }), variants: {} },
  TextareaField: { render: (p) => el(TextareaField, { name: 'n', label: 'l', ...p }), variants: {} },
  CheckboxField: { render: (p) => el(CheckboxField, { name: 'n', label: 'l', ...p }), variants: {} },
  FilterDisclosure: { render: (p) => el(FilterDisclosure, { count: 0, ...p }, 'x'), variants: {} },
  FormStatus: {
    render: (p) => el(FormStatus, { state: { ok: true, message: 'm' }, ...p }),
    variants: {},
  },
  Skeleton: { render: (p) => el(Skeleton, p), variants: {} },
  Table: { render: (p) => el(Table, p), variants: { stack: [false, true] } },
  TableCaption: { render: (p) => el(TableCaption, p), variants: { visuallyHidden: [false, true] } },
  TableHeader: { render: (p) => el(TableHeader, p), variants: {} },
  TableBody: { render: (p) => el(TableBody, p), variants: {} },
  TableRow: { render: (p) => el(TableRow, p), variants: {} },
  TableHead: {
    render: (p) => el(TableHead, p),
    variants: { pad: ['tight', 'normal', 'wide'], weight: ['normal', 'medium', 'semibold'] },
  },
  TableCell: { render: (p) => el(TableCell, p), variants: { pad: ['tight', 'normal', 'wide'] } },
  TableRowHead: {
    render: (p) => el(TableRowHead, p),
    variants: { pad: ['tight', 'normal', 'wide'], weight: ['normal', 'medium', 'semibold'] },
  },
  SortableHead: {
    render: (p) => el(SortableHead, { label: 'l', active: false, direction: 'asc', href: () => '/', ...p }),
    variants: {},
  },
};

/** The primitive's own classes on the element that receives `className`. */
function ownClasses(name: string, props: Props): string[] {
  const html = renderToStaticMarkup(PRIMITIVES[name].render({ ...props, className: PROBE }));
  const m = [...html.matchAll(/class="([^"]*)"/g)].find((x) => x[1].split(' ').includes(PROBE));
  if (!m) throw new Error(`${name}: className did not reach the markup`);
  return m[1].split(/\s+/).filter((c) => c && c !== PROBE);
}

/** Every combination of the variant props the call site did not fix. */
function combos(name: string, fixed: Props): Props[] {
  let out: Props[] = [{ ...fixed }];
  for (const [k, values] of Object.entries(PRIMITIVES[name].variants)) {
    if (k in fixed) continue;
    out = out.flatMap((p) => values.map((v) => ({ ...p, [k]: v })));
  }
  return out;
}

/** Classes tailwind-merge would drop from `own` when `extra` follows it. */
function dropped(own: string[], extra: string[]): string[] {
  const kept = new Set(twMerge([...own, ...extra].join(' ')).split(' '));
  return own.filter((c) => !kept.has(c));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : sourceFiles(p);
    return /\.tsx$/.test(e.name) && !/\.test\.tsx$/.test(e.name) ? [p] : [];
  });
}

/** `const name = '…'` at a file's top level: class lists kept in a constant. */
function fileConstants(sf: ts.SourceFile): Map<string, ts.Expression> {
  const out = new Map<string, ts.Expression>();
  for (const st of sf.statements)
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.initializer) out.set(d.name.text, d.initializer);
  return out;
}

/**
 * Every class name written in a string inside `node` (both arms of a ternary, template text,
 * a same-file constant it names…).
 */
function literalClasses(node: ts.Node, consts: Map<string, ts.Expression>): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isIdentifier(n) && consts.has(n.text)) {
      const init = consts.get(n.text) as ts.Expression;
      if (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init) || ts.isTemplateExpression(init))
        visit(init);
      return;
    }
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(...n.text.split(/\s+/));
    else if (ts.isTemplateExpression(n)) {
      out.push(...n.head.text.split(/\s+/));
      for (const s of n.templateSpans) {
        visit(s.expression);
        out.push(...s.literal.text.split(/\s+/));
      }
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return out.filter(Boolean);
}

function literalValue(init: ts.JsxAttributeValue | undefined): string | boolean | undefined {
  if (!init) return true;
  if (ts.isStringLiteral(init)) return init.text;
  if (ts.isJsxExpression(init) && init.expression) {
    const e = init.expression;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
  }
  return undefined;
}

type Site = { where: string; name: string; fixed: Props; extra: string[] };

/** Call sites: `<Primitive className=…>` and `buttonClass(variant, extra)`. */
function callSites(): Site[] {
  const sites: Site[] = [];
  for (const file of [...sourceFiles(path.join(ROOT, 'app')), ...sourceFiles(path.join(ROOT, 'components'))]) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const consts = fileConstants(sf);
    const where = (n: ts.Node) =>
      `${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (n: ts.Node) => {
      if ((ts.isJsxOpeningElement(n) || ts.isJsxSelfClosingElement(n)) && ts.isIdentifier(n.tagName)) {
        const name = n.tagName.text;
        if (name in PRIMITIVES) {
          const fixed: Props = {};
          let extra: string[] = [];
          for (const a of n.attributes.properties) {
            if (!ts.isJsxAttribute(a) || !ts.isIdentifier(a.name)) continue;
            const key = a.name.text;
            if (key === 'className' && a.initializer) extra = literalClasses(a.initializer, consts);
            else if (key in PRIMITIVES[name].variants) {
              const v = literalValue(a.initializer);
              if (v !== undefined) fixed[key] = v;
            }
          }
          if (extra.length) sites.push({ where: where(n), name, fixed, extra });
        }
      }
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'buttonClass') {
        const [variant, extraArg, size] = n.arguments;
        const fixed: Props = {};
        if (variant && (ts.isStringLiteral(variant) || ts.isNoSubstitutionTemplateLiteral(variant)))
          fixed.variant = variant.text;
        if (size && (ts.isStringLiteral(size) || ts.isNoSubstitutionTemplateLiteral(size))) fixed.size = size.text;
        else if (!size) fixed.size = 'md';
        if (extraArg) sites.push({ where: where(n), name: 'Button', fixed, extra: literalClasses(extraArg, consts) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return sites;
}

describe('UI primitives: no className override conflicts with the primitive’s own classes', () => {
  it('cn joins without merging (so a conflicting override would be a real bug)', () => {
    expect(cn('p-4', false, ['p-0', { 'sm:p-0': true }])).toBe('p-4 p-0 sm:p-0');
  });

  it('the check catches a conflicting override', () => {
    const own = ownClasses('Card', {});
    expect(dropped(own, ['p-0'])).toContain('p-4');
    expect(dropped(ownClasses('Button', { variant: 'secondary', size: 'sm' }), ['px-2'])).toContain('px-3');
    expect(dropped(buttonVariants({ variant: 'primary' }).split(' '), ['w-full'])).toEqual([]);
  });

  const sites = callSites();
  it('finds the call sites', () => {
    // Sanity: the scan sees the app (Cards, Buttons and Skeletons with classNames are everywhere).
    for (const name of ['Card', 'Button', 'Skeleton']) expect(sites.some((s) => s.name === name)).toBe(true);
  });

  it('every call site adds to, never overrides, the primitive', () => {
    const problems: string[] = [];
    for (const s of sites)
      for (const props of combos(s.name, s.fixed)) {
        const lost = dropped(ownClasses(s.name, props), s.extra);
        if (lost.length)
          problems.push(
            `${s.where} <${s.name} ${JSON.stringify(props)}> "${s.extra.join(' ')}" overrides ${lost.join(' ')}`,
          );
      }
    expect([...new Set(problems)]).toEqual([]);
  });
});
