import { TextField } from '@/components/ui/field';

/**
 * A new password typed twice (`password`, `password_confirmation`), as the accept-invite /
 * reset page and "change your password" ask for it. Never pre-filled: a password is not
 * echoed back into a form after an error.
 */
export function NewPasswordFields({
  errors,
  label = 'New password',
  repeatLabel = 'Repeat the password',
}: {
  errors?: { password?: string[]; password_confirmation?: string[] };
  label?: string;
  repeatLabel?: string;
}) {
  return (
    <>
      <TextField
        name="password"
        label={label}
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters."
        errors={errors?.password}
        required
      />
      <TextField
        name="password_confirmation"
        label={repeatLabel}
        type="password"
        autoComplete="new-password"
        errors={errors?.password_confirmation}
        required
      />
    </>
  );
}
