import { z } from 'zod';
import { ENDPOINTS } from '@/lib/partner-api/endpoints';
import { CATALOGUE } from './catalogue';

/**
 * An OpenAPI 3.1 document of the 53 partner calls, generated from the same catalogue as the
 * explorer: request schemas from the typed client's zod definitions (as callers may send them),
 * the `data` of the response envelope from its lenient response schemas.
 */
type Schema = Record<string, unknown>;

function jsonSchema(s: z.ZodType): Schema {
  const out = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Schema;
  delete out.$schema;
  return out;
}

const envelope = (data: Schema): Schema => ({
  type: 'object',
  required: ['status', 'message'],
  properties: { status: { type: 'integer' }, message: { type: 'string' }, data },
});

const errorResponse = {
  description: 'Error envelope: status, message, and per-field errors or details where the API gives them.',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          status: { type: 'integer' },
          message: { type: 'string' },
          errors: { type: 'object', additionalProperties: true },
          data: {},
        },
      },
    },
  },
};

export function buildOpenApi(serverUrl: string): Schema {
  const paths: Record<string, Record<string, Schema>> = {};
  const tags: string[] = [];
  for (const e of CATALOGUE) {
    if (!tags.includes(e.group)) tags.push(e.group);
    const req = jsonSchema(ENDPOINTS[e.name].request);
    const props = (req.properties ?? {}) as Record<string, Schema>;
    const required = new Set((req.required ?? []) as string[]);
    const inPath = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const parameters: Schema[] = inPath.map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: props[name] ?? { type: 'string' },
    }));
    const bodyProps = Object.fromEntries(Object.entries(props).filter(([k]) => !inPath.includes(k)));
    const bodyRequired = [...required].filter((k) => !inPath.includes(k));
    const op: Schema = {
      operationId: e.name,
      summary: e.title,
      ...(e.summary ? { description: e.summary } : {}),
      tags: [e.group],
      ...(e.readOnly ? {} : { 'x-changes-state': true }),
      responses: {
        '200': {
          description: 'Success envelope',
          content: { 'application/json': { schema: envelope(jsonSchema(ENDPOINTS[e.name].response)) } },
        },
        default: errorResponse,
      },
    };
    if (e.method === 'GET') {
      for (const [name, schema] of Object.entries(bodyProps))
        parameters.push({ name, in: 'query', required: bodyRequired.includes(name), schema });
    } else if (Object.keys(bodyProps).length > 0) {
      const example = Object.fromEntries(Object.entries(e.example).filter(([k]) => !inPath.includes(k)));
      op.requestBody = {
        required: bodyRequired.length > 0,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: bodyProps,
              ...(bodyRequired.length ? { required: bodyRequired } : {}),
            },
            ...(Object.keys(example).length ? { example } : {}),
          },
        },
      };
    }
    if (parameters.length > 0) op.parameters = parameters;
    paths[e.path] ??= {};
    paths[e.path][e.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Partner API',
      version: '1.0.0',
      description:
        'The provider’s partner API as this portal calls it: 48 documented endpoints and 5 number-masking calls whose contract is assumed. Every answer is an envelope {status, message, data}.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerKey: [] }],
    tags: tags.map((name) => ({ name })),
    components: {
      securitySchemes: { bearerKey: { type: 'http', scheme: 'bearer', description: 'The partner API key' } },
    },
    paths,
  };
}
