(build) => {
  const own = (table, key) => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);
  const [area, item] = location.hash.replace(/^#\/?/, '').split(/[/?#]/);
  const guide = area === build.guideSegment;
  const program = guide ? build.programs.guide : build.programs.whole;
  self.sendaProgram = program;
  let chosen = null;
  try { chosen = JSON.parse(localStorage.getItem('senda/settings/language')).data; } catch {}
  const language = [chosen, ...(navigator.languages ?? []).map((tag) => tag.split(/[-_]/)[0])].find((code) => build.packLanguages.includes(code));
  const data = own(build.data, area) ?? [];
  const pack = data.length > 0 && language ? [`${build.packFolder}${language}.json`] : [];
  const strings = guide && build.stringLanguages.includes(language) ? [`${build.stringsFolder}${language}.json`] : [];
  const chunks = guide ? (item ? program.service : []) : own(build.files, own(build.sectionOf, area)) ?? [];
  const fetched = [...chunks, build.config, ...data, ...pack, ...strings].map((href) => ({ rel: 'preload', as: 'fetch', href }));
  for (const preload of [...program.preload, ...fetched]) {
    document.head.append(Object.assign(document.createElement('link'), { crossOrigin: 'anonymous' }, preload));
  }
}
