'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { runPublicStep } from '@/lib/onboarding/public-step';
import type { StepResult } from '@/lib/onboarding/result';
import { runStaffStep } from '@/lib/onboarding/staff-step';
import type { Step } from '@/lib/onboarding/steps';
import type { DraftView } from '@/lib/onboarding/view';
import type { Op } from '@/lib/onboarding/wizard';

export type WizardMode = 'public' | 'staff';
type Cooldowns = Partial<Record<'email' | 'mobile' | 'aadhaar', number>>;

type WizardApi = {
  mode: WizardMode;
  view: DraftView | null;
  brand: { name: string; termsUrl: string | null };
  /** Runs an operation; on success moves to the step the server says is next. */
  run: (op: Op, values?: Record<string, string>, opts?: { stay?: boolean }) => Promise<StepResult>;
  goTo: (step: Step) => void;
  /** Resend cooldowns as absolute times (ms), so they survive moving between steps. */
  cooldowns: Cooldowns;
  setCooldown: (k: keyof Cooldowns, seconds: number) => void;
  /** The PAN typed in this browser session: lets the GST step compare the whole PAN. */
  panTyped: string | null;
  setPanTyped: (pan: string) => void;
};

const Ctx = createContext<WizardApi | null>(null);

export function WizardProvider({
  mode,
  view,
  brand,
  children,
}: {
  mode: WizardMode;
  view: DraftView | null;
  brand: WizardApi['brand'];
  children: ReactNode;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const current = useSearchParams().get('step');
  const [cooldowns, setCooldowns] = useState<Cooldowns>({});
  const [panTyped, setPanTyped] = useState<string | null>(null);

  const goTo = useCallback(
    (step: Step) => router.push(`${pathname}?step=${step}`, { scroll: false }),
    [router, pathname],
  );

  const run = useCallback<WizardApi['run']>(
    async (op, values = {}, opts = {}) => {
      const res =
        mode === 'public'
          ? await runPublicStep(op, values)
          : await runStaffStep(op, { ...values, draft_id: view?.id ?? '' });
      if (res.ok && !opts.stay) {
        const draftId = 'draftId' in res ? (res.draftId as string | undefined) : undefined;
        if (mode === 'staff' && !view && draftId) router.push(`/onboarding/${draftId}?step=${res.step}`);
        else if (res.step === current) router.refresh();
        else router.push(`${pathname}?step=${res.step}`, { scroll: false });
      }
      return res;
    },
    [mode, view, router, pathname, current],
  );

  const setCooldown = useCallback((k: keyof Cooldowns, seconds: number) => {
    setCooldowns((c) => ({ ...c, [k]: Date.now() + seconds * 1000 }));
  }, []);

  const value = useMemo(
    () => ({ mode, view, brand, run, goTo, cooldowns, setCooldown, panTyped, setPanTyped }),
    [mode, view, brand, run, goTo, cooldowns, setCooldown, panTyped],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useWizard(): WizardApi {
  const v = useContext(Ctx);
  if (!v) throw new Error('useWizard outside WizardProvider');
  return v;
}
