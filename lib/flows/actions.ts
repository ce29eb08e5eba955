'use server';

import { clientAction } from '@/lib/action';
import { mapFlowSpec, saveFlowSpec } from './action-specs';

// Each is defineAction with a required client scope (clientAction): permission, client scope,
// zod and audit; the specs live in action-specs.ts so their authorization is unit-tested.
export const saveFlow = clientAction(saveFlowSpec);
export const mapFlow = clientAction(mapFlowSpec);
