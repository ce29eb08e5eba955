'use server';

import { clientAction } from '@/lib/action';
import {
  addAgentSpec,
  changeAgentDidSpec,
  deactivateAgentSpec,
  editAgentSpec,
  previewImportSpec,
  runImportSpec,
  saveAgentScheduleSpec,
  setAvailabilitySpec,
} from './action-specs';

export const addAgent = clientAction(addAgentSpec);
export const editAgent = clientAction(editAgentSpec);
export const deactivateAgent = clientAction(deactivateAgentSpec);
export const changeAgentDid = clientAction(changeAgentDidSpec);
export const setAgentAvailability = clientAction(setAvailabilitySpec);
export const saveAgentSchedule = clientAction(saveAgentScheduleSpec);
export const previewAgentImport = clientAction(previewImportSpec);
export const importAgents = clientAction(runImportSpec);
