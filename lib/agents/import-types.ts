/** The import's results as the browser sees them (pure types): never a password. */
export type PreviewRow =
  | { line: number; status: 'ready'; name: string; email: string; extension: string }
  | { line: number; status: 'exists'; name: string; email: string; message: string }
  | { line: number; status: 'invalid'; name: string; email: string; errors: string[] };

export type RowResult = { line: number; status: 'created' | 'exists' | 'failed'; message: string };
