import { env } from '@/lib/env';
import { buildOpenApi } from '@/lib/explorer/openapi';
import { defineRoute } from '@/lib/route-guard';

/** The OpenAPI 3.1 document of the partner calls (owner only: it names the upstream URL). */
export const GET = defineRoute({
  permission: 'api:manage',
  staffOnly: true,
  handler: async () =>
    new Response(JSON.stringify(buildOpenApi(env().partnerApiBaseUrl), null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="partner-api.openapi.json"',
        'X-Content-Type-Options': 'nosniff',
      },
    }),
});
