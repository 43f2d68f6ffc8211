import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from '../../lib/i18n';

export interface ClusterTab {
  id: number;
  number: number;
  name: string;
}

interface ClusterTabsProps {
  clusters: readonly ClusterTab[];
  selectedId: number;
  onSelect: (cluster: ClusterTab) => void;
  /** Id of the tab panel the tabs control. */
  panelId: string;
  /** Prefix of the tabs' ids; the panel is labelled by `${idPrefix}-${cluster.id}`. */
  idPrefix: string;
}

/**
 * One tab per cluster, with the keys of the WAI-ARIA tabs pattern: arrows move between tabs and
 * select (automatic activation), Home and End go to the first and last; Tab leaves the list.
 */
export function ClusterTabs({ clusters, selectedId, onSelect, panelId, idPrefix }: ClusterTabsProps) {
  const { t } = useTranslation();
  const refs = useRef(new Map<number, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % clusters.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + clusters.length) % clusters.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = clusters.length - 1;
    const cluster = next === null ? undefined : clusters[next];
    if (!cluster) return;
    event.preventDefault();
    onSelect(cluster);
    refs.current.get(cluster.id)?.focus();
  };

  return (
    <div className="cluster-tabs" role="tablist" aria-label={t('programs.tabs.label')}>
      {clusters.map((cluster, index) => {
        const selected = cluster.id === selectedId;
        return (
          <button
            key={cluster.id}
            ref={(el) => {
              if (el) refs.current.set(cluster.id, el);
              else refs.current.delete(cluster.id);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-${cluster.id}`}
            className="cluster-tabs__tab"
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(cluster)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            <span className="cluster-tabs__number">{t('programs.tabs.cluster', { number: cluster.number })}</span>
            <span className="cluster-tabs__name">{cluster.name}</span>
          </button>
        );
      })}
    </div>
  );
}
