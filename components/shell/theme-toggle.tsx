'use client';

/** Flips dark mode and remembers the choice; the root layout applies it before paint. */
export function ThemeToggle() {
  return (
    <button
      type="button"
      className="rounded-md border border-line px-2 py-1.5 text-sm"
      aria-label="Toggle dark mode"
      onClick={() => {
        const dark = document.documentElement.classList.toggle('dark');
        try {
          localStorage.setItem('theme', dark ? 'dark' : 'light');
        } catch {
          // Private browsing may refuse storage; the toggle still works for this page.
        }
      }}
    >
      <span aria-hidden="true">◐</span>
    </button>
  );
}
