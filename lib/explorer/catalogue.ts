import { ENDPOINT_NAMES, ENDPOINTS, type EndpointName } from '@/lib/partner-api/endpoints';
import raw from './catalogue.json';

/**
 * The endpoint catalogue the explorer and the OpenAPI document are built from: method, path,
 * group and "changes anything" from the typed client's definitions (lib/partner-api), titles,
 * fields and examples from the provider's reference (copied into catalogue.json from
 * partner-api/endpoints.json; the five number-masking calls from CONTRACT.md, marked assumed).
 */
export type CatalogueParam = { name: string; required: boolean; type: string; in: string; note?: string };

export type CatalogueEntry = {
  name: EndpointName;
  group: string;
  method: 'GET' | 'POST';
  path: string;
  readOnly: boolean;
  title: string;
  summary: string;
  params: CatalogueParam[];
  example: Record<string, unknown>;
};

type RawEntry = { title: string; summary: string; params: CatalogueParam[]; example: Record<string, unknown> };
const RAW = raw as Record<string, RawEntry>;

export const CATALOGUE: CatalogueEntry[] = ENDPOINT_NAMES.map((name) => {
  const def = ENDPOINTS[name];
  const doc = RAW[name] ?? { title: name, summary: '', params: [], example: {} };
  return {
    name,
    group: def.group,
    method: def.method,
    path: def.path,
    readOnly: def.readOnly,
    title: doc.title,
    summary: doc.summary,
    params: doc.params,
    example: doc.example,
  };
});

export function catalogueEntry(name: string): CatalogueEntry | null {
  return CATALOGUE.find((e) => e.name === name) ?? null;
}

/** Groups in catalogue order, for the explorer's endpoint list. */
export function catalogueGroups(): { group: string; entries: CatalogueEntry[] }[] {
  const out: { group: string; entries: CatalogueEntry[] }[] = [];
  for (const e of CATALOGUE) {
    const g = out.find((x) => x.group === e.group);
    if (g) g.entries.push(e);
    else out.push({ group: e.group, entries: [e] });
  }
  return out;
}

/** An example value as a form shows it: objects and arrays as JSON text. */
export function exampleText(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
