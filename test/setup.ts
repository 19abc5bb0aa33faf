import {afterAll} from 'vitest';
import {removeTemporaryDirectories} from './helpers/content.js';

// Every temp folder a test makes goes through helpers/content.ts, and is gone when its file is done.
afterAll(removeTemporaryDirectories);
