'use client';

import dynamic from 'next/dynamic';

/**
 * recharts (~110 KB gz) loads after the wallet page is on screen, not with it: the figure's
 * caption and table view carry the numbers, the chart is decoration drawn once the library
 * arrives. A placeholder of the chart's height keeps the layout from shifting.
 */
export const SpendChartLazy = dynamic(() => import('./spend-chart').then((m) => m.SpendChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-56 w-full min-w-0" />,
});
