'use server';

import { clientAction } from '@/lib/action';
import { mapFlowSpec, saveFlowSpec } from './action-specs';

export const saveFlow = clientAction(saveFlowSpec);
export const mapFlow = clientAction(mapFlowSpec);
