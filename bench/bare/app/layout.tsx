import type { ReactNode } from 'react';

// The bench's baseline: a bare Next 16 page (one form, no libraries), built in the same run as the
// portal so first-load JS and Lighthouse figures are compared as same-run ratios.
export const metadata = { title: 'Bare page' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem' }}>{children}</body>
    </html>
  );
}
