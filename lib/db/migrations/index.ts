import type { Migration } from 'kysely';
import * as portal from './0001-portal';
import * as onboarding from './0004-onboarding';
import * as portalSettings from './0005-portal-settings';
import * as authHardening from './0006-auth-hardening';
import * as flowRegistry from './0008-flow-registry';
import * as billingSummary from './0009-billing-summary';
import * as clientStatusNotes from './0010-client-status-notes';
import * as teamPlatform from './0011-team-platform';
import * as clientsMirror from './0012-clients-mirror';
import * as billingOverviewIndexes from './0013-billing-overview-indexes';
import * as mirrorVersion from './0014-mirror-version';

/**
 * The sandbox's tables moved to its own migrations (lib/sandbox/migrations, table
 * `sbx_migrations`), which never run in live mode. These two names stay so databases that
 * already ran them still match this list (Kysely refuses a missing executed migration).
 */
const movedToSandbox: Migration = { up: async () => {} };

/** Every migration, in order. Names are permanent: never rename or reorder. */
export const migrations: Record<string, Migration> = {
  '0001-portal': portal,
  '0002-sandbox-core': movedToSandbox,
  '0003-sandbox-ops': movedToSandbox,
  '0004-onboarding': onboarding,
  '0005-portal-settings': portalSettings,
  '0006-auth-hardening': authHardening,
  '0008-flow-registry': flowRegistry,
  '0009-billing-summary': billingSummary,
  '0010-client-status-notes': clientStatusNotes,
  '0011-team-platform': teamPlatform,
  '0012-clients-mirror': clientsMirror,
  '0013-billing-overview-indexes': billingOverviewIndexes,
  '0014-mirror-version': mirrorVersion,
};
