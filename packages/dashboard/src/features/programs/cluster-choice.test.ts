import { describe, expect, it } from 'vitest';
import { chooseCluster, visibleClusters } from './cluster-choice';

const clusters = [
  { id: 9, number: 1 },
  { id: 10, number: 2 },
  { id: 11, number: 3 },
  { id: 12, number: 4 },
];

describe('chooseCluster', () => {
  it('takes the cluster number in the URL', () => {
    expect(chooseCluster(clusters, '3', 9)?.id).toBe(11);
  });

  it("opens a cluster head's own cluster when the URL names none or an unknown one", () => {
    expect(chooseCluster(clusters, null, 10)?.id).toBe(10);
    expect(chooseCluster(clusters, '7', 10)?.id).toBe(10);
    expect(chooseCluster(clusters, 'x', 10)?.id).toBe(10);
  });

  it('opens the first cluster for everyone else, or none when the region has none', () => {
    expect(chooseCluster(clusters, null, null)?.id).toBe(9);
    // A cluster head looking at another region: their cluster is not there.
    expect(chooseCluster(clusters, null, 5)?.id).toBe(9);
    expect(chooseCluster([], '1', 9)).toBeNull();
  });
});

describe('visibleClusters', () => {
  const clusters = [
    { id: 9, number: 1 },
    { id: 10, number: 2 },
  ];
  it('gives a cluster head their own cluster only, everyone else every cluster', () => {
    expect(visibleClusters(clusters, { role: 'CLUSTER_HEAD', clusterId: 9 })).toEqual([{ id: 9, number: 1 }]);
    expect(visibleClusters(clusters, { role: 'EXECUTIVE', clusterId: null })).toHaveLength(2);
    expect(visibleClusters(clusters, { role: 'OPD_OPERATOR', clusterId: null })).toHaveLength(2);
  });
});
