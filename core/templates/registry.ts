import gemeinderat from '../../assets/templates/gemeinderat-sitzung.json';
import byGemeinderatSitzung from '../../assets/templates/by-gemeinderat-sitzung.json';
import bbGemeindevertretungSitzung from '../../assets/templates/bb-gemeindevertretung-sitzung.json';
import heGemeindevertretungSitzung from '../../assets/templates/he-gemeindevertretung-sitzung.json';
import mvGemeindevertretungSitzung from '../../assets/templates/mv-gemeindevertretung-sitzung.json';
import niRatSitzung from '../../assets/templates/ni-rat-sitzung.json';
import niAusschussSitzung from '../../assets/templates/ni-ausschuss-sitzung.json';
import rpGemeinderatSitzung from '../../assets/templates/rp-gemeinderat-sitzung.json';
import slGemeinderatSitzung from '../../assets/templates/sl-gemeinderat-sitzung.json';
import snGemeinderatSitzung from '../../assets/templates/sn-gemeinderat-sitzung.json';
import stGemeinderatSitzung from '../../assets/templates/st-gemeinderat-sitzung.json';
import stAusschussSitzung from '../../assets/templates/st-ausschuss-sitzung.json';
import shGemeindevertretungSitzung from '../../assets/templates/sh-gemeindevertretung-sitzung.json';
import shAusschussSitzung from '../../assets/templates/sh-ausschuss-sitzung.json';
import thGemeinderatSitzung from '../../assets/templates/th-gemeinderat-sitzung.json';
import nrw from '../../assets/templates/nrw-rat-sitzung.json';
import stuttgart from '../../assets/templates/stuttgart-ausschuss-top.json';
import { templateSchema, type Template } from './schema';

/**
 * The bundled templates. They are data (assets/templates/*.json) validated on first use, so a
 * broken template fails every test instead of one user's "Neu".
 */
const RAW: unknown[] = [
  stuttgart,
  gemeinderat,
  nrw,
  byGemeinderatSitzung,
  bbGemeindevertretungSitzung,
  heGemeindevertretungSitzung,
  mvGemeindevertretungSitzung,
  niRatSitzung,
  niAusschussSitzung,
  rpGemeinderatSitzung,
  slGemeinderatSitzung,
  snGemeinderatSitzung,
  stGemeinderatSitzung,
  stAusschussSitzung,
  shGemeindevertretungSitzung,
  shAusschussSitzung,
  thGemeinderatSitzung,
];

let cache: Template[] | null = null;

export function listTemplates(): Template[] {
  cache ??= RAW.map((raw) => templateSchema.parse(raw));
  return cache;
}

export function findTemplate(id: string): Template | undefined {
  return listTemplates().find((template) => template.id === id);
}
