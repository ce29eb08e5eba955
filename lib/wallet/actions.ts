'use server';

import { defineAction } from '@/lib/action';
import { addCreditsSpec } from './action-specs';

export const addClientCredits = defineAction(addCreditsSpec);
