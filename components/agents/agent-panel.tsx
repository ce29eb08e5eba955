'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { AgentForm, type AgentFormProps } from './agent-form';

/**
 * A button that opens the add / edit form in a side panel (a modal dialog docked right).
 * The outcome stays announced next to the button after the panel closes.
 */
export function AgentPanelButton({
  label,
  variant = 'primary',
  ...form
}: Omit<AgentFormProps, 'onDone' | 'onCancel'> & { label: string; variant?: 'primary' | 'secondary' }) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const router = useRouter();
  const title = form.agent ? `Edit ${form.agent.name}` : 'Add agent';
  return (
    <>
      <Button
        variant={variant}
        size={form.agent ? 'sm' : 'md'}
        onClick={() => setOpen(true)}
        aria-label={form.agent ? title : undefined}
      >
        {label}
      </Button>
      <span role="status" className="text-sm text-success">
        {message}
      </span>
      {open ? (
        <Dialog title={title} onClose={() => setOpen(false)} sheet>
          <AgentForm
            {...form}
            onCancel={() => setOpen(false)}
            onDone={(m) => {
              setMessage(m);
              setOpen(false);
              router.refresh();
            }}
          />
        </Dialog>
      ) : null}
    </>
  );
}
