'use client';

import { TextField } from '@/components/ui/field';

/**
 * One 6-digit code in one field: the browser's one-time-code autofill and pasting a whole
 * code (even "123 456" or "Code: 123456") both work; only the digits are kept.
 */
export function OtpInput({
  name,
  label,
  value,
  onChange,
  errors,
  hint,
  disabled,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors?: string[];
  hint?: string;
  disabled?: boolean;
}) {
  return (
    <TextField
      name={name}
      label={label}
      hint={hint}
      errors={errors}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, 6))}
      onPaste={(e) => {
        const digits = e.clipboardData.getData('text').replace(/\D/g, '');
        if (digits.length >= 6) {
          e.preventDefault();
          onChange(digits.slice(-6));
        }
      }}
      autoComplete="one-time-code"
      inputMode="numeric"
      pattern="[0-9]{6}"
      maxLength={6}
      className="max-w-48"
      spellCheck={false}
    />
  );
}
