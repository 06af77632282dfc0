import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { ROOT } from './lib/paths';

/**
 * `npm run schema:check`: compares graphql/schema.graphql with the last released schema
 * (graphql/releases/<version>.graphql) and fails on a breaking change, unless what it removes or
 * changes was deprecated in that release, or it is an intentional break listed with its reason in
 * graphql/releases/approved-breaking-changes.json. README.md, "Schema versioning and deprecation".
 */

/** A break the diff cannot see: the field keeps its name and type, but its value means something else. */
export const MEANING_CHANGED = 'FIELD_MEANING_CHANGED';

export interface ApprovedChange {
  /** A graphql-inspector change type (FIELD_REMOVED, FIELD_TYPE_CHANGED, …) or FIELD_MEANING_CHANGED. */
  change: string;
  /** Schema coordinates as graphql-inspector writes them: Type, Type.field, Type.field.argument, Enum.VALUE. */
  paths: string[];
  reason: string;
}

export interface ApprovedChanges {
  /** The release these breaks are relative to; emptied when the next version is released. */
  since: string;
  changes: ApprovedChange[];
}

export type Verdict = 'allowed' | 'deprecated-first' | 'approved' | 'refused';

export interface CheckedChange {
  level: `${CriticalityLevel}`;
  type: string;
  path: string;
  message: string;
  verdict: Verdict;
  /** The allow-list entry (1-based) that approves it. */
  approvedBy?: number;
}

/** Types a client can reach from the root types without selecting or passing anything deprecated. */
const typesInUse = (schema: GraphQLSchema) => {
  const used = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (used.has(type.name)) return;
    used.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason) continue;
        visit(getNamedType(field.type));
        field.args.filter((arg) => !arg.deprecationReason).forEach((arg) => visit(getNamedType(arg.type)));
      }
      type.getInterfaces().forEach(visit);
      if (isInterfaceType(type)) schema.getPossibleTypes(type).forEach(visit);
    } else if (isUnionType(type)) {
      type.getTypes().forEach(visit);
    } else if (isInputObjectType(type)) {
      Object.values(type.getFields())
        .filter((field) => !field.deprecationReason)
        .forEach((field) => visit(getNamedType(field.type)));
    }
  };
  [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].forEach((root) => root && visit(root));
  return used;
};

/**
 * Whether the released schema had already deprecated what a change touches: the field, argument,
 * input field or enum value, the field an argument belongs to, or every way to reach the type.
 */
const deprecatedIn = (released: GraphQLSchema, inUse: Set<string>, coordinate: string) => {
  const [typeName, member, argument] = coordinate.split('.');
  const type = released.getType(typeName);
  if (!type) return false;
  if (!inUse.has(typeName)) return true;
  if (member === undefined) return false;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    return !!field && (!!field.deprecationReason || (argument !== undefined && !!field.args.find((arg) => arg.name === argument)?.deprecationReason));
  }
  if (isInputObjectType(type)) return !!type.getFields()[member]?.deprecationReason;
  if (isEnumType(type)) return !!type.getValue(member)?.deprecationReason;
  return false;
};

const fieldExists = (schema: GraphQLSchema, coordinate: string) => {
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName);
  return (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) && fieldName !== undefined && fieldName in type.getFields();
};

/** Problems with the allow-list itself: every entry names what it approves and says why. */
const listProblems = (approved: ApprovedChanges, release: string) => {
  const problems: string[] = [];
  if (approved.since !== release)
    problems.push(`The approved breaking changes are for ${approved.since}, the last release is ${release}: start a new list when releasing.`);
  approved.changes.forEach((entry, index) => {
    if (typeof entry.change !== 'string' || !entry.change) problems.push(`Approved change #${index + 1} does not name its change type.`);
    if (!Array.isArray(entry.paths) || entry.paths.length === 0) problems.push(`Approved change #${index + 1} (${entry.change}) lists no paths.`);
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20)
      problems.push(`Approved change #${index + 1} (${entry.change}) needs a reason clients can act on.`);
  });
  return problems;
};

export const checkSchema = async (releasedSdl: string, currentSdl: string, release: string, approved: ApprovedChanges) => {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const inUse = typesInUse(released);
  const problems = listProblems(approved, release);
  const approval = (type: string, coordinate: string) => approved.changes.findIndex((entry) => entry.change === type && entry.paths?.includes(coordinate)) + 1;
  const used = new Set<string>();

  const checked: CheckedChange[] = (await diff(released, current)).map((change: Change) => {
    const { level } = change.criticality;
    const coordinate = change.path ?? '';
    const base = { level, type: change.type as string, path: coordinate, message: change.message };
    if (level !== CriticalityLevel.Breaking) return { ...base, verdict: 'allowed' as const };
    if (deprecatedIn(released, inUse, coordinate)) return { ...base, verdict: 'deprecated-first' as const };
    const approvedBy = approval(base.type, coordinate);
    if (!approvedBy) return { ...base, verdict: 'refused' as const };
    used.add(`${base.type} ${coordinate}`);
    return { ...base, verdict: 'approved' as const, approvedBy };
  });

  approved.changes.forEach((entry, index) => {
    for (const coordinate of entry.paths ?? []) {
      if (entry.change === MEANING_CHANGED) {
        if (!fieldExists(released, coordinate) || !fieldExists(current, coordinate)) {
          problems.push(`${MEANING_CHANGED} ${coordinate}: no such field in both ${release} and the current schema; remove the entry.`);
        } else {
          const message = `Field '${coordinate}' keeps its name and type but its value means something else`;
          checked.push({ level: CriticalityLevel.Breaking, type: MEANING_CHANGED, path: coordinate, message, verdict: 'approved', approvedBy: index + 1 });
        }
      } else if (!used.has(`${entry.change} ${coordinate}`)) {
        problems.push(`${entry.change} ${coordinate} is approved but did not happen (or was deprecated first); remove the entry.`);
      }
    }
  });
  for (const change of checked) {
    if (change.verdict === 'refused')
      problems.push(
        `${change.type} ${change.path}: ${change.message}. Deprecate it in a release first, or list it with a reason in graphql/releases/approved-breaking-changes.json.`
      );
  }
  return { changes: checked, problems };
};

const NOTES: Record<Verdict, (change: CheckedChange) => string> = {
  allowed: () => '',
  'deprecated-first': () => ' [allowed: deprecated in the release]',
  approved: (change) => ` [approved: #${change.approvedBy} below]`,
  refused: () => ' [NOT ALLOWED]',
};
const ORDER = [CriticalityLevel.Breaking, CriticalityLevel.Dangerous, CriticalityLevel.NonBreaking] as string[];

const releaseVersions = (dir: string) =>
  fs
    .readdirSync(dir)
    .map((file) => /^(\d+)\.(\d+)\.(\d+)\.graphql$/.exec(file))
    .filter((match) => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]) || Number(a[3]) - Number(b[3]))
    .map((match) => `${match[1]}.${match[2]}.${match[3]}`);

const main = async () => {
  const releases = path.join(ROOT, 'graphql', 'releases');
  const release = releaseVersions(releases).at(-1);
  if (!release) throw new Error(`No released schema in ${releases}.`);
  const read = (file: string) => fs.readFileSync(file, 'utf8');
  const approved = JSON.parse(read(path.join(releases, 'approved-breaking-changes.json'))) as ApprovedChanges;
  const { changes, problems } = await checkSchema(
    read(path.join(releases, `${release}.graphql`)),
    read(path.join(ROOT, 'graphql', 'schema.graphql')),
    release,
    approved
  );
  changes.sort((a, b) => ORDER.indexOf(a.level) - ORDER.indexOf(b.level) || a.path.localeCompare(b.path));
  for (const change of changes)
    console.log(
      `${change.level.padEnd(12)} ${change.type.padEnd(36)} ${change.path}${NOTES[change.verdict](change)}\n${' '.repeat(13)}${change.message.split('\n')[0]}`
    );
  approved.changes.forEach((entry, index) =>
    console.log(`\nApproved breaking change #${index + 1} (${entry.change}, graphql/releases/approved-breaking-changes.json):\n  ${entry.reason}`)
  );
  const count = (level: string) => changes.filter((change) => change.level === level).length;
  console.log(`\ngraphql/schema.graphql against ${release}: ${count('BREAKING')} breaking, ${count('DANGEROUS')} dangerous, ${count('NON_BREAKING')} safe.`);
  if (problems.length > 0) {
    console.error(`\nThe schema check failed:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    process.exit(1);
  }
  console.log('No breaking change that was not deprecated first or approved.');
};

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  });
}
