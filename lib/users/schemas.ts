import { z } from 'zod';
import { ROLES } from '@/lib/auth/permissions';

export const createUserSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.'),
    email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.')),
    role: z.enum(ROLES, { error: 'Choose a role.' }),
    client_id: z.string().trim().max(64).optional().default(''),
    password: z.string().min(12, 'Use at least 12 characters.').max(200),
  })
  .refine((v) => v.role !== 'client' || v.client_id !== '', {
    path: ['client_id'],
    message: 'A client user needs the client id it belongs to.',
  });

export const setDisabledSchema = z.object({
  user_id: z.string().uuid('Unknown user.'),
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
