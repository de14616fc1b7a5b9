import { describe, expect, it } from 'vitest';
import { compilePodSelector, PodIndex, podInfoOf, type PodInfo } from './pods.ts';
import { podObject } from './workloads.ts';

const pod = (name: string, labels: Record<string, string>, changes: Partial<PodInfo> = {}): PodInfo => ({
  ...podInfoOf(
    podObject({ name, namespace: 'ns', labels, image: 'img', port: 80, ip: `10.0.0.${name.length}` }),
  ),
  ...changes,
});

function index(...pods: PodInfo[]): PodIndex {
  const podIndex = new PodIndex();
  pods.forEach((info) => podIndex.put(info));
  return podIndex;
}

const names = (pods: PodInfo[]) => pods.map((info) => info.name);

describe('which pods a connector selector picks', () => {
  it('picks Ready, Running pods carrying the labels, by name', () => {
    const pods = index(
      pod('b', { app: 'backend' }),
      pod('a', { app: 'backend' }),
      pod('c', { app: 'frontend' }),
    );
    expect(names(pods.select(compilePodSelector('app=backend'), false))).toEqual(['a', 'b']);
  });

  it('skips pods that are not Ready unless includeNotReadyPods is set', () => {
    const pods = index(pod('a', { app: 'backend' }, { ready: false }));
    expect(pods.select(compilePodSelector('app=backend'), false)).toEqual([]);
    expect(names(pods.select(compilePodSelector('app=backend'), true))).toEqual(['a']);
  });

  it('skips pods that are not Running or are being deleted, even with includeNotReadyPods', () => {
    const pods = index(
      pod('a', { app: 'backend' }, { running: false }),
      pod('b', { app: 'backend' }, { deleting: true }),
    );
    expect(pods.select(compilePodSelector('app=backend'), true)).toEqual([]);
  });

  it('understands set-based selectors without an equality to index by', () => {
    const pods = index(pod('a', { tier: 'web' }), pod('b', { tier: 'db' }), pod('c', {}));
    expect(compilePodSelector('tier in (web,db)').indexTerm).toBeUndefined();
    expect(names(pods.select(compilePodSelector('tier in (web,db)'), false))).toEqual(['a', 'b']);
    expect(names(pods.select(compilePodSelector('!tier'), false))).toEqual(['c']);
  });

  it('selects nothing for a selector it cannot parse', () => {
    const pods = index(pod('a', { app: 'backend' }));
    expect(pods.select(compilePodSelector('app in (backend'), false)).toEqual([]);
  });

  it('forgets removed pods and relabelled ones under their old labels', () => {
    const pods = index(pod('a', { app: 'backend' }), pod('b', { app: 'backend' }));
    expect(pods.put(pod('a', { app: 'frontend' }))).toEqual(['app=backend', 'app=frontend']);
    expect(pods.remove('b')).toEqual(['app=backend']);
    expect(pods.select(compilePodSelector('app=backend'), false)).toEqual([]);
  });

  it('reports no change when a pod is stored again as it was', () => {
    const pods = index(pod('a', { app: 'backend' }));
    expect(pods.put(pod('a', { app: 'backend' }))).toBeUndefined();
  });
});
