import { z } from 'zod';
import { STAFF_ROLES } from '@/lib/auth/permissions';

const email = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.'));
const userId = z.string().uuid('Unknown user.');

export const inviteStaffSchema = z.object({
  email,
  role: z.enum(STAFF_ROLES, { error: 'Choose a role.' }),
});

export const inviteClientUserSchema = z.object({ client_id: z.string().trim().min(1).max(64), email });

export const userIdSchema = z.object({ user_id: userId });

export const clientUserSchema = z.object({ user_id: userId, client_id: z.string().trim().min(1).max(64) });

export const changeRoleSchema = z.object({
  user_id: userId,
  role: z.enum(STAFF_ROLES, { error: 'Choose a role.' }),
});

export const setDisabledSchema = z.object({
  user_id: userId,
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export const inviteIdSchema = z.object({ invite_id: z.string().min(1).max(64) });

/** Your own password: the current one proves it is you, not someone at an unlocked screen. */
export const changeOwnPasswordSchema = z
  .object({
    current_password: z.string().min(1, 'Enter your current password.').max(200, 'Use at most 200 characters.'),
    password: z.string().min(12, 'Use at least 12 characters.').max(200, 'Use at most 200 characters.'),
    password_confirmation: z.string(),
  })
  .refine((v) => v.password === v.password_confirmation, {
    path: ['password_confirmation'],
    message: 'The two passwords differ.',
  })
  .refine((v) => v.password !== v.current_password, {
    path: ['password'],
    message: 'Choose a password different from the current one.',
  });

export const newPasswordSchema = z
  .object({
    token: z.string().min(20).max(100),
    name: z.string().trim().max(120, 'Use at most 120 characters.').optional(),
    password: z.string().min(12, 'Use at least 12 characters.').max(200, 'Use at most 200 characters.'),
    password_confirmation: z.string(),
  })
  .refine((v) => v.password === v.password_confirmation, {
    path: ['password_confirmation'],
    message: 'The two passwords differ.',
  });
