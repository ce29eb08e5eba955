'use server';

import { clientAction } from '@/lib/action';
import { cancelSessionSpec, startSessionSpec, updateSessionSpec } from './action-specs';

// No revalidatePath: the sessions list polls its GET route (app/api/masking) and refetches.
export const startMaskingSession = clientAction(startSessionSpec);
export const updateMaskingSession = clientAction(updateSessionSpec);
export const cancelMaskingSession = clientAction(cancelSessionSpec);
