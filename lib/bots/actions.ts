'use server';

import { clientAction } from '@/lib/action';
import { deleteBotSpec, saveBotSpec } from './action-specs';

// Each is defineAction with a required client scope (clientAction): permission, client scope,
// zod and audit; the specs live in action-specs.ts so their authorization is unit-tested.
export const saveBot = clientAction(saveBotSpec);
export const deleteBot = clientAction(deleteBotSpec);
