import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The wizard and dashboard are loaded on demand (React.lazy); the first test to open one waits
// for that module, which takes longer than Testing Library's 1 s default on a busy 2-core machine.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
