import { existsSync } from 'node:fs';

/** Debian's Chromium (`apt-get install chromium`), never a downloaded one; CHROMIUM_PATH overrides. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails before the product starts, with what to install, instead of a launch error per test file. */
export function assertChromiumInstalled(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `The browser tests drive Chromium at ${chromiumPath}, which is not installed. ` +
        'Install Debian\'s package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}
