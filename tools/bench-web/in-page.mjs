// What runs inside the benchmark page. Each function is sent to the page as source text
// (page.addInitScript or page.evaluate), so each is self-contained: no imports, no
// closures over this module.

/**
 * Installed before the page's own scripts (addInitScript): window.__bench, with
 * - floor(rows): builds the floor, a plain <table> of the same columns as the ranking
 *   (rank, name, country, score) with DOM calls, out of the flow at the top of the page
 *   (absolutely positioned behind the widget: rendered, but it moves nothing of the widget);
 * - markupFloor(): builds the markup floor, a copy of the widget's own table, placed the
 *   same way;
 * - widget(step), floorStep(step), markupStep(step): one timed change each (see below).
 *
 * A step is { criterion, value, ids, ranks, scores }: the weight to set, and the rows the
 * ranking must then show (provider ids in order, their ranks and score texts).
 *
 * The measured point, for both: the first MutationObserver callback on the root (the
 * widget's mount, or the floor's table) after the change in which the rows are in the
 * expected order with the expected ranks. Its time is taken on entry to the callback, so
 * the comparison costs nothing unless an earlier callback found the rows not yet final.
 * Then the page is left to settle (requestAnimationFrame, then setTimeout 0; that time is
 * "frame": it includes whatever the change still runs after the DOM is final, and the
 * style, layout and paint of the next frame) before the promise resolves.
 */
export function installBench() {
  const ROW = 'tr[data-provider-id]';
  const FLOOR_ROW = 'tr[data-floor-id]';

  // Whether the rows under `root` are those of `step`.
  function widgetShows(root, step) {
    const rows = root.querySelectorAll(ROW);
    if (rows.length !== step.ids.length) return false;
    for (let i = 0; i < rows.length; i++) {
      // Attributes rather than dataset: cheaper, and a stale table fails in the first rows.
      if (rows[i].getAttribute('data-provider-id') !== step.ids[i]) return false;
      if (rows[i].getAttribute('data-rank') !== step.ranks[i]) return false;
    }
    return true;
  }
  function floorShows(root, step) {
    const rows = root.querySelectorAll(FLOOR_ROW);
    if (rows.length !== step.ids.length) return false;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i].getAttribute('data-floor-id') !== step.ids[i]) return false;
      if (rows[i].cells[0].textContent !== step.ranks[i]) return false;
    }
    return true;
  }

  // A holder for a floor: out of the flow at the top of the page, behind the widget
  // (rendered, but it moves nothing of the widget), hidden from assistive technology.
  function behind(id) {
    const holder = document.createElement('div');
    holder.id = id;
    holder.setAttribute('aria-hidden', 'true');
    Object.assign(holder.style, {
      position: 'absolute', top: '0', left: '0', width: '100%', zIndex: '-1', pointerEvents: 'none',
    });
    return holder;
  }

  // Moves the rows of `body` (`rows`: by id) into the order of `step.ids` with
  // insertBefore, only those not already in place, and calls `update(row, i)` on each.
  function reorder(body, rows, step, update) {
    let cursor = body.firstChild;
    for (let i = 0; i < step.ids.length; i++) {
      const tr = rows.get(step.ids[i]);
      if (tr === cursor) cursor = cursor.nextSibling;
      else body.insertBefore(tr, cursor);
      update(tr, i);
    }
  }

  // Runs `act` (which makes the change) with an observer on `root`; resolves to the times
  // from just before `act` (ms), or to { timeout, rows } when `shows` never held.
  function timed(root, step, shows, act, timeoutMs) {
    return new Promise((resolve) => {
      let t0 = 0;
      let first = null;
      let callbacks = 0;
      let done = false;
      const observer = new MutationObserver(() => {
        const t = performance.now();
        callbacks += 1;
        if (first === null) first = t;
        if (done || !shows(root, step)) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        // Rows given an inline style by then: the widget's row animation (FLIP, run in an
        // effect after the render) had already run when the rows were final.
        const styled = root.querySelectorAll('tr[style]').length;
        requestAnimationFrame(() =>
          setTimeout(() => {
            resolve({ dom: t - t0, first: first - t0, frame: performance.now() - t0, callbacks, styled });
          }, 0),
        );
      });
      const timer = setTimeout(() => {
        if (done) return;
        done = true;
        observer.disconnect();
        const rows = [...root.querySelectorAll(`${ROW}, ${FLOOR_ROW}`)]
          .slice(0, 8)
          .map((r) => `${r.dataset.providerId ?? r.dataset.floorId}#${r.dataset.rank ?? r.cells[0].textContent}`);
        resolve({ timeout: true, callbacks, rows });
      }, timeoutMs);
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      t0 = act();
    });
  }

  const bench = {
    floorRoot: null,
    floorRows: new Map(),

    /** The rows the widget shows: [{ id, rank, score }]. */
    rows() {
      return [...document.querySelectorAll(`#eurocloud-compare ${ROW}`)].map((r) => ({
        id: r.dataset.providerId,
        rank: r.dataset.rank,
        score: r.dataset.score,
      }));
    },

    /** Builds the floor table from rows [{ id, name, country, rank, score }]. */
    floor(rows) {
      const holder = behind('bench-floor');
      const table = document.createElement('table');
      const head = table.createTHead().insertRow();
      for (const label of ['Rank', 'Provider', 'Country', 'Score']) {
        const th = document.createElement('th');
        th.scope = 'col';
        th.textContent = label;
        head.appendChild(th);
      }
      const body = table.createTBody();
      bench.floorRows.clear();
      for (const row of rows) {
        const tr = document.createElement('tr');
        tr.dataset.floorId = row.id;
        const rank = document.createElement('td');
        rank.textContent = row.rank;
        const name = document.createElement('th');
        name.scope = 'row';
        name.textContent = row.name;
        const country = document.createElement('td');
        country.textContent = row.country;
        const score = document.createElement('td');
        score.textContent = row.score;
        tr.append(rank, name, country, score);
        body.appendChild(tr);
        bench.floorRows.set(row.id, tr);
      }
      holder.appendChild(table);
      document.body.appendChild(holder);
      bench.floorRoot = table;
      bench.floorBody = body;
    },

    /**
     * Builds the markup floor: the widget's own ranking table as rendered (every row's
     * cells, controls and bar), cloned without its ids, in a holder like the floor's and
     * inside elements with the widget's classes, so that the widget's styles apply to it.
     */
    markupFloor() {
      const table = document.querySelector('#eurocloud-compare table.ecc-ranking').cloneNode(true);
      for (const e of table.querySelectorAll('[id], [for]')) {
        e.removeAttribute('id');
        e.removeAttribute('for');
      }
      const holder = behind('bench-markup-floor');
      const compare = document.createElement('div');
      compare.className = 'ecc-compare';
      const results = document.createElement('section');
      results.className = 'ecc-results';
      results.appendChild(table);
      compare.appendChild(results);
      holder.appendChild(compare);
      document.body.appendChild(holder);
      bench.markupRoot = table;
      bench.markupBody = table.tBodies[0];
      bench.markupRows = new Map([...table.querySelectorAll(ROW)].map((r) => [r.dataset.providerId, r]));
    },

    /**
     * The same re-order on the markup floor, with the writes the widget makes to a row
     * whose place and score change: the row moved (insertBefore, only those not already in
     * place), then, where they changed, `data-rank` and the rank's text, `data-score`, the
     * score's text and the bar's width.
     */
    markupStep(step, timeoutMs = 10000) {
      return timed(bench.markupRoot, step, widgetShows, () => {
        const t0 = performance.now();
        reorder(bench.markupBody, bench.markupRows, step, (tr, i) => {
          const [rank, score] = [step.ranks[i], step.scores[i]];
          if (tr.getAttribute('data-rank') !== rank) {
            tr.setAttribute('data-rank', rank);
            tr.cells[0].firstChild.data = rank;
          }
          if (tr.getAttribute('data-score') !== score) {
            tr.setAttribute('data-score', score);
            tr.cells[3].firstChild.firstChild.data = score;
            tr.cells[3].lastChild.lastChild.setAttribute('width', score);
          }
        });
        return t0;
      }, timeoutMs);
    },

    /** One weight change on the widget, set and dispatched as a script would. */
    widget(step, timeoutMs = 10000) {
      const root = document.getElementById('eurocloud-compare');
      const input = root?.querySelector(`input[type=range][data-criterion-id="${step.criterion}"]`);
      if (!input) return Promise.resolve({ error: `no slider for ${step.criterion}` });
      return timed(root, step, widgetShows, () => {
        input.value = String(step.value);
        const t0 = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return t0;
      }, timeoutMs);
    },

    /**
     * The same re-order on the floor: the existing rows moved into the new order
     * (insertBefore, only those not already in place), rank and score texts updated where
     * they changed.
     */
    floorStep(step, timeoutMs = 10000) {
      return timed(bench.floorRoot, step, floorShows, () => {
        const t0 = performance.now();
        reorder(bench.floorBody, bench.floorRows, step, (tr, i) => {
          const rank = tr.cells[0].firstChild;
          if (rank.data !== step.ranks[i]) rank.data = step.ranks[i];
          const score = tr.cells[3].firstChild;
          if (score.data !== step.scores[i]) score.data = step.scores[i];
        });
        return t0;
      }, timeoutMs);
    },
  };
  window.__bench = bench;
}

/**
 * Installed before the page's own scripts for a cold start (addInitScript), with
 * `change` = { criterion, value, ids, ranks }. Records on window.__cold, in ms from the
 * start of navigation (performance.now()):
 * - ranking: the first observed mutation after which a `tr[data-provider-id]` exists;
 * - sliders: the first after which the slider of `change.criterion` exists;
 * - interactive: the first after which the rows are those of `change`, the weight having
 *   been set on that slider and an `input` event dispatched as soon as the slider existed
 *   (again on every new slider element, and at most every 50 ms while the rows do not
 *   follow, so that a slider drawn before the code that listens to it counts only once
 *   the code is there);
 * - interactiveFrame: after that, when the page has settled (requestAnimationFrame, then
 *   setTimeout 0): whatever the change still runs, and the next frame;
 * - started: the TrunkApplicationStarted event (the wasm instantiated).
 * The observer watches the whole document from before the first byte of HTML is parsed,
 * so rows in the HTML itself (a pre-rendered ranking) are seen as the parser adds them.
 */
export function installColdProbe(change) {
  const cold = {
    ranking: null, sliders: null, interactive: null, interactiveFrame: null, started: null,
    dispatches: 0, lastDispatch: null, done: false,
  };
  window.__cold = cold;
  addEventListener('TrunkApplicationStarted', () => { cold.started = performance.now(); });
  let slider = null;
  const shows = () => {
    const rows = document.querySelectorAll('#eurocloud-compare tr[data-provider-id]');
    if (rows.length !== change.ids.length) return false;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i].getAttribute('data-provider-id') !== change.ids[i]) return false;
      if (rows[i].getAttribute('data-rank') !== change.ranks[i]) return false;
    }
    return true;
  };
  let reflected = false;
  const check = () => {
    if (reflected) return;
    const t = performance.now();
    if (cold.ranking === null && document.querySelector('tr[data-provider-id]')) cold.ranking = t;
    if (cold.dispatches > 0 && shows()) {
      reflected = true;
      cold.interactive = t;
      observer.disconnect();
      // And when the page has settled after it (the next frame, as for each change).
      requestAnimationFrame(() => setTimeout(() => {
        cold.interactiveFrame = performance.now();
        cold.done = true;
      }, 0));
      return;
    }
    const input = document.querySelector(`input[type=range][data-criterion-id="${change.criterion}"]`);
    if (!input) return;
    if (cold.sliders === null) cold.sliders = t;
    if (input !== slider || t - cold.lastDispatch > 50) {
      slider = input;
      input.value = String(change.value);
      cold.lastDispatch = performance.now();
      cold.dispatches += 1;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // Also on every frame, for a dispatch that made no mutation at all.
  const frame = () => {
    check();
    if (!reflected) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
