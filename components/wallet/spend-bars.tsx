import { formatRupees } from '@/lib/money';
import { axisTicks, labelIndexes, shortDay } from '@/lib/wallet/chart-scale';

/**
 * The wallet's bar charts, drawn on the server as plain HTML boxes: no chart library and no
 * script in the browser. recharts drew these before; even loaded after the page, its first
 * render was one ~400 ms main-thread task on the client wallet page (Lighthouse desktop 83,
 * TBT 377 ms), for charts that are a row of bars and two lists of bars. Purely visual: the
 * figure around it has the caption and a table view with the same numbers, so the chart is
 * hidden from assistive technology; a bar's `title` names its figure on hover.
 */
export type Bar = { key: string; label: string; paise: number };

const rupeeTick = (paise: number) => `₹${Math.round(paise / 100).toLocaleString('en-IN')}`;
const pct = (v: number, top: number) => (top > 0 ? (v / top) * 100 : 0);

export function SpendBars({ bars, layout = 'columns' }: { bars: Bar[]; layout?: 'columns' | 'rows' }) {
  return layout === 'rows' ? <RowBars bars={bars} /> : <ColumnBars bars={bars} />;
}

/** One column per day under a rupee axis: the daily spend chart. */
function ColumnBars({ bars }: { bars: Bar[] }) {
  const ticks = axisTicks(Math.max(0, ...bars.map((b) => b.paise)));
  const top = ticks[ticks.length - 1] ?? 0;
  const labelled = labelIndexes(bars.length);
  return (
    <div aria-hidden="true" data-chart="columns" className="text-[11px] leading-none text-fg-muted">
      <div className="flex h-48 gap-2">
        <div className="relative w-14 shrink-0">
          {ticks.map((t) => (
            <span
              key={t}
              className="absolute right-0 translate-y-1/2 tabular-nums"
              style={{ bottom: `${pct(t, top)}%` }}
            >
              {rupeeTick(t)}
            </span>
          ))}
        </div>
        <div className="relative min-w-0 flex-1 border-b border-l border-line">
          {ticks.slice(1).map((t) => (
            <div
              key={t}
              className="absolute inset-x-0 border-t border-dashed border-line"
              style={{ bottom: `${pct(t, top)}%` }}
            />
          ))}
          <div className="absolute inset-0 flex items-end gap-px px-px">
            {bars.map((b) => (
              <div
                key={b.key}
                title={`${b.label}: ${formatRupees(b.paise)}`}
                className={`flex-1 rounded-t-sm bg-brand hover:opacity-75${b.paise > 0 ? ' min-h-px' : ''}`}
                style={{ height: `${pct(b.paise, top)}%` }}
              />
            ))}
          </div>
        </div>
      </div>
      <div className="relative ml-16 h-5">
        {labelled.map((i) => (
          <span
            key={bars[i]?.key}
            className="absolute top-1.5 whitespace-nowrap"
            style={{
              left: `${((i + 0.5) / bars.length) * 100}%`,
              transform: i === 0 ? 'none' : i === bars.length - 1 ? 'translateX(-100%)' : 'translateX(-50%)',
            }}
          >
            {shortDay(bars[i]?.label ?? '')}
          </span>
        ))}
      </div>
    </div>
  );
}

/** One labelled bar per row, its amount beside it: spend by expense type, top numbers. */
function RowBars({ bars }: { bars: Bar[] }) {
  const top = Math.max(0, ...bars.map((b) => b.paise));
  return (
    <ul aria-hidden="true" data-chart="rows" className="space-y-2 text-xs text-fg-muted">
      {bars.map((b) => (
        <li key={b.key} className="grid grid-cols-[minmax(0,7rem)_minmax(0,1fr)_auto] items-center gap-2">
          <span className="truncate" title={b.label}>
            {b.label}
          </span>
          <span className="h-4">
            <span
              title={`${b.label}: ${formatRupees(b.paise)}`}
              className={`block h-full rounded-r-sm bg-brand hover:opacity-75${b.paise > 0 ? ' min-w-px' : ''}`}
              style={{ width: `${pct(b.paise, top)}%` }}
            />
          </span>
          <span className="tabular-nums">{rupeeTick(b.paise)}</span>
        </li>
      ))}
    </ul>
  );
}
