'use client';

import { useId, useState } from 'react';
import { PASSWORD_RULES } from '@/lib/agents/password-rules';

/**
 * The agent password, write-only: it starts empty (the portal never has it to show) and the
 * rules tick as they are met. The server checks the same rules (lib/agents/schemas.ts).
 */
export function PasswordField({ errors, hint }: { errors?: string[]; hint?: string }) {
  const [value, setValue] = useState('');
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        Password
      </label>
      <input
        id={id}
        name="password"
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-rules${errors?.length ? ` ${id}-error` : ''}`}
        className="block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm aria-[invalid=true]:border-danger"
      />
      {hint ? <p className="text-xs text-fg-muted">{hint}</p> : null}
      <ul id={`${id}-rules`} aria-label="Password rules" className="grid gap-x-4 text-xs sm:grid-cols-2">
        {PASSWORD_RULES.map((r) => {
          const met = value !== '' && r.test(value);
          return (
            <li key={r.id} className={met ? 'text-success' : 'text-fg-muted'}>
              <span aria-hidden="true">{met ? '✓' : '○'}</span> {r.label}
              <span className="sr-only">{met ? ' (met)' : ' (not met yet)'}</span>
            </li>
          );
        })}
      </ul>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
