// Who is signed in, as the API's `me` says. The session itself is an httpOnly cookie the
// dashboard never sees; `me` is the only way to know it.
import { CalendarFragment } from './calendar';
import { DEFAULT_REGION_CODE } from './filters';
import { graphql, type ResultOf } from './graphql';

export const MeQuery = graphql(
  `
  query Me {
    me { id username displayName role regionCode opdId clusterId }
    calendar { ...Calendar }
  }
`,
  [CalendarFragment],
);

export type Viewer = NonNullable<ResultOf<typeof MeQuery>['me']>;
export type Role = Viewer['role'];

export const ROLES: readonly Role[] = ['ADMIN', 'EXECUTIVE', 'CLUSTER_HEAD', 'OPD_OPERATOR', 'REGION_OPERATOR'];

/**
 * The kabupaten/kota the dashboard opens on for a viewer: theirs when they work in one (a
 * kelurahan operator's `16.71.06.1005` gives `16.71`), else the demo default.
 */
export function homeRegion(viewer: Pick<Viewer, 'regionCode'> | null | undefined): string {
  const code = viewer?.regionCode;
  return code ? code.slice(0, 5) : DEFAULT_REGION_CODE;
}
