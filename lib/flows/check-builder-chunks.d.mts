export function builderChunkLeaks(
  stats: { route: string; firstLoadChunkPaths: string[] }[],
  readChunk: (chunkPath: string) => string,
): { route: string; chunk: string }[];
