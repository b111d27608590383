import type { Config } from '../config/config';
import type { EffectHandlers } from '../conversation/effects';
import { DirectLineStore } from '../directline/store';
import type { ContactRequestStore } from '../handoff/contactRequests';
import type { Logger } from '../logger';
import type { Db } from '../storage/db';
import { deleteDataHandler, describeDataHandler } from './dataEffects';

/** "What do you know about me" and "delete my data", over everything that keeps a person's words. */
export function createPrivacyEffects(db: Db, requests: ContactRequestStore, config: Config, logger: Logger): Pick<EffectHandlers, 'describeData' | 'deleteData'> {
  return {
    describeData: describeDataHandler(requests, { stateDays: config.stateTtlDays, requestDays: config.handoff.contactRetentionDays }),
    deleteData: deleteDataHandler(requests, new DirectLineStore(db), logger),
  };
}
