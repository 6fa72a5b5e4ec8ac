import type { Metadata } from 'next';
import { openGraphOf } from '@/components/page-metadata';
import { notFound } from 'next/navigation';
import { EstimatorPage } from '@/components/estimator/EstimatorPage';
import { findPreset, presetDescription, PRESETS, presetTitle } from '@/components/presets';

// Static export: only the listed city × scheme pages exist; any other path is the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return PRESETS;
}

export async function generateMetadata({ params }: PageProps<'/[city]/[scheme]'>): Promise<Metadata> {
  const { city, scheme } = await params;
  const preset = findPreset(city, scheme);
  if (!preset) return {};
  const title = presetTitle(preset.city, preset.scheme);
  const description = presetDescription(preset.city, preset.scheme);
  return {
    title: { absolute: title },
    description,
    openGraph: openGraphOf(title, description),
  };
}

export default async function PresetPage({ params }: PageProps<'/[city]/[scheme]'>) {
  const { city, scheme } = await params;
  const preset = findPreset(city, scheme);
  if (!preset) notFound();
  return <EstimatorPage heading={presetTitle(preset.city, preset.scheme)} preset={preset} foldInsured />;
}
