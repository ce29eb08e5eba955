import { describe, expect, it } from 'vitest';
import { builderChunkLeaks } from './check-builder-chunks.mjs';

const chunks: Record<string, string> = {
  'a.js': 'console.log("shared")',
  'flow.js': 'var x="react-flow__pane react-flow__node";',
  'b.js': 'export const y=1',
};
const read = (p: string) => chunks[p] ?? '';

describe('builderChunkLeaks', () => {
  it('passes when the library is only loaded on demand', () => {
    expect(builderChunkLeaks([{ route: '/dashboard', firstLoadChunkPaths: ['a.js', 'b.js'] }], read)).toEqual([]);
  });

  it('names every route whose first load carries it', () => {
    const stats = [
      { route: '/dashboard', firstLoadChunkPaths: ['a.js'] },
      { route: '/clients/[clientId]/numbers', firstLoadChunkPaths: ['a.js', 'flow.js'] },
    ];
    expect(builderChunkLeaks(stats, read)).toEqual([{ route: '/clients/[clientId]/numbers', chunk: 'flow.js' }]);
  });
});
