import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventoryFile, serverActionInventory } from '@/lib/testing/server-action-inventory';

const root = path.resolve(import.meta.dirname, '..');

describe('server action inventory', () => {
  it('every server action in the codebase is built with publicAction, staffAction, clientAction or defineAction', () => {
    const all = serverActionInventory(root);
    // The scan must see the codebase's actions at all (a broken scanner passes nothing).
    expect(all.length).toBeGreaterThan(20);
    const outside = all.filter((e) => e.layer === null).map((e) => `${e.file}: ${e.name} (${e.why})`);
    expect(outside).toEqual([]);
  });

  describe('the scanner itself', () => {
    const scan = (src: string) => inventoryFile('x.ts', src).map((e) => [e.name, e.layer]);

    it('accepts layer calls, aliases and local consts built with a layer', () => {
      expect(
        scan(`'use server';
import { staffAction, publicAction as pub } from '@/lib/action';
const inner = staffAction({});
export const a = staffAction({});
export const b = pub({});
export { inner as c };
export type T = string;`),
      ).toEqual([
        ['a', 'staffAction'],
        ['b', 'publicAction'],
        ['c', 'staffAction'],
      ]);
    });

    it('flags functions, foreign helpers, re-exports and inline server functions', () => {
      expect(
        scan(`"use server";
import { staffAction } from './somewhere-else';
export async function f() {}
export const g = staffAction({});
export const h = async () => 1;
export * from './more';
`),
      ).toEqual([
        ['f', null],
        ['g', null],
        ['h', null],
        ["export * from './more';", null],
      ]);
      expect(scan(`export default function Page() { async function save() { 'use server'; } return save; }`)).toEqual([
        ['save', null],
      ]);
    });

    it('ignores files without the directive (a string elsewhere is not one)', () => {
      expect(scan(`import 'server-only';\nexport const x = 'use server';\nexport async function f() {}`)).toEqual([]);
    });
  });
});
