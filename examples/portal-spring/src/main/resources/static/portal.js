'use strict';
const $ = (id) => document.getElementById(id);

function item(text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

async function api(path, body) {
  const init = body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
  };
  const response = await fetch('/api/' + path, init);
  const data = await response.json();
  if (!response.ok) {
    const problems = (data.problems || []).map((p) => p.message).join('; ');
    throw new Error((data.title || 'Fout') + (problems ? ': ' + problems : ''));
  }
  return data;
}

function report(element, error) {
  element.textContent = error.message;
  element.classList.add('fout');
}

async function members(q) {
  const list = await api('members?q=' + encodeURIComponent(q || ''));
  $('leden-aantal').textContent = list.length + (list.length === 1 ? ' lid' : ' leden');
  $('leden-lijst').replaceChildren(...list.map((m) =>
    item(m.name + (m.organisation ? ' – ' + m.organisation : '') + (m.roles.length ? ' (' + m.roles.join(', ') + ')' : ''))));
  return list;
}

function choices(select, list) {
  select.replaceChildren(...list.map((m) => {
    const option = document.createElement('option');
    option.value = m.id;
    option.textContent = m.name;
    return option;
  }));
}

async function calendar() {
  const data = await api('calendar?now=' + encodeURIComponent(new Date().toISOString()));
  $('volgende').textContent = data.next ? 'Volgende bijeenkomst: ' + data.next.title + ', ' + data.next.location
    : 'Er is geen volgende bijeenkomst gepland.';
  $('bijeenkomsten').replaceChildren(...data.upcoming.concat(data.past).map((e) =>
    item(e.start.substring(0, 10) + ' – ' + e.title + ' (' + e.location + ')')));
}

function showPoll(poll) {
  $('vraag').textContent = poll.question;
  if (!$('opties').children.length) {
    $('opties').replaceChildren(...poll.options.map((o, i) => {
      const div = document.createElement('div');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'optionId';
      input.id = 'optie-' + o.id;
      input.value = o.id;
      input.required = true;
      input.checked = i === 0;
      const label = document.createElement('label');
      label.htmlFor = input.id;
      label.textContent = o.label;
      label.style.display = 'inline';
      div.append(input, ' ', label);
      return div;
    }));
  }
  $('uitslag').textContent = poll.summary;
  $('telling').replaceChildren(...poll.options.map((o) => item(o.label + ': ' + o.votes + ' (' + o.percentage + '%)')));
}

async function chat() {
  const messages = await api('chat');
  $('berichten').replaceChildren(...messages.map((m) => item(m.author + ': ' + m.text)));
}

async function plans() {
  const list = await api('plans');
  $('plannen').replaceChildren(...list.map((p) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = '/api/plans/' + encodeURIComponent(p.id);
    a.textContent = p.title + ' (' + p.savedAt.substring(0, 16).replace('T', ' ') + ')';
    li.append(a);
    return li;
  }));
}

async function glossary() {
  const entries = await api('begrippenlijst');
  $('begrippenlijst').replaceChildren(...entries.flatMap((e) => {
    const dt = document.createElement('dt');
    dt.textContent = e.label;
    const dd = document.createElement('dd');
    dd.textContent = e.category;
    return [dt, dd];
  }));
}

$('zoek-leden').addEventListener('submit', (event) => {
  event.preventDefault();
  members($('zoekterm').value).catch((e) => report($('leden-aantal'), e));
});

$('stem-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  api('poll/votes', { memberId: form.get('memberId'), optionId: form.get('optionId') })
    .then(showPoll).catch((e) => report($('uitslag'), e));
});

$('chat-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  api('chat', { authorId: form.get('authorId'), text: form.get('text') })
    .then(() => { $('bericht').value = ''; $('chat-status').textContent = 'Bericht verstuurd.'; return chat(); })
    .catch((e) => report($('chat-status'), e));
});

$('cafe-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  api('plans', { title: form.get('title'), count: Number(form.get('count')), tables: Number(form.get('tables')),
    rounds: Number(form.get('rounds')) })
    .then((plan) => {
      $('cafe-status').textContent = 'Indeling bewaard: ' + plan.repeats + ' herhaalde ontmoetingen (ondergrens '
        + plan.lowerBound + ').';
      return plans();
    }).catch((e) => report($('cafe-status'), e));
});

(async () => {
  try {
    const list = await members('');
    choices($('stemmer'), list);
    choices($('auteur'), list);
    await Promise.all([calendar(), api('poll').then(showPoll), chat(), plans(), glossary()]);
    document.body.dataset.geladen = 'ja';
  } catch (e) {
    console.error('ERROR ' + e.message);
  }
})();
