'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * One recharts bar chart, loaded lazily by the wallet pages (spend-chart-lazy.tsx), so recharts
 * is in no route's first-load JS. Purely visual: the figure around it has the caption and a
 * table view with the same numbers, so the SVG is hidden from assistive technology. recharts' accessibility layer
 * is off: it makes the SVG focusable (tabindex 0, role application), and a focusable element
 * inside aria-hidden is a keyboard stop that announces nothing (axe `aria-hidden-focus`).
 */
export function SpendChart({
  data,
  layout = 'columns',
}: {
  data: { label: string; rupees: number }[];
  layout?: 'columns' | 'rows';
}) {
  const rows = layout === 'rows';
  const inr = (v: number) => `₹${Math.round(v).toLocaleString('en-IN')}`;
  return (
    <div aria-hidden="true" className="h-56 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout={rows ? 'vertical' : 'horizontal'}
          margin={{ left: 4, right: 8, top: 8, bottom: 4 }}
        >
          <CartesianGrid strokeDasharray="3 3" className="stroke-line" />
          {rows ? (
            <>
              <XAxis type="number" tickFormatter={inr} tick={{ fontSize: 11 }} />
              <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 11 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
              <YAxis tickFormatter={inr} width={64} tick={{ fontSize: 11 }} />
            </>
          )}
          <Tooltip formatter={(v) => inr(Number(v))} />
          <Bar dataKey="rupees" fill="var(--color-brand, #1d4ed8)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
