'use server';

import http from 'node:http';

/**
 * The bench's floor for a server action: a bare Next 16 action that makes the same upstream
 * call as the portal's setAgentAvailability (POST update_agent_availability to the sandbox
 * upstream, Node's HTTP client with keep-alive, as the portal's partner client) and does
 * nothing else: no session, no validation, no audit row. The bench times it beside the portal's
 * action and the direct call, so the report shows how much of an action's cost is Next's own.
 * BARE_UPSTREAM_URL and BARE_UPSTREAM_KEY are set by the bench when it starts this server.
 */
const agent = new http.Agent({ keepAlive: true });

export async function relayAvailability(input: { client_id: string; agent_id: string; available: string }) {
  const body = JSON.stringify(input);
  const text = await new Promise<string>((resolve, reject) => {
    const req = http.request(
      `${process.env.BARE_UPSTREAM_URL}/partnerclients/update_agent_availability`,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${process.env.BARE_UPSTREAM_KEY}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let out = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          out += c;
        });
        res.on('end', () => resolve(out));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
  const parsed = JSON.parse(text) as { status?: number; data?: { available?: string } };
  return { ok: parsed.status === 200, available: parsed.data?.available === '1' };
}
