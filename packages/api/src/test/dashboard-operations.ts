// Every operation the dashboard sends, each with the fragments it uses, read from the gql.tada
// `graphql(\`…\`)` calls of packages/dashboard/src: the API's tests check them against its limits
// and its schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  visit,
} from 'graphql';

/** Every operation the dashboard sends, each with the fragments it uses (gql.tada `graphql(\`…\`)` calls). */
export function dashboardOperations(): { operation: OperationDefinitionNode; document: DocumentNode }[] {
  const root = resolve(import.meta.dirname, '../../../dashboard/src');
  const definitions: DefinitionNode[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const match of readFileSync(path, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g))
          definitions.push(...parse(match[1]!).definitions);
      }
    }
  };
  walk(root);
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Set<string>();
      const queue: DefinitionNode[] = [operation];
      while (queue.length > 0) {
        visit(queue.pop()!, {
          FragmentSpread(node) {
            if (used.has(node.name.value)) return;
            used.add(node.name.value);
            queue.push(fragments.get(node.name.value)!);
          },
        });
      }
      return { operation, document: { kind: Kind.DOCUMENT, definitions: [operation, ...[...used].map((n) => fragments.get(n)!)] } };
    });
}
