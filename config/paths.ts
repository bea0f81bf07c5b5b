import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root: every room resolves its files from here rather than from its own depth. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where scripts/provision.sh puts Temporal, FerretDB and Redis. */
export const LOCAL_BIN = join(PROJECT_ROOT, '.baton', 'bin');

/** The demo help centre the seeding and the knowledge tests read. */
export const DEMO_HELP_CENTRE = join(PROJECT_ROOT, 'demo', 'help-centre');
