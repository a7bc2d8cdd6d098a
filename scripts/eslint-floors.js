// ESLint rules for the floors inside the core and the renderer, and for circles in the import
// graph. They work on resolved file paths (not on how an import is spelled), so '../model/x'
// and '../../core/model/x' are the same file, and a folder named like another one elsewhere is
// not mistaken for it.
//
//   floors/floor     A file may import only from its own floor and the floors it names in `may`.
//                    A file's floor is the one with the longest path prefix that holds it.
//   floors/no-cycle  No import may close a circle: a file that (directly or through others)
//                    imports the file that imports it. Type-only imports count too: a circle of
//                    types is still two modules that cannot be understood one without the other.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
const CANDIDATES = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx'];

const posix = (path) => path.split(sep).join('/');

/** The repository-relative path an import names, or null for a package or a missing file. */
function resolveImport(root, fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier.replace(/\?.*$/, ''));
  for (const suffix of CANDIDATES) {
    const candidate = base + suffix;
    try {
      if (statSync(candidate).isFile()) return posix(relative(root, candidate));
    } catch {
      // not this one
    }
  }
  return null;
}

/**
 * The floor of a path: the floor whose longest prefix holds it. A floor with `each` makes every
 * folder under its prefix a room of its own: rooms of one floor do not import each other.
 */
function floorOf(floors, path) {
  let best = null;
  let length = -1;
  for (const floor of floors) {
    for (const prefix of floor.paths) {
      if ((path === prefix || path.startsWith(prefix)) && prefix.length > length) {
        const rest = path.slice(prefix.length).split('/');
        const room =
          floor.each && rest.length > 1 ? `${floor.name} ${prefix}${rest[0]}/` : floor.name;
        best = { ...floor, room };
        length = prefix.length;
      }
    }
  }
  return best;
}

/** Calls `check` with every module source the file names: imports, re-exports, import(). */
function importVisitors(check) {
  const source = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node.source, node.source.value);
  };
  return {
    ImportDeclaration: source,
    ExportNamedDeclaration: source,
    ExportAllDeclaration: source,
    ImportExpression: source,
  };
}

const floor = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports point down the floors of a layer, never up or sideways.' },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          floors: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                paths: { type: 'array', items: { type: 'string' } },
                may: { type: 'array', items: { type: 'string' } },
                each: { type: 'boolean' },
              },
              required: ['name', 'paths', 'may'],
              additionalProperties: false,
            },
          },
        },
        required: ['layer', 'floors'],
        additionalProperties: false,
      },
    ],
    messages: {
      up: '{{layer}}: {{from}} ({{fromFloor}}) may not import {{to}} ({{toFloor}}); it may import {{allowed}}.',
    },
  },
  create(context) {
    const { layer, floors } = context.options[0];
    const root = context.cwd;
    const file = posix(relative(root, context.filename));
    const own = floorOf(floors, file);
    if (!own) return {};
    return importVisitors((node, specifier) => {
      const target = resolveImport(root, context.filename, specifier);
      if (!target) return;
      const theirs = floorOf(floors, target);
      if (!theirs || theirs.room === own.room || own.may.includes(theirs.name)) return;
      context.report({
        node,
        messageId: 'up',
        data: {
          layer,
          from: file,
          fromFloor: own.room,
          to: target,
          toFloor: theirs.room,
          allowed: [own.each ? 'its own folder' : own.name, ...own.may].join(', '),
        },
      });
    });
  },
};

/** The import graph of the given folders, read once per process (as the files are on disk). */
const graphs = new Map();
function importGraph(root, folders) {
  const key = `${root}\0${folders.join(',')}`;
  const cached = graphs.get(key);
  if (cached) return cached;
  const edges = new Map();
  const visit = (dir) => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') visit(path);
      } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        const absolute = join(root, path);
        const info = ts.preProcessFile(readFileSync(absolute, 'utf8'), true, true);
        const targets = new Set();
        for (const imported of info.importedFiles) {
          const target = resolveImport(root, absolute, imported.fileName);
          if (target) targets.add(target);
        }
        edges.set(path, targets);
      }
    }
  };
  for (const folder of folders) visit(folder);
  const incoming = new Map();
  for (const [from, targets] of edges) {
    for (const to of targets) {
      if (!incoming.has(to)) incoming.set(to, new Set());
      incoming.get(to).add(from);
    }
  }
  const graph = { edges, incoming };
  graphs.set(key, graph);
  return graph;
}

/** Every file from which `file` can be reached. */
function reaching(graph, file) {
  const seen = new Set([file]);
  const queue = [file];
  while (queue.length > 0) {
    const next = queue.pop();
    for (const from of graph.incoming.get(next) ?? []) {
      if (!seen.has(from)) {
        seen.add(from);
        queue.push(from);
      }
    }
  }
  return seen;
}

/** The shortest way from `start` to `goal`, both included. */
function pathBetween(graph, start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    if (node === goal) break;
    for (const to of graph.edges.get(node) ?? []) {
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  const path = [];
  for (let node = goal; node !== null && node !== undefined; node = previous.get(node)) {
    path.unshift(node);
  }
  return path;
}

const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'The import graph has no circles.' },
    schema: [
      {
        type: 'object',
        properties: { folders: { type: 'array', items: { type: 'string' } } },
        required: ['folders'],
        additionalProperties: false,
      },
    ],
    messages: { cycle: 'Import circle: {{circle}}.' },
  },
  create(context) {
    const root = context.cwd;
    const file = posix(relative(root, context.filename));
    const graph = importGraph(root, context.options[0].folders);
    let reach = null;
    return importVisitors((node, specifier) => {
      const target = resolveImport(root, context.filename, specifier);
      if (!target) return;
      if (target === file) {
        context.report({ node, messageId: 'cycle', data: { circle: `${file} → ${file}` } });
        return;
      }
      reach ??= reaching(graph, file);
      if (!reach.has(target)) return;
      const circle = [file, ...pathBetween(graph, target, file)].join(' → ');
      context.report({ node, messageId: 'cycle', data: { circle } });
    });
  },
};

export default { rules: { floor, 'no-cycle': noCycle } };
