// Packs the release build (dist/) into senda-<version>.zip, the artefact an
// organisation downloads, fills in (senda.config.json, resource packs) and
// copies to its static host. The files sit in a folder named senda-<version>/
// so that unpacking never scatters them. Run by `make dist` after the build;
// the version is Cargo's own (`cargo metadata`), not read out of Cargo.toml.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: build first (make dist does)');
  process.exit(1);
}
const metadata = JSON.parse(execFileSync('cargo', ['metadata', '--no-deps', '--offline', '--format-version', '1'], { cwd: root, encoding: 'utf8' }));
const senda = metadata.packages.find((found) => found.name === 'senda');
if (!senda) throw new Error('dist: cargo metadata names no package "senda"');

const folder = `senda-${senda.version}`;
const files = {};
const walk = (directory) => {
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) walk(path);
    else files[`${folder}/${relative(dist, path).split(sep).join('/')}`] = readFileSync(path);
  }
};
walk(dist);
// An earlier version's zip would be a second, stale artefact beside this one.
for (const old of readdirSync(root).filter((name) => /^senda-.+\.zip$/.test(name) && name !== `${folder}.zip`)) unlinkSync(join(root, old));
const archive = join(root, `${folder}.zip`);
writeFileSync(archive, zipSync(files, { level: 9 }));
console.log(`${folder}.zip: ${Math.floor(statSync(archive).size / 1024)} KB, unpacks to ${folder}/`);
