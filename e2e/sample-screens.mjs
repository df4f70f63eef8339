// Every screen with realistic sample data, for the layout checks
// (widths.test.mjs) and the pictures (tools/screenshots.mjs): a journal,
// three conversations (one finished), 90 days of check-ins, two WHO-5
// results and a plan, written into localStorage by Senda's own codec
// (`seedRecords`), in English or Spanish. Names are invented; aliases only, as Senda asks.
import { seedRecords, waitForApp } from './support.mjs';

export const ROUTES = [
  'journal', 'journal/new', 'journal/entry-0', 'journal/entry-0/edit', 'journal/deleted',
  'resources', 'resources/line-016', 'resources/new', 'guide', 'guide/line-016',
  'conversations', 'conversations/new', 'conversations/talk-0', 'conversations/log', 'conversations/checklist',
  'conversations/about', 'self-care', 'self-care/trends', 'self-care/wellbeing', 'self-care/plan',
  'settings', 'safety', 'about',
];

/** Opens `route` and waits until its screen (and its chunk) has drawn. */
export async function openRoute(page, url, route) {
  await page.goto(`${url}#/${route}`);
  await waitForApp(page);
  await page.waitForSelector('main h1');
  await page.waitForLoadState('networkidle');
}

const WORDS = {
  en: {
    entries: [
      ['First day back at the association', 'We sat in the small room with the window. She chose where to sit. I listened more than I spoke.', ['mentoring'], 4],
      ['A hard evening', 'Something she said brought back my own first months. I stopped, breathed, and wrote this down instead of carrying it to bed.', ['self-care'], 2],
      ['Housing office', 'The appointment is next Tuesday at ten. She wants me there, but she will do the talking.', ['housing', 'mentoring'], 3],
      ['Catalan class', 'Third class. I understood the teacher almost all the time today.', ['learning'], 5],
      ['Small win', 'She called the clinic on her own to change the appointment.', ['mentoring'], 4],
    ],
    aliases: ['Rosa', 'M.', 'La de Lleida'],
    notes: 'She chose the café near the library. We agreed to talk again next week.',
    followUp: 'Send her the address of the housing office',
    plan: { warning_signs: 'I stop sleeping, I avoid calls.', what_helps: 'A long walk. Calling my sister.', people: 'Ana (sister) 600 000 000' },
  },
  es: {
    entries: [
      ['Primer día de vuelta en la asociación', 'Nos sentamos en la sala pequeña de la ventana. Ella eligió dónde sentarse. Escuché más de lo que hablé.', ['mentoría'], 4],
      ['Una tarde difícil', 'Algo que dijo me devolvió a mis primeros meses. Paré, respiré y lo escribí aquí en vez de llevármelo a la cama.', ['autocuidado'], 2],
      ['Oficina de vivienda', 'La cita es el martes a las diez. Quiere que esté, pero hablará ella.', ['vivienda', 'mentoría'], 3],
      ['Clase de catalán', 'Tercera clase. Hoy he entendido a la profesora casi todo el tiempo.', ['aprender'], 5],
      ['Pequeña victoria', 'Llamó ella sola al centro de salud para cambiar la cita.', ['mentoría'], 4],
    ],
    aliases: ['Rosa', 'M.', 'La de Lleida'],
    notes: 'Eligió la cafetería junto a la biblioteca. Quedamos en hablar la semana que viene.',
    followUp: 'Enviarle la dirección de la oficina de vivienda',
    plan: { warning_signs: 'Dejo de dormir, evito las llamadas.', what_helps: 'Un paseo largo. Llamar a mi hermana.', people: 'Ana (hermana) 600 000 000' },
  },
};

/** Seeds `page` (already on Senda's origin) and answers the ids used in addresses. */
export async function seedSampleData(page, language = 'en') {
  const words = WORDS[language];
  const dayOf = (back) => {
    const date = new Date();
    date.setDate(date.getDate() - back);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  };
  const records = {
    'senda/settings/language': language,
    'senda/settings/lock-offer-dismissed': true,
  };
  words.entries.forEach(([title, body, tags, mood], index) => {
    const at = Date.now() - index * 3 * 86400000;
    records[`senda/journal/entry-${index}`] = {
      id: `entry-${index}`, written_at: `${dayOf(index * 3)}T2${index % 3}:1${index}`, created_ms: at, updated_ms: at,
      title, body, mood, tags, conversation_id: null, deleted_ms: null,
    };
  });
  words.aliases.forEach((alias, index) => {
    records[`senda/conversations/talk-${index}`] = {
      id: `talk-${index}`, day: dayOf(index * 5), minutes: 45 + index * 15, place: ['in-person', 'phone', 'video'][index], alias,
      topics: [['housing', 'emotional'], ['permits'], ['work', 'education']][index], ticked: index === 0 ? ['pace', 'language'] : [],
      notes: index === 0 ? { during: words.notes } : {}, follow_ups: index === 0 ? [{ text: words.followUp, done: false }] : [],
      refer_to_social_team: false, journal_entries: index === 0 ? ['entry-0'] : [], finished: index === 2,
    };
  });
  const months = {};
  for (let back = 0; back < 90; back += 1) {
    const day = dayOf(back);
    const walked = back % 3 !== 1;
    (months[day.slice(0, 7)] ??= {})[day] = {
      day, mood: walked ? 4 : 2 + (back % 2), energy: 3, stress: walked ? 2 : 4, sleep_hours: 6.5 + (back % 3) * 0.5,
      helped: walked ? ['walk'] : [], note: '',
    };
  }
  for (const [month, data] of Object.entries(months)) records[`senda/self-care/month-${month}`] = data;
  records['senda/self-care/who5'] = [{ day: dayOf(20), answers: [3, 3, 2, 3, 3] }, { day: dayOf(6), answers: [3, 4, 3, 3, 4] }];
  records['senda/self-care/plan'] = { ...words.plan, services: ['line-016'] };
  await seedRecords(page, records);
  return { entry: 'entry-0', conversation: 'talk-0', service: 'line-016' };
}
