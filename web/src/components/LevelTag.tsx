// A level (high / medium / low / ineffective…) coloured by its place in the edition's list, highest first.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Level } from '../api';
import { pick, type Lang } from '../i18n';

export const LEVEL_COLORS = ['#389e0d', '#1677ff', '#d48806', '#cf1322', '#820014'];

export function levelColor(levels: Level[], id: string | null | undefined): string {
  const i = levels.findIndex((l) => l.id === id);
  return i < 0 ? '#8c8c8c' : (LEVEL_COLORS[i] ?? '#8c8c8c');
}

export function LevelTag({ levels, id }: { levels: Level[]; id: string | null | undefined }) {
  const { i18n } = useTranslation();
  if (!id) return null;
  const l = levels.find((x) => x.id === id);
  return <Tag color={levelColor(levels, id)}>{l ? pick(l.label, i18n.language as Lang) : id}</Tag>;
}
