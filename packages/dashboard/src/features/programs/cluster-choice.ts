// Which cluster the program page shows: the one in `?klaster=` (its number, as rakor mode uses
// it), else a cluster head's own, else the first. Pure, for tests.

export const CLUSTER_PARAM = 'klaster';

export function chooseCluster<C extends { id: number; number: number }>(
  clusters: readonly C[],
  param: string | null,
  viewerClusterId: number | null,
): C | null {
  const fromUrl = param !== null && /^\d+$/.test(param) ? clusters.find((c) => c.number === Number(param)) : undefined;
  return fromUrl ?? clusters.find((c) => c.id === viewerClusterId) ?? clusters[0] ?? null;
}

/**
 * The clusters a viewer may open: a cluster head's own only (the API refuses another cluster's
 * programs, budget and targeting with auth/forbidden), every cluster for anyone else.
 */
export function visibleClusters<C extends { id: number }>(clusters: readonly C[], viewer: { role: string; clusterId: number | null }): C[] {
  return viewer.role === 'CLUSTER_HEAD' ? clusters.filter((c) => c.id === viewer.clusterId) : [...clusters];
}
