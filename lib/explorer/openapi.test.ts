import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_NAMES } from '@/lib/partner-api/endpoints';
import { CATALOGUE } from './catalogue';
import { buildOpenApi } from './openapi';

describe('OpenAPI document', () => {
  it('is valid OpenAPI 3.1 and lists all 53 operations', async () => {
    const doc = buildOpenApi('https://api.example.test');
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    const paths = doc.paths as Record<string, Record<string, { operationId: string }>>;
    const ops = Object.values(paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(ops).toHaveLength(53);
    expect(new Set(ops)).toEqual(new Set(ENDPOINT_NAMES));
    // The validator does reject a broken document (so the check above can fail).
    const broken = structuredClone(doc) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    broken.paths['/partnerclients/did_regions'].get.parameters = [{ name: 'x', in: 'nowhere' }];
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it('has a title and fields from the reference for every endpoint', () => {
    expect(CATALOGUE).toHaveLength(53);
    for (const e of CATALOGUE) {
      expect(e.title, e.name).not.toBe(e.name);
      expect(e.params.length + (e.method === 'GET' ? 1 : 0), e.name).toBeGreaterThan(0);
    }
  });

  it('puts path ids in the path and GET fields in the query', () => {
    const doc = buildOpenApi('https://api.example.test') as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    };
    const client = doc.paths['/partnerclients/client/{client_id}'].get;
    expect(client.parameters).toEqual([expect.objectContaining({ name: 'client_id', in: 'path' })]);
  });
});
