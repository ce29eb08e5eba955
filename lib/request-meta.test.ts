import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';
import { PEER_ADDRESS_HEADER, stampPeerAddress } from './peer-address';
import { clientAddressFrom } from './request-meta';

const h = (init: Record<string, string>) => new Headers(init);
const secrets = { get: (name: string) => `generated-${name}-0123456789abcdef0123456789` };

describe('the client address', () => {
  it('is the socket peer with TRUSTED_PROXY_HOPS=0, whatever X-Forwarded-For claims', () => {
    const spoofed = h({
      [PEER_ADDRESS_HEADER]: '::ffff:203.0.113.7',
      'x-forwarded-for': '1.2.3.4',
      'x-real-ip': '5.6.7.8',
    });
    expect(clientAddressFrom(spoofed, 0)).toBe('203.0.113.7');
    // A fresh spoofed value every request still maps to the one peer: limits cannot be reset.
    const again = h({ [PEER_ADDRESS_HEADER]: '::ffff:203.0.113.7', 'x-forwarded-for': '9.9.9.9' });
    expect(clientAddressFrom(again, 0)).toBe(clientAddressFrom(spoofed, 0));
  });

  it('takes the N-th address from the right behind N trusted proxies', () => {
    const chain = h({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 198.51.100.9, 10.0.0.1' });
    expect(clientAddressFrom(chain, 1)).toBe('10.0.0.1');
    expect(clientAddressFrom(chain, 2)).toBe('198.51.100.9');
    // Fewer entries than proxies: the request did not come through them; use the peer.
    expect(clientAddressFrom(h({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '6.6.6.6' }), 2)).toBe(
      '10.0.0.2',
    );
    expect(clientAddressFrom(h({ [PEER_ADDRESS_HEADER]: '2001:db8::1' }), 1)).toBe('2001:db8::1');
  });

  it('is null (one shared "unknown" bucket) when nothing trustworthy is there, never garbage', () => {
    expect(clientAddressFrom(h({ 'x-forwarded-for': '1.2.3.4' }), 0)).toBeNull();
    expect(clientAddressFrom(h({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '<script>' }), 1)).toBeNull();
  });

  it('the Node hook overwrites a client-sent peer header with the socket address', () => {
    const req = {
      headers: { [PEER_ADDRESS_HEADER]: '1.1.1.1' } as Record<string, string>,
      socket: { remoteAddress: '127.0.0.1' },
    };
    stampPeerAddress(req);
    expect(req.headers[PEER_ADDRESS_HEADER]).toBe('127.0.0.1');
  });

  it('reads TRUSTED_PROXY_HOPS (default 0) and refuses nonsense', () => {
    expect(parseEnv({}, secrets).trustedProxyHops).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '2' }, secrets).trustedProxyHops).toBe(2);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: '-1' }, secrets)).toThrow();
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: 'two' }, secrets)).toThrow();
  });
});
