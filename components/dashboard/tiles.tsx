import { ageText } from '@/lib/dashboard/figures';
import {
  getClientTiles,
  getNumbersBoughtThisMonth,
  getPendingTiles,
  getSpendComparison,
} from '@/lib/dashboard/queries';
import { asUserFacing } from '@/lib/errors';
import { log } from '@/lib/log';
import { formatRupees } from '@/lib/money';
import { Tile, TileUnavailable } from './tile';

/**
 * The dashboard's tiles as async server components. Each one reads its own data and catches
 * its own failure, so one unreachable upstream call greys one tile instead of the page.
 */
async function attempt<T>(
  tile: string,
  read: () => Promise<T>,
): Promise<{ ok: true; data: T } | { ok: false; message: string }> {
  try {
    return { ok: true, data: await read() };
  } catch (err) {
    const known = asUserFacing(err);
    if (!known) log.warn({ err, tile }, 'dashboard tile failed');
    return { ok: false, message: `Unavailable right now. ${known?.message ?? 'Please try again in a moment.'}` };
  }
}

const n = (v: number) => v.toLocaleString('en-IN');

export async function ClientTiles() {
  const r = await attempt('clients', () => getClientTiles());
  if (!r.ok)
    return (
      <>
        {['Active clients', 'Inactive clients', 'Low balance', 'Validity expiring'].map((label) => (
          <TileUnavailable key={label} label={label} message={r.message} />
        ))}
      </>
    );
  const f = r.data;
  // The clients list filters by fixed windows; link the nearest one at or above the setting.
  const window = [7, 30, 90].find((d) => d >= f.warningDays) ?? 90;
  return (
    <>
      <Tile label="Active clients" value={n(f.active)} href="/clients?status=active" detail={`${n(f.total)} in all`} />
      <Tile label="Inactive clients" value={n(f.inactive)} href="/clients?status=inactive" />
      <Tile
        label="Low balance"
        value={n(f.lowBalance)}
        href="/clients?status=active&balance=low"
        detail={`Under ${formatRupees(f.lowBalancePaise)}, active only`}
        tone={f.lowBalance > 0 ? 'warning' : 'neutral'}
      />
      <Tile
        label="Validity expiring"
        value={n(f.expiring)}
        href={`/clients?status=active&expiring=${window}`}
        detail={`Within ${f.warningDays} days${f.expired > 0 ? ` · ${n(f.expired)} already expired` : ''}`}
        tone={f.expiring > 0 ? 'warning' : 'neutral'}
      />
    </>
  );
}

export async function PendingTiles() {
  const r = await attempt('pending', () => getPendingTiles());
  if (!r.ok) return <TileUnavailable label="Pending registrations" message={r.message} />;
  const now = Date.now();
  return (
    <>
      <Tile label="Pending registrations" value={n(r.data.total)} href="/onboarding" detail="All stages" />
      {r.data.stages.map((s) => (
        <Tile
          key={s.stage}
          label={s.label}
          value={n(s.count)}
          href={`/onboarding?stage=${encodeURIComponent(s.stage)}`}
          detail={s.oldestMs === null ? 'Age unknown' : `Oldest waiting ${ageText(s.oldestMs, now)}`}
        />
      ))}
    </>
  );
}

export async function NumbersTile() {
  const r = await attempt('numbers', () => getNumbersBoughtThisMonth());
  if (!r.ok) return <TileUnavailable label="Numbers bought this month" message={r.message} />;
  return (
    <Tile
      label="Numbers bought this month"
      value={n(r.data)}
      href="/audit?action=numbers.buy&outcome=ok"
      detail="Through this portal"
    />
  );
}

export async function SpendTile() {
  const r = await attempt('spend', () => getSpendComparison());
  if (!r.ok) return <TileUnavailable label="Spend this month" message={r.message} />;
  const { thisMonthPaise, lastMonthPaise, refreshedAt, refreshing, failedClients } = r.data;
  if (!refreshedAt)
    return (
      <TileUnavailable
        label="Spend this month"
        message="Being totalled from every client’s ledger; check back in a minute."
      />
    );
  const notes = [
    `Last month ${formatRupees(lastMonthPaise)}`,
    `as of ${ageText(Date.parse(refreshedAt), Date.now())} ago${refreshing ? ', updating' : ''}`,
    failedClients > 0 ? `${n(failedClients)} clients did not answer` : null,
  ].filter(Boolean);
  return (
    <Tile label="Spend this month" value={formatRupees(thisMonthPaise)} href="/wallet" detail={notes.join(' · ')} />
  );
}
