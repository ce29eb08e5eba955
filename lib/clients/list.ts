/**
 * The clients list's row type and the pure rules it shares with the mirror (lib/clients/mirror*.ts),
 * where search, filters, sort and paging run in SQL.
 */
import { toPaise } from '@/lib/money';
import { parseTime } from '@/lib/time';

export type ClientRow = {
  id: string;
  name: string;
  email: string;
  mobile: string;
  active: boolean;
  balancePaise: number;
  /** Upstream text as sent ("2026-05-01 00:00:00"), null when the client has no validity. */
  validTill: string | null;
  validTillMs: number | null;
  createdAt: string | null;
  createdAtMs: number | null;
};

export type RawClient = {
  client_id: string;
  name: string;
  email: string;
  mobile: string;
  status: string;
  balance: string;
  valid_till?: string | null;
  created_at?: string | null;
};

export function toClientRow(c: RawClient): ClientRow {
  return {
    id: c.client_id,
    name: c.name,
    email: c.email,
    mobile: c.mobile,
    active: c.status === '1',
    balancePaise: toPaise(c.balance),
    validTill: c.valid_till ?? null,
    validTillMs: parseTime(c.valid_till),
    createdAt: c.created_at ?? null,
    createdAtMs: parseTime(c.created_at),
  };
}

const digits = (s: string) => s.replace(/\D/g, '');

/** Search terms: whitespace-separated, lower-cased; every term must match name, email, mobile or id. */
export function searchTerms(q: string): string[] {
  // A phone number typed with spaces ("+91 98100 12345") is one term, not three.
  if (/^[\d\s\-+().]+$/.test(q) && digits(q).length >= 3) return [digits(q)];
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

export type ClientPage = {
  rows: ClientRow[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  from: number;
  to: number;
};
