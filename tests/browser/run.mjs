// Headless-Chromium tests of the built playground (run by `cargo xtask test web`).
// Uses playwright-core with the system Chromium; every test gets a fresh profile.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// playwright-core is installed under web/node_modules by `cargo xtask` (npm install).
const require = createRequire(join(process.cwd(), 'web', 'package.json'));
const { chromium } = require('playwright-core');

const BASE = process.env.BASE_URL || 'http://127.0.0.1:8080/';
const EXE = process.env.CHROMIUM || '/usr/bin/chromium';
const ART = join(process.cwd(), 'tests', 'artifacts');
mkdirSync(ART, { recursive: true });
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;

async function launch() {
  const dir = mkdtempSync(join(tmpdir(), 'rfp-profile-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: EXE,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    viewport: { width: 1440, height: 860 },
  });
  const page = ctx.pages()[0] || (await ctx.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { errors.push('dialog: ' + d.message()); d.dismiss(); });
  return { ctx, page, errors, close: async () => { await ctx.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function ready(page, url = BASE) {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('[data-testid=console-input]', { timeout: 30000 });
  return Date.now() - t0;
}

// Types a console command and waits until `n` more output lines appeared.
async function cli(page, line, { wait = true } = {}) {
  const out = page.locator('[data-testid=console-output] .ln');
  const before = await out.count();
  const input = page.locator('[data-testid=console-input]');
  await input.fill(line);
  await input.press('Enter');
  if (wait) {
    await page.waitForFunction((b) => document.querySelectorAll('[data-testid=console-output] .ln').length >= b + 2, before, { timeout: 15000 });
  }
  return (await out.nth(-1).textContent()) ?? '';
}

async function lastOut(page) {
  return (await page.locator('[data-testid=console-output] .ln').nth(-1).textContent()) ?? '';
}

async function setEditor(page, text) {
  const ed = page.locator('[data-testid=editor]');
  await ed.fill(text);
}

async function loadLibrary(page) {
  const out = page.locator('[data-testid=console-output] .ln');
  const before = await out.count();
  await page.locator('[data-testid=editor]').press('Control+Enter');
  await page.waitForFunction((b) => document.querySelectorAll('[data-testid=console-output] .ln').length >= b + 2, before, { timeout: 15000 });
  return lastOut(page);
}

function eq(a, b, msg) {
  if (a !== b) throw new Error(`${msg}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);
}
function ok(c, msg) { if (!c) throw new Error(msg); }

const KNOCK = "#!lua name=mylib\nredis.register_function('knockknock', function() return 'Who\\'s there?' end)\n";
const LOOP = "#!lua name=looplib\nredis.register_function('spin', function() local i = 0 while true do i = i + 1 end end)\n";

async function scriptingAvailable(page) {
  const r = await cli(page, 'EVAL "return 1" 0');
  return r.trim() === '(integer) 1';
}

const tests = {
  async 'shell loads, console answers, screenshots'({ page, errors }, m) {
    m.tti = await ready(page);
    m.readyMs = await page.evaluate(() => window.__playgroundReady);
    // Bytes of the first load as the browser received them (compressed bodies, no headers).
    Object.assign(m, await page.evaluate(() => {
      const es = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      const first = es.filter((e) => /(\/|\.html|\.js|\.wasm|\.css)$/.test(new URL(e.name).pathname));
      return {
        transferredBytes: first.reduce((a, e) => a + e.encodedBodySize, 0),
        decodedBytes: first.reduce((a, e) => a + e.decodedBodySize, 0),
        files: first.length,
      };
    }));
    ok(m.transferredBytes > 0 && m.transferredBytes < m.decodedBytes, 'assets arrive gzip-encoded: ' + JSON.stringify(m));
    await cli(page, 'PING');
    eq((await lastOut(page)).trim(), 'PONG', 'PING');
    await cli(page, 'SET greeting hello');
    await cli(page, '3 INCR counter');
    eq((await lastOut(page)).trim(), '(integer) 3', 'repeat prefix');
    await cli(page, 'HELP SET');
    ok((await lastOut(page)).includes('summary'), 'HELP SET');
    await page.screenshot({ path: join(ART, 'main.png') });
    ok(errors.length === 0, 'page errors: ' + errors.join('; '));
  },

  async 'xss key renders as text'({ page, errors }) {
    await ready(page);
    await cli(page, 'SET "<img src=x onerror=alert(1)>" "<b>bold</b>"');
    await page.click('[data-testid=tab-keys]');
    const row = page.locator('[data-testid=key-row]', { hasText: '<img src=x onerror=alert(1)>' });
    await row.waitFor({ timeout: 10000 });
    await row.click();
    await page.locator('[data-testid=key-detail]').waitFor();
    eq(await page.locator('img').count(), 0, 'no <img> element');
    eq(await page.locator('.kdetail b', { hasText: 'bold' }).count(), 0, 'no <b> element from data');
    await page.screenshot({ path: join(ART, 'keys.png') });
    ok(errors.length === 0, 'page errors: ' + errors.join('; '));
  },

  async 'keyspace stays smooth with 100k keys'({ page }, m) {
    await ready(page);
    const r = await cli(page, 'DEBUG POPULATE 100000');
    if (!r.includes('OK')) {
      // Fallback: a Lua loop, or many MSETs.
      const n = 100000; const chunk = 2000;
      for (let i = 0; i < n; i += chunk) {
        const parts = [];
        for (let j = i; j < i + chunk; j++) parts.push(`key:${j} ${j}`);
        await cli(page, 'MSET ' + parts.join(' '));
      }
    }
    await page.click('[data-testid=tab-keys]');
    await page.waitForSelector('[data-testid=key-row]');
    const t0 = Date.now();
    for (let i = 0; i < 20; i++) {
      await page.locator('[data-testid=key-list]').evaluate((el, y) => { el.scrollTop = y; }, i * 40000);
      await page.waitForTimeout(16);
    }
    m.scroll20 = Date.now() - t0;
    const rows = await page.locator('[data-testid=key-row]').count();
    ok(rows < 200, `virtualised list renders ${rows} rows`);
    await page.screenshot({ path: join(ART, 'keys-100k.png') });
  },

  async 'knockknock from the editor'({ page, errors }) {
    await ready(page);
    if (!(await scriptingAvailable(page))) return 'skip';
    await setEditor(page, KNOCK);
    const r = await loadLibrary(page);
    eq(r.trim(), '"mylib"', 'FUNCTION LOAD');
    await cli(page, 'FCALL knockknock 0');
    eq((await lastOut(page)).trim(), `"Who's there?"`, 'FCALL knockknock');
    await page.click('[data-testid=tab-functions]');
    await page.locator('.fname', { hasText: 'knockknock' }).waitFor();
    await page.screenshot({ path: join(ART, 'functions.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(ART, 'functions-dark.png') });
    await page.setViewportSize({ width: 420, height: 900 });
    await page.screenshot({ path: join(ART, 'narrow.png'), fullPage: true });
    ok(errors.length === 0, 'page errors: ' + errors.join('; '));
  },

  async 'my_hset walkthrough'({ page }) {
    await ready(page);
    if (!(await scriptingAvailable(page))) return 'skip';
    await page.selectOption('[data-testid=templates]', { label: 'my_hset / my_hgetall / my_hlastmodified' });
    eq((await loadLibrary(page)).trim(), '"mylib"', 'FUNCTION LOAD');
    eq((await cli(page, 'FCALL my_hset 1 myhash myfield "some value" another_field "another value"')).trim(), '(integer) 3', 'my_hset');
    const all = await cli(page, 'FCALL my_hgetall 1 myhash');
    ok(all.includes('"myfield"') && all.includes('"some value"') && !all.includes('_last_modified_'), 'my_hgetall: ' + all);
    const lm = await cli(page, 'FCALL my_hlastmodified 1 myhash');
    ok(/^"\d+"$/.test(lm.trim()), 'my_hlastmodified: ' + lm);
    const e = await cli(page, 'FCALL my_hset 0');
    ok(e.includes('Hash key name not provided'), 'error reply: ' + e);
  },

  async 'infinite loop keeps the page responsive; FUNCTION KILL stops it'({ page }, m) {
    await ready(page);
    if (!(await scriptingAvailable(page))) return 'skip';
    await setEditor(page, LOOP);
    eq((await loadLibrary(page)).trim(), '"looplib"', 'load loop');
    await cli(page, 'FCALL spin 0', { wait: false });
    await page.waitForSelector('[data-testid=busy]', { timeout: 5000 });
    // Typing and clicking still work while the script runs.
    const t0 = Date.now();
    await page.locator('[data-testid=editor]').click();
    await page.keyboard.type('-- typing while busy\n');
    await page.click('[data-testid=tab-keys]');
    await page.click('[data-testid=tab-functions]');
    m.interactMs = Date.now() - t0;
    const lag = await page.evaluate(() => new Promise((res) => {
      const s = performance.now(); setTimeout(() => res(performance.now() - s), 0);
    }));
    m.timerLagMs = Math.round(lag);
    ok(lag < 200, 'event loop lag ' + lag);
    await page.waitForSelector('.busy-tag', { timeout: 12000 });
    await page.screenshot({ path: join(ART, 'busy.png') });
    const r = await cli(page, 'GET x');
    ok(r.includes('BUSY'), 'BUSY reply: ' + r);
    await cli(page, 'FUNCTION KILL');
    await page.waitForSelector('[data-testid=busy]', { state: 'detached', timeout: 10000 });
    const txt = await page.locator('[data-testid=console-output]').textContent();
    ok(txt.includes('killed'), 'script killed');
    eq((await cli(page, 'PING')).trim(), 'PONG', 'alive after kill');
  },

  async 'reload keeps libraries and data, not the script cache'({ page }) {
    await ready(page);
    if (!(await scriptingAvailable(page))) return 'skip';
    await setEditor(page, KNOCK);
    await loadLibrary(page);
    await cli(page, 'SET persisted yes');
    const sha = (await cli(page, 'SCRIPT LOAD "return 42"')).trim().replace(/"/g, '');
    await page.waitForTimeout(1200);
    await ready(page);
    eq((await cli(page, 'GET persisted')).trim(), '"yes"', 'data survives');
    eq((await cli(page, 'FCALL knockknock 0')).trim(), `"Who's there?"`, 'library survives');
    eq((await cli(page, `SCRIPT EXISTS ${sha}`)).trim(), '1) (integer) 0', 'script cache does not survive');
  },

  async 'share link reproduces a session in a fresh profile'({ page }, m) {
    await ready(page);
    if (!(await scriptingAvailable(page))) return 'skip';
    await setEditor(page, KNOCK);
    await loadLibrary(page);
    await cli(page, 'SET shared 1');
    await cli(page, 'INCR shared');
    await page.click('[data-testid=share]');
    const url = await page.locator('[data-testid=share-url]').inputValue();
    m.shareLinkBytes = url.length;
    ok(url.length < 8192, 'link length ' + url.length);
    const other = await launch();
    try {
      await ready(other.page, url);
      await other.page.waitForFunction(() => document.querySelector('[data-testid=console-output]').textContent.includes('(integer) 2'), null, { timeout: 10000 });
      eq((await cli(other.page, 'FCALL knockknock 0')).trim(), `"Who's there?"`, 'shared library');
      eq((await cli(other.page, 'GET shared')).trim(), '"2"', 'shared data');
      // A malformed link shows an error and runs nothing.
      await other.page.goto('about:blank');
      await ready(other.page, BASE + '#share=AQ_not_valid');
      await other.page.locator('[data-testid=notice]', { hasText: 'cannot be opened' }).waitFor();
    } finally { await other.close(); }
  },

  async 'malformed share link and corrupt storage never block the page'({ page }) {
    await ready(page, BASE + '#share=%%%garbage');
    await page.locator('[data-testid=notice]', { hasText: 'cannot be opened' }).waitFor();
    await page.evaluate(() => { localStorage.setItem('rfp.snapshot.v1', '###'); localStorage.setItem('rfp.buffers.v1', 'zzz'); });
    await ready(page);
    eq((await cli(page, 'PING')).trim(), 'PONG', 'page works');
    await page.screenshot({ path: join(ART, 'notices.png') });
  },
  async 'splitters resize panes by pointer and keyboard, sizes persist'({ page, errors }, m) {
    await ready(page);
    const pane = page.locator('section.pane.editor');
    const w0 = (await pane.boundingBox()).width;
    const sp = page.locator('[data-testid=split-editor]');
    eq(await sp.getAttribute('role'), 'separator', 'splitter role');
    const b = await sp.boundingBox();
    const y = b.y + b.height / 2;
    await page.mouse.move(b.x + b.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 + 75, y, { steps: 3 });
    await page.mouse.move(b.x + b.width / 2 + 150, y, { steps: 3 });
    await page.mouse.up();
    const w1 = (await pane.boundingBox()).width;
    m.dragPx = Math.round(w1 - w0);
    ok(Math.abs(w1 - w0 - 150) < 12, `editor width after a 150px drag: ${w0} -> ${w1}`);
    const si = page.locator('[data-testid=split-inspector]');
    const v0 = Number(await si.getAttribute('aria-valuenow'));
    const iw0 = (await page.locator('section.pane.inspector').boundingBox()).width;
    await si.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const v1 = Number(await si.getAttribute('aria-valuenow'));
    eq(v1, v0 + 4, 'ArrowLeft grows the inspector (aria-valuenow)');
    const iw1 = (await page.locator('section.pane.inspector').boundingBox()).width;
    ok(iw1 > iw0 + 40, `inspector width by keyboard: ${iw0} -> ${iw1}`);
    await page.keyboard.press('Shift+ArrowLeft');
    const vmax = Number(await si.getAttribute('aria-valuenow'));
    ok(vmax <= 37, 'the console keeps at least 15%: ' + vmax);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const v2 = Number(await si.getAttribute('aria-valuenow'));
    ok(v2 < vmax, `ArrowRight shrinks the inspector: ${vmax} -> ${v2}`);
    await page.screenshot({ path: join(ART, 'splitters.png') });
    await page.waitForTimeout(100);
    await ready(page);
    const w2 = (await page.locator('section.pane.editor').boundingBox()).width;
    ok(Math.abs(w2 - w1) < 3, `editor width persisted: ${w1} -> ${w2}`);
    eq(Number(await page.locator('[data-testid=split-inspector]').getAttribute('aria-valuenow')), v2, 'inspector size persisted');
    ok(errors.length === 0, 'page errors: ' + errors.join('; '));
  },

  async 'editor auto-dedents block closers; search and replace'({ page, errors }) {
    await ready(page);
    const ed = page.locator('[data-testid=editor]');
    await ed.fill('');
    await ed.click();
    for (const l of ['local function f(x)', 'if x then', 'return 1', 'else', 'return 2', 'end', 'local t = {', 'x,', '}', 'repeat', 'x = x - 1', 'until x == 0']) {
      await page.keyboard.type(l);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type('end');
    eq(await ed.inputValue(),
      'local function f(x)\n  if x then\n    return 1\n  else\n    return 2\n  end\n  local t = {\n    x,\n  }\n  repeat\n    x = x - 1\n  until x == 0\nend',
      'auto-indent and auto-dedent');
    // A closer inside a string is left alone.
    await ed.fill('local s = [[\n  if x then\n    ');
    await ed.press('End');
    await page.keyboard.type('end');
    eq(await ed.inputValue(), 'local s = [[\n  if x then\n    end', 'no dedent inside a long string');

    await ed.fill('local count = 1\nlocal b = count + count\nreturn count\n');
    await ed.press('Control+h');
    const find = page.locator('[data-testid=find-input]');
    const repl = page.locator('[data-testid=replace-input]');
    await repl.waitFor();
    await find.fill('count');
    await page.locator('[data-testid=find-count]', { hasText: '4 matches' }).waitFor();
    await repl.fill('n');
    await repl.press('Enter');   // selects the first match
    await repl.press('Enter');   // replaces it, selects the next
    eq(await ed.inputValue(), 'local n = 1\nlocal b = count + count\nreturn count\n', 'replace one');
    await page.locator('[data-testid=find-count]', { hasText: '3 matches' }).waitFor();
    await repl.press('Control+Alt+Enter');
    eq(await ed.inputValue(), 'local n = 1\nlocal b = n + n\nreturn n\n', 'replace all');
    await page.locator('[data-testid=find-count]', { hasText: 'Replaced 3' }).waitFor();
    await page.screenshot({ path: join(ART, 'replace.png') });
    await ed.focus();
    await page.keyboard.press('Control+z');
    eq(await ed.inputValue(), 'local n = 1\nlocal b = count + count\nreturn count\n', 'replace all is one undo step');
    await page.locator('[data-testid=replace-all]').click();
    eq(await ed.inputValue(), 'local n = 1\nlocal b = n + n\nreturn n\n', 'Replace all button');
    await find.press('Escape');
    await page.locator('[data-testid=findbar]').waitFor({ state: 'detached' });
    await page.locator('[data-testid=shortcuts] summary').click();
    const list = await page.locator('[data-testid=shortcuts]').textContent();
    ok(list.includes('Ctrl/Cmd+H') && list.includes('Ctrl/Cmd+Alt+Enter') && list.includes('until'), 'shortcuts list: ' + list);
    await page.screenshot({ path: join(ART, 'shortcuts.png') });
    ok(errors.length === 0, 'page errors: ' + errors.join('; '));
  },

  async 'engine crash (wasm trap or panic) recovers from the persisted state'({ page, errors }, m) {
    const url = BASE + '?testhooks=1';
    await ready(page, url);
    if (!(await scriptingAvailable(page))) return 'skip';
    await setEditor(page, KNOCK);
    eq((await loadLibrary(page)).trim(), '"mylib"', 'FUNCTION LOAD');
    await cli(page, 'SET survivor alive');
    await cli(page, 'RPUSH l a b c');
    await page.waitForTimeout(1200);  // the dataset is saved 400 ms after a change
    const input = page.locator('[data-testid=console-input]');
    const t0 = Date.now();
    await input.fill('TESTHOOK TRAP');
    await input.press('Enter');
    await page.locator('[data-testid=notice]', { hasText: 'stopped unexpectedly' }).waitFor({ timeout: 20000 });
    await page.waitForSelector('[data-testid=console-input]');
    m.recoverMs = Date.now() - t0;
    const notice = await page.locator('[data-testid=notice]', { hasText: 'stopped unexpectedly' }).textContent();
    ok(notice.includes('unreachable'), 'notice names the trap: ' + notice);
    await page.screenshot({ path: join(ART, 'crash-recovered.png') });
    eq((await cli(page, 'FCALL knockknock 0')).trim(), `"Who's there?"`, 'library after the trap');
    eq((await cli(page, 'GET survivor')).trim(), '"alive"', 'data after the trap');
    eq((await cli(page, 'LLEN l')).trim(), '(integer) 3', 'list after the trap');
    // A Rust panic inside the host (the panic hook path); wait out the crash-loop window.
    await page.waitForTimeout(5500);
    await cli(page, 'SET after trap');
    await page.waitForTimeout(1200);
    await input.fill('TESTHOOK PANIC');
    await input.press('Enter');
    await page.locator('[data-testid=notice]', { hasText: 'deliberate panic' }).waitFor({ timeout: 20000 });
    eq((await cli(page, 'GET after')).trim(), '"trap"', 'data after the panic');
    eq((await cli(page, 'FCALL knockknock 0')).trim(), `"Who's there?"`, 'library after the panic');
    // Without the flag the hook does nothing.
    await ready(page, BASE);
    await cli(page, 'TESTHOOK TRAP');
    await page.waitForTimeout(300);
    eq((await cli(page, 'PING')).trim(), 'PONG', 'TESTHOOK is inert without ?testhooks=1');
    const unexpected = errors.filter((e) => !/RuntimeError|unreachable/.test(e));
    ok(unexpected.length === 0, 'page errors: ' + unexpected.join('; '));
  },
};

// The tutorial walk lives in its own file.
Object.assign(tests, (await import('./tutorial.mjs')).default({ ready, cli, lastOut, eq, ok, ART, join }));

const results = [];
const metrics = {};
for (const [name, fn] of Object.entries(tests)) {
  if (only && !only.test(name)) continue;
  const env = await launch();
  const m = {};
  const t0 = Date.now();
  let status = 'pass'; let err = '';
  try {
    const r = await fn(env, m);
    if (r === 'skip') status = 'skip';
  } catch (e) {
    status = 'FAIL'; err = String(e && e.stack || e).split('\n').slice(0, 3).join('\n');
    try { await env.page.screenshot({ path: join(ART, 'fail-' + name.replace(/\W+/g, '_') + '.png') }); } catch {}
  }
  await env.close();
  results.push({ name, status, ms: Date.now() - t0, err });
  if (Object.keys(m).length) metrics[name] = m;
  console.log(`${status.padEnd(4)} ${name} (${Date.now() - t0} ms)${err ? '\n     ' + err : ''}`);
}
console.log('metrics', JSON.stringify(metrics));
const failed = results.filter((r) => r.status === 'FAIL').length;
console.log(`${results.filter((r) => r.status === 'pass').length} passed, ${failed} failed, ${results.filter((r) => r.status === 'skip').length} skipped`);
process.exit(failed ? 1 : 0);
