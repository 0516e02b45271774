import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/temp-dir.js';

// Every test file leaves the temporary folder as it found it.
afterAll(removeTempDirs);
