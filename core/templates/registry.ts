import gemeinderat from '../../assets/templates/gemeinderat-sitzung.json';
import nrw from '../../assets/templates/nrw-rat-sitzung.json';
import stuttgart from '../../assets/templates/stuttgart-ausschuss-top.json';
import { templateSchema, type Template } from './schema';

/**
 * The bundled templates. They are data (assets/templates/*.json) validated on first use, so a
 * broken template fails every test instead of one user's "Neu".
 */
const RAW: unknown[] = [stuttgart, gemeinderat, nrw];

let cache: Template[] | null = null;

export function listTemplates(): Template[] {
  cache ??= RAW.map((raw) => templateSchema.parse(raw));
  return cache;
}

export function findTemplate(id: string): Template | undefined {
  return listTemplates().find((template) => template.id === id);
}
