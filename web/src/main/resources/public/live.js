// The live page: Server-Sent Events from /live/events drive the roller cards, the spine map,
// the counts, the load trace and the event list.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const counts = { rep: 0, hold: 0, comp: 0, shift: 0, zone: 0 };
  const trace = [[], []];
  const TRACE_S = 30;
  let chart = null;

  function setCount(name, n) { counts[name] = n; $(name + '-count').textContent = String(n); }

  function contact(level) {
    document.querySelectorAll('#spine .seg.contact').forEach((g) => g.classList.remove('contact'));
    const g = document.querySelector('#spine .seg[data-level="' + level + '"]');
    if (g) g.classList.add('contact');
    $('contact-level').textContent = level || '–';
  }

  function alertBox(text, kind) {
    const a = $('alert');
    a.textContent = text;
    a.className = 'alert ' + (kind || '');
    a.hidden = false;
  }

  function addEvent(e, text, cls) {
    const li = document.createElement('li');
    li.className = 'ev ev-' + e.event + (cls ? ' ' + cls : '');
    li.dataset.event = e.event;
    if (e.level) li.dataset.level = e.level;
    if (e.atS != null) li.dataset.at = String(e.atS);
    li.dataset.shownMs = String(Date.now());
    li.textContent = (e.atS != null ? e.atS.toFixed(1) + ' s  ' : '') + text;
    const list = $('events');
    list.insertBefore(li, list.firstChild);
    while (list.children.length > 300) list.removeChild(list.lastChild);
  }

  function resetSession() {
    Object.keys(counts).forEach((k) => setCount(k, 0));
    $('events').innerHTML = '';
    $('alert').hidden = true;
    trace[0].length = 0; trace[1].length = 0;
    document.querySelectorAll('#spine .seg.warned').forEach((g) => g.classList.remove('warned'));
  }

  function onEvent(e) {
    switch (e.event) {
      case 'session-started':
        resetSession();
        $('session-state').textContent = 'Session under way (' + e.deviceId + ').';
        addEvent(e, 'session started');
        break;
      case 'rep-started':
        contact(e.level);
        addEvent(e, 'rep started at ' + e.level);
        break;
      case 'hold-reached':
        setCount('hold', counts.hold + 1);
        addEvent(e, 'hold reached at ' + e.level);
        break;
      case 'rep-ended':
        setCount('rep', counts.rep + 1);
        contact(e.level);
        addEvent(e, 'rep ' + counts.rep + ' at ' + e.level + (e.held ? ', held ' + Number(e.holdS).toFixed(1) + ' s' : '')
          + (e.compensated ? ', compensated' : ''), e.compensated ? 'warn' : '');
        break;
      case 'rep-cancelled':
        addEvent(e, 'rep cancelled');
        break;
      case 'compensation':
        setCount('comp', counts.comp + 1);
        addEvent(e, 'compensation at ' + e.level + ': the hips lifted or the lower back arched', 'warn');
        alertBox('Compensation at ' + e.level + ': keep the hips down and the ribs in.', 'compensation');
        break;
      case 'shift':
        setCount('shift', counts.shift + 1);
        addEvent(e, 'shift ' + e.fromLevel + ' → ' + e.toLevel);
        contact(e.toLevel);
        break;
      case 'zone-entered':
        setCount('zone', counts.zone + 1);
        if (String(e.zone).startsWith('L')) {
          alertBox('Lower back: the roller is under the lumbar spine and the lower back is arching. Move the roller up.', 'lumbar');
          addEvent(e, 'lower back entered (' + e.zone + ')', 'bad');
        } else {
          alertBox('Neck: the roller is under the neck. Move the roller down.', 'neck');
          addEvent(e, 'neck entered (' + e.zone + ')', 'bad');
        }
        contact(e.zone);
        break;
      case 'zone-left':
        $('alert').hidden = true;
        addEvent(e, 'left ' + e.zone);
        break;
      case 'session-ended':
        $('session-state').textContent = 'Session ended: ' + e.reps + ' reps in ' + Number(e.durationS).toFixed(0) + ' s.';
        addEvent(e, 'session ended');
        break;
      default:
        addEvent(e, e.event);
    }
  }

  function onStatus(s) {
    const none = $('no-roller');
    if (none) none.remove();
    let card = document.querySelector('.roller[data-device="' + s.deviceId + '"]');
    if (!card) {
      card = document.createElement('div');
      card.className = 'roller';
      card.dataset.device = s.deviceId;
      $('rollers').appendChild(card);
    }
    const b = s.battery;
    card.innerHTML = '';
    const line = (label, value, cls) => {
      const p = document.createElement('div');
      p.innerHTML = '<span class="muted"></span> <strong></strong>';
      p.firstChild.textContent = label;
      p.lastChild.textContent = value;
      if (cls) p.lastChild.className = cls;
      card.appendChild(p);
    };
    line('Roller', s.deviceId);
    line('Link', s.link, 'link link-' + s.link);
    line('Battery', b ? b.pct + ' %' + (b.charging ? ' (charging)' : '') + (b.low ? ' LOW' : '') : '–', 'battery');
    line('Firmware', s.firmware || '–', 'firmware');
  }

  function onSample(s) {
    contact(s.level);
    trace[0].push(s.atS); trace[1].push(s.loadN);
    while (trace[0].length && trace[0][0] < s.atS - TRACE_S) { trace[0].shift(); trace[1].shift(); }
    if (!chart && window.uPlot) {
      const el = $('load-chart');
      chart = new uPlot({ width: el.clientWidth || 600, height: 180, scales: { x: { time: false } },
        series: [{ label: 's' }, { label: 'load N', stroke: '#2563eb', width: 2 }] }, trace, el);
    } else if (chart) {
      chart.setData(trace);
    }
  }

  window.addEventListener('resize', () => {
    if (chart) chart.setSize({ width: $('load-chart').clientWidth, height: 180 });
  });

  const source = new EventSource('/live/events');
  source.addEventListener('event', (m) => onEvent(JSON.parse(m.data)));
  source.addEventListener('status', (m) => onStatus(JSON.parse(m.data)));
  source.addEventListener('sample', (m) => onSample(JSON.parse(m.data)));
  source.addEventListener('ready', () => document.body.dataset.live = 'ready');
})();
