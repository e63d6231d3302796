import type { CapaStatus } from '@aftersales/domain';

/** What a corrective action needs next: 原因分析, 纠正/预防措施, 效果验证, or a new analysis after an ineffective one. */
export type CapaStep = 'analyze' | 'actions' | 'verify' | 'reanalyze';

/** The step each status waits for (002 §(九)); a request verified effective is done. */
export const NEXT_CAPA_STEP: Record<CapaStatus, CapaStep | null> = {
  ISSUED: 'analyze',
  ANALYZED: 'actions',
  ACTIONS_RECORDED: 'verify',
  VERIFIED_INEFFECTIVE: 'reanalyze',
  VERIFIED_EFFECTIVE: null,
};

/** The texts a step writes, keyed like `AdvanceCapaInput` and the API's fieldErrors. */
export const CAPA_STEP_FIELDS: Record<CapaStep, readonly ('rootCause' | 'correctiveAction' | 'preventiveAction' | 'verificationNote')[]> = {
  analyze: ['rootCause'],
  reanalyze: ['rootCause'],
  actions: ['correctiveAction', 'preventiveAction'],
  verify: ['verificationNote'],
};
