'use server';

import { clientAction } from '@/lib/action';
import { deleteBotSpec, saveBotSpec } from './action-specs';

export const saveBot = clientAction(saveBotSpec);
export const deleteBot = clientAction(deleteBotSpec);
