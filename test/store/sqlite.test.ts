// The conformance suite against SQLite (in memory).
import { openMemoryStore } from '../../src/store/open.ts';
import { conformance } from './conformance.ts';

conformance('sqlite', { open: () => openMemoryStore() });
