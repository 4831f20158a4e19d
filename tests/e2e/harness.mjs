// A minimal test harness: named tests run one after another, each with a timeout, each in
// a fresh browser context that fails the test on a page error, a console error, or a
// request to any host but 127.0.0.1 (such requests are aborted).

import { AssertionError } from 'node:assert';

const tests = [];

/**
 * Registers a test. Options: `timeout` (ms, default 15000), `viewport`, `javaScriptEnabled`,
 * `allowConsoleErrors` (regexps of console errors the test expects).
 */
export function test(name, options, body) {
  if (typeof options === 'function') [options, body] = [{}, options];
  tests.push({ name, options, body });
}

/**
 * Calls `check` until it returns a value other than undefined/false, then returns it;
 * throws after `timeout` ms with `message` (or the message of the last error `check`
 * threw). The only place where the suite waits on the clock, in short bounded steps.
 */
export async function poll(check, { timeout = 3000, interval = 25, message } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const detail = typeof message === 'function' ? await message() : message;
      throw new AssertionError({
        message: `${detail ?? 'condition not met'} (after ${timeout} ms)${lastError ? `: ${lastError.message}` : ''}`,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Throws an AssertionError with `message` unless `condition` holds. */
export function check(condition, message) {
  if (!condition) throw new AssertionError({ message });
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs every registered test in order with `browser` and `server`; returns
 * { passed, failed }. Prints `ok - name` / `not ok - name` and the error.
 */
export async function runTests({ browser, server, filter }) {
  let passed = 0;
  let failed = 0;
  const selected = filter ? tests.filter((t) => t.name.includes(filter)) : tests;
  for (const t of selected) {
    const started = Date.now();
    server.clearOverrides();
    const context = await browser.newContext({
      viewport: t.options.viewport ?? { width: 1280, height: 900 },
      javaScriptEnabled: t.options.javaScriptEnabled ?? true,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const errors = [];
    const allowed = t.options.allowConsoleErrors ?? [];
    page.on('pageerror', (err) => errors.push(`page error: ${err.stack || err.message}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (allowed.some((re) => re.test(text))) return;
      const where = msg.location()?.url ? ` (${msg.location().url})` : '';
      errors.push(`console error: ${text}${where}`);
    });
    page.on('crash', () => errors.push('page crashed'));
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        errors.push(`request to a third-party host: ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
    let error;
    try {
      await withTimeout(
        Promise.resolve().then(() => t.body({ page, context, server })),
        t.options.timeout ?? 15000,
        'test',
      );
    } catch (err) {
      error = err;
    }
    try {
      await withTimeout(context.close(), 5000, 'closing the browser context');
    } catch (err) {
      error ??= err;
    }
    const ms = Date.now() - started;
    const report = [];
    // An assertion's message says what went wrong; a stack helps for anything else.
    if (error) report.push(error instanceof AssertionError ? error.message : error.stack || String(error));
    report.push(...errors);
    if (report.length === 0) {
      passed += 1;
      console.log(`ok - ${t.name} (${ms} ms)`);
    } else {
      failed += 1;
      console.log(`not ok - ${t.name} (${ms} ms)`);
      for (const line of report.join('\n').split('\n')) console.log(`  ${line}`);
    }
  }
  return { passed, failed };
}
