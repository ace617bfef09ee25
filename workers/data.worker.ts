/**
 * The data worker: imports samples files into the local database and builds export downloads off
 * the page's main thread (src/data-io). One object, exposed with comlink; the page terminates the
 * worker to cancel a job (an unfinished transaction is then aborted whole).
 */
import { expose } from 'comlink';
import { createDataWorker } from '../src/data-io/data-worker';

expose(createDataWorker());
