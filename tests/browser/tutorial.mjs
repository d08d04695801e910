// Browser walk through the tutorial (lessons 8 to 10): open each lesson by its deep link,
// click every Run button, check that every step passed, solve the exercise from the
// revealed solution, and save screenshots of a lesson page into tests/artifacts/.
export default function tutorialTests({ ready, eq, ok, ART, join }) {
  async function runAllBlocks(page) {
    const buttons = page.locator('[data-testid=lessons] [data-testid=lesson-run]');
    const n = await buttons.count();
    for (let i = 0; i < n; i++) {
      await buttons.nth(i).click();
      // Each block finishes before the next one starts.
      await page.waitForFunction((i) => {
        const blocks = document.querySelectorAll('[data-testid=lessons] [data-testid=lesson-run]');
        const block = blocks[i] && blocks[i].closest('[data-testid=lesson-block]');
        if (!block) return false;
        const steps = block.querySelectorAll('[data-testid=lesson-step]');
        const marks = block.querySelectorAll('[data-testid=step-ok], [data-testid=step-bad]');
        return marks.length >= Math.max(1, steps.length);
      }, i, { timeout: 15000 });
    }
  }
  async function noFailures(page, what) {
    const bad = page.locator('[data-testid=lessons] [data-testid=step-bad]');
    const c = await bad.count();
    if (c) throw new Error(`${what}: ${c} step(s) failed: ${await bad.first().textContent()}`);
  }
  async function solveExercise(page, lesson) {
    // Open the starting code, check it (must fail), then the solution (must pass).
    await page.locator('[data-testid=lessons] [data-testid=lesson-open]').click();
    await page.locator('[data-testid=lessons] [data-testid=lesson-check]').click();
    await page.locator('[data-testid=lessons] [data-testid=step-bad]').first().waitFor({ timeout: 15000 });
    // Open the <details> directly: a re-render may reset a toggled summary.
    await page.locator('[data-testid=lessons] .lsolution').evaluate((d) => { d.open = true; });
    await page.locator('[data-testid=lessons] .lsolution button').click();
    await page.waitForTimeout(200);
    await page.locator('[data-testid=lessons] [data-testid=lesson-check]').click();
    await page.waitForFunction(() => {
      const b = document.querySelector('[data-testid=lessons] [data-testid=lesson-check]').closest('[data-testid=lesson-block]');
      const steps = b.querySelectorAll('[data-testid=lesson-step]').length;
      return b.querySelectorAll('[data-testid=step-ok]').length >= steps
        && b.querySelectorAll('[data-testid=step-bad]').length === 0;
    }, null, { timeout: 15000 }).catch(async () => {
      const bad = page.locator('[data-testid=lessons] [data-testid=step-bad]');
      throw new Error(`lesson ${lesson} exercise: ${await bad.count()} failing: ${await bad.first().textContent().catch(() => '')}`);
    });
  }
  return {
    async 'tutorial: lessons 8 to 10 run as written, exercises pass, screenshots'({ page, errors }) {
      await ready(page, new URL('#lesson/8', process.env.BASE_URL || 'http://127.0.0.1:8080/').href);
      await page.locator('[data-testid=lessons]').waitFor();
      for (const n of [8, 9, 10]) {
        const title = (await page.locator('[data-testid=lesson-title]').textContent()) || '';
        ok(title.startsWith(`${n}.`), `lesson ${n} title: ${title}`);
        await runAllBlocks(page);
        await noFailures(page, `lesson ${n}`);
        await solveExercise(page, n);
        await page.screenshot({ path: join(ART, `tutorial-lesson-${n}.png`) });
        if (n < 10) await page.locator('[data-testid=lesson-next]').click();
      }
      // The console shows the replies too.
      const out = await page.locator('[data-testid=console-output]').textContent();
      ok(out.includes("Who's there?"), 'console shows the knockknock reply');
      // Progress survives a reload; the deep link opens lesson 10.
      await page.reload();
      await page.locator('[data-testid=lessons]').waitFor();
      const toc = await page.locator('[data-testid=lesson-toc]').textContent();
      ok(toc.includes('✓ 8.') && toc.includes('✓ 9.') && toc.includes('✓ 10.'), 'progress remembered: ' + toc.slice(0, 200));
      eq(((await page.locator('[data-testid=lesson-title]').textContent()) || '').slice(0, 3), '10.', 'current lesson after reload');
      ok(errors.length === 0, 'page errors: ' + errors.join('; '));
    },
  };
}
